package org.opendossier.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.opendossier.model.Acquisition;
import org.opendossier.model.Actor;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.NewSource;
import org.opendossier.model.ReviewState;
import org.opendossier.model.Sha256;
import org.opendossier.model.TextSpan;
import org.opendossier.store.StoreException;
import org.opendossier.store.sqlite.SqliteCaseStore;

/**
 * Fills a case database with many sources quickly, for measuring the library: the rows go straight
 * through the store's own insert (the same SQL, acquisition and change-log rows as an import), without
 * parsing, originals or indexing. Each row carries a synthetic article of about 3 KB as its text, so the
 * table is as large on disk as an imported one, and metadata spread the way a real case's is: a few hundred
 * outlets with a long tail, thirty years of dates (some partial, some missing), several languages and
 * document types. Most sources mention a few of a thousand-odd actors (popular ones far more often), as
 * matched mentions, a few of them rejected by a person.
 *
 * <p>The mentions' spans are placeholders, not where the names stand in the text: the library reads only
 * which actors each source mentions. Such a case has no originals and its search index is empty until the case is opened (which replays
 * the change log into the index); it is for the library and nothing else.
 */
public final class LibraryCase {
    /** Rows per write transaction: large enough that commits cost nothing, small enough to show progress. */
    private static final int BATCH = 2_000;

    private static final String[] TOWNS = {
        "Gao", "Bamako", "Timbuktu", "Niamey", "Dakar", "Tripoli", "Benghazi", "Khartoum", "Juba", "Mogadishu",
        "Nairobi", "Lagos", "Abuja", "Kano", "Accra", "Kinshasa", "Goma", "Odesa", "Kharkiv", "Beirut",
        "Aleppo", "Mosul", "Manila", "Caracas", "Bogotá", "Istanbul", "Dubai", "Geneva", "Brussels", "Lyon"
    };
    private static final String[] MASTHEADS = {
        "Herald", "Courier", "Observer", "Tribune", "Post", "Gazette", "Echo", "Radio", "Daily", "Monitor"
    };
    private static final String[] OUTLETS = outlets();
    private static final String[][] LANGUAGES = {
        {"en", "62"}, {"fr", "14"}, {"ar", "6"}, {"ru", "5"}, {"es", "5"}, {"de", "3"}, {"pt", "2"}, {null, "3"}
    };
    private static final String[][] TYPES = {
        {"text/html", "58"},
        {"application/pdf", "14"},
        {"text/plain", "9"},
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "6"},
        {"message/rfc822", "6"},
        {"text/markdown", "3"},
        {"application/vnd.oasis.opendocument.text", "2"},
        {"application/rtf", "2"}
    };
    private static final Instant FIRST_IMPORT = Instant.parse("2024-01-08T09:00:00Z");
    /** Names (display names and aliases) of the actors the sources mention; each actor goes by its first. */
    private static final int ACTOR_NAMES = 1_500;
    /** How many actors a source mentions, by weight: a few, sometimes none. */
    private static final String[][] ACTORS_PER_SOURCE = {
        {"0", "15"}, {"1", "20"}, {"2", "20"}, {"3", "15"}, {"4", "12"}, {"5", "10"}, {"6", "8"}
    };
    /** Per mille of mentions a person rejected. */
    private static final int REJECTED_PER_MILLE = 20;

    private LibraryCase() {}

    /** What was written: how many sources, how many distinct outlets they name, the actors and mentions. */
    public record Built(int sources, long textBytes, int outlets, int actors, long mentions, Duration elapsed) {}

    /** Adds {@code count} sources to the case database {@code database}, which must exist and be empty. */
    static Built fill(Path database, int count, long seed, Consumer<String> progress) throws StoreException {
        SyntheticCorpus articles = new SyntheticCorpus(seed);
        long start = System.nanoTime();
        long bytes = 0;
        long mentions = 0;
        java.util.Set<String> outlets = new java.util.HashSet<>();
        List<Actor> people = AliasBenchmark.actors(ACTOR_NAMES, seed);
        try (SqliteCaseStore store = SqliteCaseStore.open(database)) {
            long[] actorIds = store.write(tx -> {
                long[] ids = new long[people.size()];
                for (int a = 0; a < ids.length; a++) {
                    ids[a] = tx.actors()
                            .create(people.get(a).kind(), people.get(a).name(), "");
                }
                return ids;
            });
            for (int from = 0; from < count; from += BATCH) {
                int to = Math.min(count, from + BATCH);
                List<Row> rows = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Row row = row(articles, seed, i, people.size());
                    rows.add(row);
                    bytes += row.source().byteSize();
                    mentions += row.mentions().size();
                    if (row.source().outlet() != null) {
                        outlets.add(row.source().outlet());
                    }
                }
                store.write(tx -> {
                    for (Row row : rows) {
                        long id = tx.sources().insert(row.source(), row.acquisition());
                        for (Placed m : row.mentions()) {
                            tx.actors()
                                    .addMention(new Mention(
                                            0,
                                            id,
                                            actorIds[m.actor()],
                                            m.span(),
                                            people.get(m.actor()).name(),
                                            MentionOrigin.MATCHED,
                                            m.rejected() ? ReviewState.REJECTED : ReviewState.UNREVIEWED));
                        }
                    }
                    return null;
                });
                if (to % (BATCH * 10) == 0 || to == count) {
                    progress.accept(String.format(Locale.ROOT, "library case: %,d of %,d sources", to, count));
                }
            }
        }
        return new Built(
                count, bytes, outlets.size(), people.size(), mentions, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Row(NewSource source, Acquisition acquisition, List<Placed> mentions) {}

    /** A mention of the {@code actor}-th actor at a placeholder span. */
    private record Placed(int actor, TextSpan span, boolean rejected) {}

    private static Row row(SyntheticCorpus articles, long seed, int i, int actors) {
        Random r = new Random(seed * 0x2545F4914F6CDD1DL + i);
        String text = articles.article(i);
        String title = text.substring(0, text.indexOf('\n'));
        String outlet = r.nextInt(100) < 92 ? OUTLETS[zipf(r, OUTLETS.length)] : null;
        String mediaType = weighted(r, TYPES);
        String url = mediaType.equals("text/html") && outlet != null
                ? "https://news.example/" + slug(outlet) + "/" + i
                : null;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        NewSource source = new NewSource(
                Sha256.hex((i + "\n" + text).getBytes(StandardCharsets.UTF_8)),
                mediaType,
                title,
                null,
                outlet,
                published(r),
                url,
                weighted(r, LANGUAGES),
                text,
                Sha256.hex(text),
                bytes.length,
                List.of());
        String fileName = String.format(Locale.ROOT, "article-%07d.%s", i, extension(mediaType));
        Instant imported = FIRST_IMPORT.plusSeconds(i * 60L + r.nextInt(60));
        return new Row(
                source,
                new Acquisition("/library/" + fileName, fileName, null, imported, url),
                mentions(r, actors, text.length()));
    }

    /** A few actors, popular ones more often, each mentioned once to three times at distinct spans. */
    private static List<Placed> mentions(Random r, int actors, int textLength) {
        int wanted = Integer.parseInt(weighted(r, ACTORS_PER_SOURCE));
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        for (int tries = 0; chosen.size() < wanted && tries < wanted * 4; tries++) {
            chosen.add(zipf(r, actors));
        }
        List<Placed> out = new ArrayList<>();
        int room = textLength - 40;
        for (int actor : chosen) {
            int times = 1 + r.nextInt(3);
            for (int m = 0; m < times; m++) {
                int start = (actor * 13 + m * 997) % room;
                out.add(new Placed(actor, new TextSpan(start, start + 12), r.nextInt(1000) < REJECTED_PER_MILLE));
            }
        }
        return out;
    }

    /** Mostly full dates, skewed to recent years; some month-only, some year-only, a few unknown. */
    private static String published(Random r) {
        int roll = r.nextInt(100);
        if (roll < 4) {
            return null;
        }
        int year = 2025 - (int) Math.min(30, Math.floor(-Math.log(1 - r.nextDouble()) * 5));
        if (roll < 10) {
            return Integer.toString(year);
        }
        int month = 1 + r.nextInt(12);
        if (roll < 20) {
            return String.format(Locale.ROOT, "%d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%d-%02d-%02d", year, month, 1 + r.nextInt(28));
    }

    /** Index into a list ordered by popularity: rank k is picked about 1/(k+1) as often as rank 0. */
    private static int zipf(Random r, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, r.nextDouble()) - 1));
    }

    private static String weighted(Random r, String[][] table) {
        int total = 0;
        for (String[] row : table) {
            total += Integer.parseInt(row[1]);
        }
        int roll = r.nextInt(total);
        for (String[] row : table) {
            roll -= Integer.parseInt(row[1]);
            if (roll < 0) {
                return row[0];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static String extension(String mediaType) {
        String shortName = org.opendossier.model.MediaTypes.shortName(mediaType);
        return switch (shortName) {
            case "text" -> "txt";
            case "markdown" -> "md";
            case "email" -> "eml";
            default -> shortName;
        };
    }

    private static String slug(String outlet) {
        return outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The wire services and big papers first, then a local paper or radio for every town. */
    private static String[] outlets() {
        List<String> all = new ArrayList<>(List.of(SyntheticCorpus.OUTLETS));
        for (String masthead : MASTHEADS) {
            for (String town : TOWNS) {
                all.add(
                        masthead.equals("Radio") || masthead.equals("Daily")
                                ? masthead + " " + town
                                : "The " + town + " " + masthead);
            }
        }
        return all.toArray(String[]::new);
    }
}
