package org.opendossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, news-like articles of about 3 KB: a headline, a blank line, a dateline and paragraphs. Words
 * follow a Zipf-Mandelbrot law over about 4,000 types (500 real common words, then made-up words built
 * from syllables for the long tail), so posting lists have realistic shapes: a few huge, most tiny.
 * Sentences carry capitalised people, organisations, places, outlets and dates, as agency copy does.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so the same texts can be written to files
 * or regenerated in any order. The vocabulary itself does not depend on the seed, which keeps the
 * benchmark's query list fixed.
 */
public final class SyntheticCorpus {
    /** Files per sub-folder; folders of 100,000 files are slow on some file systems. */
    public static final int SHARD = 1000;

    /** Ordered roughly by frequency in English news copy: the order is the Zipf rank. */
    private static final String COMMON = """
            the of to and a in said that for on is was with he it as by at from his be have has are
            not but an they this who their were had been will which would its after more one also she
            new two government over people year about than years there or up her last out we when told
            could all into first other some minister what president can officials police country state
            three security because while against military forces between during should since those being
            including may him our them most before under report week told statement city group national
            former foreign public told court election party law time many where only any month day
            according both such just back army local four support five so made killed authorities
            percent if attack market oil exports sanctions prices company workers trade political water
            health region economic help least border talks plan official power agreement news spokesman
            spokeswoman south north east west international media members rights high major second
            investigation held still long part deal vote million billion third end own set make take
            already ministry defence interior finance parliament opposition leader leaders capital
            capitalised funds fund bank banks central money budget tax taxes debt loans aid food fuel
            energy gas supply supplies shipment shipments convoy convoys trucks port ports airport
            flight flights border crossing crossings refugees camp camps village villages town towns
            province district residents witnesses sources source document documents records evidence
            investigators prosecutors judge trial charges arrested detained released prison sentence
            accused alleged denied confirmed reported announced warned called asked added noted
            claimed rejected accepted signed approved launched began continued ended remained
            returned arrived left fled crossed seized captured destroyed damaged burned attacked
            protest protests protesters demonstrators crowd crowds violence clashes fighting troops
            soldiers officers commander commanders general colonel militia rebels fighters group's
            weapons arms ammunition drones drone missile missiles strike strikes raid raids operation
            operations mission peacekeepers ceasefire truce negotiations mediation sanction embargo
            contract contracts mining mine mines gold copper uranium cobalt lithium exporter importer
            shipping vessel vessels tanker tankers cargo customs company's firm firms corporation
            subsidiary shareholders shell offshore accounts payments transfer transfers laundering
            corruption bribery fraud scheme network networks smuggling trafficking cartel gang gangs
            agency agencies intelligence surveillance data phone phones messages emails leaked leak
            journalists journalist reporter editor newspaper broadcaster television radio website
            social platform video videos images footage photos satellite analysis analysts experts
            researchers study survey figures numbers rate rates growth inflation unemployment jobs
            families children women men students teachers doctors hospital hospitals patients disease
            outbreak vaccine vaccines drought floods flooding rains harvest crops farmers land cattle
            climate emissions forest forests river rivers coast sea island islands desert mountains
            road roads bridge railway electricity internet schools university church mosque market's
            again however although despite without within across around near through toward among
            early late recent previous next final whole full few several every each another same
            different small large big little old young free open closed key main senior top chief
            independent private western african european asian russian chinese american french british
            """;

    /** Pieces of the made-up long-tail words; any resemblance to real words is accidental. */
    private static final String[] ONSETS = {
        "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "pr", "qu", "r", "s",
        "sh", "st", "t", "tr", "v", "w", "z"
    };

    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "t", "nd", "rk", "st", "m"};

    private static final String[] FIRST_NAMES = {
        "Amina",
        "Ibrahim",
        "Fatima",
        "Moussa",
        "Olena",
        "Andriy",
        "Maria",
        "José",
        "Chen",
        "Wei",
        "Anna",
        "Peter",
        "Sarah",
        "David",
        "Aisha",
        "Omar",
        "Lucas",
        "Sofia",
        "Yusuf",
        "Leila",
        "Hassan",
        "Nadia",
        "Viktor",
        "Irina",
        "Jean",
        "Claire",
        "Kwame",
        "Ama",
        "Thandiwe",
        "Sipho",
        "Ahmed",
        "Mariam",
        "Carlos",
        "Lucía",
        "Tomás",
        "Ewa",
        "Marek",
        "Katarzyna",
        "John",
        "Elizabeth",
        "Michael",
        "Grace",
        "Samuel",
        "Ruth",
        "Daniel",
        "Esther",
        "Mohamed",
        "Khadija",
        "Pierre",
        "Hélène",
        "Dmitri",
        "Oksana",
        "Kenji",
        "Yuki",
        "Arjun",
        "Priya",
        "Emeka",
        "Ngozi",
        "Abdullahi",
        "Zainab"
    };

    private static final String[] LAST_NAMES = {
        "Haddad",
        "Okonkwo",
        "Kowalski",
        "Nguyen",
        "Müller",
        "García",
        "Traoré",
        "Diallo",
        "Keita",
        "Coulibaly",
        "Shevchenko",
        "Kovalenko",
        "Bondarenko",
        "Petrov",
        "Ivanova",
        "Santos",
        "Silva",
        "Fernández",
        "Dubois",
        "Martin",
        "Lefèvre",
        "Mensah",
        "Owusu",
        "Nkosi",
        "Dlamini",
        "Mwangi",
        "Otieno",
        "Kamau",
        "Hussein",
        "Abdi",
        "Farah",
        "Mahmoud",
        "Khalil",
        "Rahman",
        "Chowdhury",
        "Sharma",
        "Patel",
        "Tanaka",
        "Suzuki",
        "Wang",
        "Li",
        "Zhang",
        "Smith",
        "Johnson",
        "Brown",
        "Williams",
        "Taylor",
        "Wilson",
        "Novak",
        "Horvat",
        "Popescu",
        "Ionescu",
        "Nowak",
        "Wiśniewski",
        "Yilmaz",
        "Demir",
        "Kaya",
        "Adeyemi",
        "Bello",
        "Eze",
        "Mbeki",
        "Sow",
        "Ba",
        "Cissé",
        "Touré",
        "Dagalo",
        "Prigozhin",
        "Rossi",
        "Bianchi",
        "Jansen",
        "De Vries",
        "Andersson",
        "Larsen",
        "O'Brien",
        "MacLeod",
        "Al-Masri",
        "Benali",
        "Mansour",
        "Saleh",
        "Aziz"
    };

    private static final String[] ORGANISATIONS = {
        "Ministry of Defence",
        "Ministry of Finance",
        "United Nations",
        "World Bank",
        "International Monetary Fund",
        "European Commission",
        "African Union",
        "Red Crescent",
        "Central Bank",
        "National Electoral Commission",
        "Atlas Mining Corporation",
        "Northern Shipping Company",
        "Sahel Gold Resources",
        "Wagner Group",
        "Human Rights Watch",
        "Amnesty International",
        "Transparency International",
        "Interpol",
        "Supreme Court",
        "Constitutional Council",
        "Port Authority",
        "Customs Service",
        "Meridian Trading Ltd",
        "Blue Horizon Logistics",
        "Eastern Energy Holdings",
        "Global Fund",
        "World Food Programme"
    };

    private static final String[] PLACES = {
        "Gao", "Bamako", "Timbuktu", "Niamey", "Dakar", "Tripoli", "Benghazi", "Khartoum", "Port Sudan", "Juba",
        "Mogadishu", "Nairobi", "Addis Ababa", "Lagos", "Abuja", "Kano", "Accra", "Kinshasa", "Goma", "Kyiv",
        "Odesa", "Kharkiv", "Mariupol", "Beirut", "Damascus", "Aleppo", "Baghdad", "Mosul", "Manila", "Caracas",
        "Bogotá", "Istanbul", "Dubai", "Geneva", "Brussels", "Paris", "London", "Moscow", "Beijing", "Washington"
    };

    /** The wire services and big papers every synthetic case draws its outlets from. */
    static final String[] OUTLETS = {
        "Reuters",
        "Associated Press",
        "AFP",
        "BBC",
        "Al Jazeera",
        "Le Monde",
        "The Guardian",
        "Daily Nation",
        "Premium Times",
        "Kyiv Independent",
        "Jeune Afrique",
        "Deutsche Welle",
        "The Washington Post",
        "Financial Times",
        "Radio France Internationale"
    };

    private static final String[] ROLES = {
        "foreign minister", "defence minister", "spokesperson", "chief executive", "senior analyst", "prosecutor",
        "regional governor", "opposition leader", "police chief", "researcher", "director", "deputy mayor"
    };

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private static final String[] HEADLINE_VERBS = {
        "denies",
        "confirms",
        "warns of",
        "investigates",
        "suspends",
        "announces",
        "rejects",
        "probes",
        "halts",
        "expands"
    };

    private static final String[] HEADLINE_NOUNS = {
        "convoy",
        "oil exports",
        "sanctions",
        "election results",
        "gold shipments",
        "ceasefire",
        "aid deliveries",
        "border crossings",
        "mining contracts",
        "arrests",
        "payments",
        "drone strikes"
    };

    private static final String[] VOCABULARY = vocabulary();
    private static final double[] CUMULATIVE = zipf(VOCABULARY.length, 1.05, 2.7);

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** The word at a Zipf rank (0 is the most frequent); the benchmark picks its queries this way. */
    public static String word(int rank) {
        return VOCABULARY[rank];
    }

    public static int vocabularySize() {
        return VOCABULARY.length;
    }

    /** The capitalised names that articles use, by kind; the alias-matching benchmark makes actors of them. */
    record Names(
            List<String> first,
            List<String> last,
            List<String> organisations,
            List<String> places,
            List<String> outlets) {}

    static Names names() {
        return new Names(
                List.of(FIRST_NAMES), List.of(LAST_NAMES), List.of(ORGANISATIONS), List.of(PLACES), List.of(OUTLETS));
    }

    /** Article {@code index} of this corpus: headline, blank line, then paragraphs. */
    public String article(int index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
        int target = 2600 + r.nextInt(900);
        StringBuilder sb = new StringBuilder(target + 600);
        sb.append(headline(r)).append("\n\n");
        int year = 2019 + r.nextInt(7);
        sb.append(pick(r, PLACES).toUpperCase(Locale.ROOT))
                .append(", ")
                .append(date(r, year))
                .append(" (")
                .append(pick(r, OUTLETS))
                .append(") - ");
        while (sb.length() < target) {
            int sentences = 3 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                sentence(r, year, sb);
                sb.append(s + 1 < sentences ? " " : "");
            }
            sb.append("\n\n");
        }
        return sb.toString().strip() + "\n";
    }

    /** A file written by {@link #write}: where it is and how many bytes it holds. */
    public record Written(List<Path> files, long bytes) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes articles {@code 0..count-1} as UTF-8 {@code .txt} files under {@code folder}, in sub-folders of
     * {@value #SHARD}, and returns them in the order a folder walk sorts them.
     */
    public Written write(Path folder, int count) throws IOException {
        List<Path> files = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Path shard = folder.resolve(String.format(Locale.ROOT, "%05d", i / SHARD));
            if (i % SHARD == 0) {
                Files.createDirectories(shard);
            }
            Path file = shard.resolve(String.format(Locale.ROOT, "article-%07d.txt", i));
            byte[] text = article(i).getBytes(StandardCharsets.UTF_8);
            Files.write(file, text);
            files.add(file);
            bytes += text.length;
        }
        return new Written(files, bytes);
    }

    private static String headline(Random r) {
        String subject = r.nextBoolean() ? pick(r, ORGANISATIONS) : person(r);
        return subject + " " + pick(r, HEADLINE_VERBS) + " " + pick(r, HEADLINE_NOUNS) + " "
                + (r.nextBoolean() ? "near " : "in ") + pick(r, PLACES);
    }

    private static void sentence(Random r, int year, StringBuilder sb) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            // Attributed quote, the commonest shape of a news sentence after plain narration.
            sb.append('"');
            words(r, 8 + r.nextInt(10), true, sb);
            sb.append(",\" said ")
                    .append(person(r))
                    .append(", ")
                    .append(pick(r, ROLES))
                    .append(" at the ")
                    .append(pick(r, ORGANISATIONS))
                    .append('.');
            return;
        }
        int before = 3 + r.nextInt(8);
        words(r, before, true, sb);
        sb.append(' ');
        switch (kind) {
            case 1, 2 -> sb.append(person(r));
            case 3, 4 -> sb.append("the ").append(pick(r, ORGANISATIONS));
            case 5, 6 -> sb.append("in ").append(pick(r, PLACES));
            case 7 -> sb.append("on ").append(date(r, year));
            case 8 -> sb.append("told ").append(pick(r, OUTLETS));
            default -> sb.append(pick(r, LAST_NAMES));
        }
        sb.append(r.nextInt(4) == 0 ? ", " : " ");
        words(r, 4 + r.nextInt(10), false, sb);
        sb.append('.');
    }

    private static void words(Random r, int count, boolean capitalise, StringBuilder sb) {
        for (int i = 0; i < count; i++) {
            String w = VOCABULARY[rank(r)];
            if (i == 0 && capitalise) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(w);
            }
            if (i + 1 < count) {
                sb.append(r.nextInt(14) == 0 ? ", " : " ");
            }
        }
    }

    private static String person(Random r) {
        return pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES);
    }

    private static String date(Random r, int year) {
        return (1 + r.nextInt(28)) + " " + pick(r, MONTHS) + " " + year;
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static int rank(Random r) {
        int i = Arrays.binarySearch(CUMULATIVE, r.nextDouble());
        return Math.min(i >= 0 ? i : -i - 1, CUMULATIVE.length - 1);
    }

    /** The real words by rank, then 3,500 made-up ones; a fixed seed keeps them the same in every run. */
    private static String[] vocabulary() {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(COMMON.strip().split("\\s+")));
        Random r = new Random(0x0D0551E5L);
        int target = words.size() + 3500;
        while (words.size() < target) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + r.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(pick(r, ONSETS)).append(pick(r, VOWELS));
            }
            w.append(pick(r, CODAS));
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Cumulative Zipf-Mandelbrot probabilities: p(rank) proportional to 1 / (rank + q)^s. */
    private static double[] zipf(int n, double s, double q) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1 + q, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }
}
