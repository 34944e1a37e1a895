package org.opendossier.analysis.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendossier.analysis.suggest.Tokens.Token;
import org.opendossier.analysis.suggest.Tokens.Type;

/**
 * Finds the names in one text: runs of capitalised words joined by the small words names hold ("Ministry
 * of Defence", "Lucía de la Fuente", "Marchetti &amp; Lowe"), with the title in front taken off and noted
 * ("Colonel Assimi Goïta" is the person "Assimi Goïta"), acronyms defined beside their long form ("Rapid
 * Support Forces (RSF)"), nicknames written inside a name, and the clues around each name that tell a
 * person from an organisation or a place. One pass over the text; nothing here looks at other texts.
 */
final class NameFinder {
    private NameFinder() {}

    /** Articles a name loses at its start: "the Wagner Group" is "Wagner Group". */
    private static final Set<String> DETERMINERS = Set.of("the");

    /**
     * Adjectives of peoples that also begin names ("Islamic State", "Muslim Brotherhood", "South Carolina",
     * "Western Wall"), so they stay at the start of a run.
     */
    private static final Set<String> NAME_ADJECTIVES = Set.of(
            "islamic",
            "muslim",
            "christian",
            "jewish",
            "arab",
            "catholic",
            "sunni",
            "shia",
            "shiite",
            "south",
            "southern",
            "western",
            "eastern",
            "northern",
            "west",
            "east",
            "north",
            "central");

    /** Numbers are names' words too: "Air Force One", "Group of Seven". */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "first",
            "second",
            "third",
            "hundred",
            "thousand");

    /** "al-Bashir", "el-Sisi": a lower-case particle joined to the capitalised name. */
    private static final Set<String> PARTICLES_JOINED =
            Set.of("al", "el", "ad", "as", "ash", "at", "ibn", "bin", "abu", "ben");

    static boolean particlePrefixed(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0
                && hyphen + 1 < word.length()
                && Character.isUpperCase(word.charAt(hyphen + 1))
                && PARTICLES_JOINED.contains(word.substring(0, hyphen));
    }

    /** Organisation words that French and Spanish write before a lower-case name ("ministère des ..."). */
    private static final Set<String> ROMANCE_HEADS = Set.of(
            "ministere",
            "ministerio",
            "secretariat",
            "secretaria",
            "conseil",
            "consejo",
            "direction",
            "direccion",
            "agence",
            "agencia",
            "commission",
            "comision",
            "comite",
            "tribunal",
            "cour",
            "parti",
            "partido",
            "mouvement",
            "movimiento",
            "front",
            "frente",
            "union",
            "banque",
            "banco",
            "federation",
            "federacion",
            "association",
            "asociacion",
            "syndicat",
            "sindicato",
            "institut",
            "instituto",
            "universite",
            "universidad",
            "armee",
            "ejercito",
            "forces",
            "fuerzas",
            "police",
            "policia",
            "gendarmerie",
            "garde",
            "guardia",
            "assemblee",
            "asamblea",
            "communaute",
            "comunidad",
            "organisation",
            "organizacion");

    /** Endings of French and Spanish adjectives that follow a name's head ("Forces armées maliennes"). */
    private static final Pattern ROMANCE_ADJECTIVE = Pattern.compile(
            ".*(ee|ees|es|e|aine|aines|ien|ienne|iennes|iens|ais|aise|aises|al|ale|ales|aux|ique|iques|el|elle"
                    + "|elles|ere|eres|ain|ano|ana|anos|anas|ico|ica|icos|icas|ista|istas|ado|ada|ados|adas|ense"
                    + "|enses|eno|ena|ino|ina|ar|or|ora)");

    private static final Set<String> ROMANCE_PORTFOLIOS = Set.of(
            "affaires",
            "etrangeres",
            "interieur",
            "defense",
            "justice",
            "sante",
            "economie",
            "finances",
            "mines",
            "armees",
            "asuntos",
            "exteriores",
            "interior",
            "defensa",
            "justicia",
            "salud",
            "economia",
            "hacienda",
            "etat",
            "estado");

    private static final Set<String> ENGLISH_MARKERS =
            Set.of("the", "and", "of", "to", "is", "was", "said", "that", "with", "has", "have", "were", "it");
    private static final Set<String> FRENCH_MARKERS =
            Set.of("le", "les", "des", "du", "est", "et", "une", "dans", "pour", "au", "qui", "sur", "avec", "pas");
    private static final Set<String> SPANISH_MARKERS =
            Set.of("el", "los", "las", "del", "es", "y", "una", "por", "para", "con", "que", "se", "lo", "fue");

    /** One name as it occurs in the text. */
    static final class Occurrence {
        final int start;
        final int end;
        final String display;
        final String mergeKey;
        final List<String> words;
        final boolean acronym;
        /** An all-capitals word inside a longer name ("PMC Wagner", "US Treasury"): not a person's. */
        boolean acronymInside;

        boolean firstInitial;
        String tailKey;
        int tailStart = -1;
        boolean title;
        boolean role;
        boolean place;
        boolean actor;
        boolean dateline;
        String abbreviation;

        Occurrence(int start, int end, String display, List<String> words, boolean acronym) {
            this.start = start;
            this.end = end;
            this.display = display;
            this.words = List.copyOf(words);
            this.mergeKey = String.join(" ", words);
            this.acronym = acronym;
        }

        /** Words that carry the name (no connectors): "Ministry of Defence" has two. */
        int nameWords() {
            int n = 0;
            for (String w : words) {
                if (!Lexicon.CONNECTORS.contains(w)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public String toString() {
            return display + " [" + start + "," + end + ")";
        }
    }

    /** Another name that means the same actor: an abbreviation or nickname defined in the text. */
    record Link(String fromKey, String toKey) {}

    /** What one text yields. {@code lowerWords} are the words written in lower case somewhere in it. */
    record Result(List<Occurrence> occurrences, List<Link> links, Set<String> authors, Set<String> lowerWords) {}

    static Result find(String text) {
        List<PageNoise.Line> lines = PageNoise.lines(text);
        List<List<Token>> tokenLines = new ArrayList<>();
        Set<String> lowerWords = new HashSet<>();
        int en = 0;
        int fr = 0;
        int es = 0;
        for (PageNoise.Line line : lines) {
            List<Token> tokens = Tokens.of(text, line.start(), line.end());
            tokenLines.add(tokens);
            for (Token t : tokens) {
                if (t.type() == Type.WORD && Character.isLowerCase(t.text().codePointAt(0))) {
                    lowerWords.add(t.folded());
                    if (line.kind() == PageNoise.Kind.CONTENT) {
                        en += ENGLISH_MARKERS.contains(t.folded()) ? 1 : 0;
                        fr += FRENCH_MARKERS.contains(t.folded()) ? 1 : 0;
                        es += SPANISH_MARKERS.contains(t.folded()) ? 1 : 0;
                    }
                }
            }
        }
        boolean romance = fr + es > en;
        Scan scan = new Scan(text, romance);
        for (int i = 0; i < lines.size(); i++) {
            PageNoise.Line line = lines.get(i);
            if (line.kind() == PageNoise.Kind.BYLINE) {
                Scan bylines = new Scan(text, romance);
                bylines.line(tokenLines.get(i));
                for (Occurrence o : bylines.found) {
                    // the people who wrote or photographed it, not the places or outlets named beside them
                    if (o.nameWords() >= 2
                            && !o.place
                            && !Lexicon.isKnownPlace(o.mergeKey)
                            && o.words.stream().noneMatch(Lexicon.ORGANISATION_WORDS::contains)) {
                        scan.authors.add(o.mergeKey);
                    }
                }
            } else if (line.kind() == PageNoise.Kind.CONTENT) {
                scan.line(masked(tokenLines.get(i), line));
            }
        }
        return new Result(scan.found, scan.links, scan.authors, lowerWords);
    }

    /** Credits inside a line become a barrier no name runs across. */
    private static List<Token> masked(List<Token> tokens, PageNoise.Line line) {
        if (line.masked().isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(
                    line.isMasked(t.start(), t.end())
                            ? new Token(t.start(), t.end(), Type.PUNCT, "\u00A7", "", false, false)
                            : t);
        }
        return out;
    }

    /** The state of one text's scan. */
    private static final class Scan {
        final String text;
        final boolean romance;
        final List<Occurrence> found = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final Set<String> authors = new HashSet<>();
        List<Token> toks;
        List<Occurrence> inLine;

        Scan(String text, boolean romance) {
            this.text = text;
            this.romance = romance;
        }

        void line(List<Token> tokens) {
            toks = tokens;
            inLine = new ArrayList<>();
            int i = dateline();
            int n = toks.size();
            while (i < n) {
                if (!nameWord(i)) {
                    i++;
                    continue;
                }
                List<Integer> seq = new ArrayList<>();
                seq.add(i);
                int j = i + 1;
                while (j < n) {
                    Token last = toks.get(j - 1);
                    if (last.possessive()) {
                        break;
                    }
                    if (nameWord(j) && toks.get(j).folded().equals(last.folded())) {
                        break; // "China China", "Maslov Maslov": a label glued to a headline, a typo
                    }
                    if (nameWord(j)) {
                        seq.add(j);
                        j++;
                        continue;
                    }
                    if (romance && romanceAdjective(j) && (headOfName(j - 1) || romanceAdjective(j - 1))) {
                        seq.add(j); // "Forces armées maliennes", "Communauté économique des États ..."
                        j++;
                        continue;
                    }
                    int k = j;
                    List<Integer> run = new ArrayList<>();
                    while (k < n && run.size() < 3 && connector(k)) {
                        run.add(k);
                        k++;
                    }
                    if (!run.isEmpty() && k < n && nameWord(k) && connectorsAllowed(seq, run)) {
                        seq.addAll(run);
                        seq.add(k);
                        j = k + 1;
                        continue;
                    }
                    break;
                }
                sequence(seq);
                i = j;
            }
            pairs();
            found.addAll(inLine);
        }

        /** "BAMAKO, May 14 (Wire) -", "CAIRO —": the place a story was filed from, in capitals. */
        int dateline() {
            int k = 0;
            while (k < toks.size()
                    && k < 3
                    && toks.get(k).type() == Type.WORD
                    && toks.get(k).isAllCaps()
                    && toks.get(k).text().length() >= 3) {
                k++;
            }
            if (k == 0 || k >= toks.size()) {
                return 0;
            }
            Token after = toks.get(k);
            if (!(after.is(",")
                    || after.is("(")
                    || after.is("—")
                    || after.is("–")
                    || after.is("-")
                    || after.is("\u00A7"))) {
                return 0;
            }
            List<String> words = new ArrayList<>();
            StringBuilder display = new StringBuilder();
            for (int i = 0; i < k; i++) {
                String w = toks.get(i).text();
                words.add(toks.get(i).folded());
                if (display.length() > 0) {
                    display.append(' ');
                }
                display.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
            Occurrence o = new Occurrence(toks.get(0).start(), toks.get(k - 1).end(), display.toString(), words, false);
            o.dateline = true;
            o.place = true;
            inLine.add(o);
            return k;
        }

        boolean nameWord(int i) {
            Token t = toks.get(i);
            int hyphen = t.text().lastIndexOf('-');
            if (t.type() == Type.WORD
                    && hyphen > 0
                    && hyphen + 1 < t.text().length()
                    && Character.isLowerCase(t.text().charAt(hyphen + 1))) {
                return false; // "Moscow-backed", "al-Qaeda-linked": an adjective, not a name
            }
            if (t.type() == Type.WORD && particlePrefixed(t.text())) {
                return true;
            }
            if (!t.isCapitalised()) {
                return false;
            }
            if (t.type() == Type.WORD && t.text().length() == 1) {
                return false; // "I", "A"
            }
            return !Lexicon.isMonthOrDay(t.folded());
        }

        /** An organisation's word in capitals ("Forces", "Communauté") after which French adds adjectives. */
        boolean headOfName(int i) {
            Token t = toks.get(i);
            return t.isCapitalised()
                    && (Lexicon.ORGANISATION_WORDS.contains(t.folded())
                            || ROMANCE_HEADS.contains(t.folded())
                            || ROMANCE_PORTFOLIOS.contains(t.folded()));
        }

        boolean connector(int i) {
            Token t = toks.get(i);
            if (t.type() == Type.ELISION || t.is("&")) {
                return true;
            }
            return t.type() == Type.WORD
                    && Character.isLowerCase(t.text().codePointAt(0))
                    && Lexicon.CONNECTORS.contains(t.folded());
        }

        /**
         * "of" and name particles join freely; "for", "on" and "the" only after an organisation's word
         * ("Institute for", "Council on"); "and" is decided later, when the whole run is known.
         */
        boolean connectorsAllowed(List<Integer> seq, List<Integer> run) {
            Token first = toks.get(run.get(0));
            String before = toks.get(seq.get(seq.size() - 1)).folded();
            if (first.folded().equals("the")) {
                return false;
            }
            if (Lexicon.WEAK_CONNECTORS.contains(first.folded())) {
                return Lexicon.ORGANISATION_WORDS.contains(before)
                        || Lexicon.PLACE_WORDS.contains(before)
                        || Lexicon.TITLES.contains(before);
            }
            return true;
        }

        /** One run of capitalised words: strip what starts it, take off titles, split, then record. */
        void sequence(List<Integer> seq) {
            List<Integer> s = new ArrayList<>(seq);
            boolean starterDropped = false;
            while (!s.isEmpty()) {
                Token f = toks.get(s.get(0));
                if (connector(s.get(0))) {
                    s.remove(0);
                } else if ((f.initial() || starterDropped) && isStarter(f)) {
                    s.remove(0);
                    starterDropped = true;
                } else if (DETERMINERS.contains(f.folded())) {
                    s.remove(0);
                    starterDropped = true;
                } else {
                    break;
                }
            }
            // "China Dozens of Hong Kong ...": a word that only starts sentences, capitalised inside a run,
            // is where a glued label ends and a sentence begins
            for (int p = 1; p < s.size(); p++) {
                Token t = toks.get(s.get(p));
                if (t.isCapitalised()
                        && isStarter(t)
                        && !NUMBER_WORDS.contains(t.folded())
                        && !t.folded().equals("the")
                        && !connector(s.get(p - 1))) {
                    sequence(new ArrayList<>(s.subList(0, p)));
                    List<Integer> rest = new ArrayList<>(s.subList(p + 1, s.size()));
                    while (!rest.isEmpty() && connector(rest.get(0))) {
                        rest.remove(0);
                    }
                    if (!rest.isEmpty()) {
                        sequence(rest);
                    }
                    return;
                }
            }
            // "the Wagner Group of Russian mercenaries": a people's adjective is not the end of a name
            while (s.size() >= 3
                    && Lexicon.isDemonym(toks.get(s.get(s.size() - 1)).folded())
                    && connector(s.get(s.size() - 2))) {
                s.remove(s.size() - 1);
                while (!s.isEmpty() && connector(s.get(s.size() - 1))) {
                    s.remove(s.size() - 1);
                }
            }
            if (s.isEmpty()) {
                return;
            }
            titled(s, starterDropped);
        }

        /** "US Secretary of State Antony Blinken": the prefix "US", the person "Antony Blinken". */
        void titled(List<Integer> s, boolean starterDropped) {
            int firstTitle = -1;
            int lastTitle = -1;
            for (int p = 0; p < s.size(); p++) {
                if (isTitle(s, p)) {
                    if (firstTitle < 0) {
                        firstTitle = p;
                    }
                    lastTitle = p;
                }
            }
            if (lastTitle < 0) {
                plain(s, starterDropped);
                return;
            }
            int j = lastTitle + 1;
            boolean inTail = false;
            while (j < s.size()) {
                if (connector(s.get(j)) && j + 1 < s.size() && portfolioAt(s, j + 1)) {
                    j++;
                    inTail = true;
                } else if (inTail && portfolioAt(s, j)) {
                    j++;
                } else {
                    break;
                }
            }
            List<Integer> prefix = meaningfulPrefix(s.subList(0, firstTitle));
            List<Integer> name = new ArrayList<>(s.subList(j, s.size()));
            if (!prefix.isEmpty()) {
                plain(prefix, firstTitle == 0 ? starterDropped : false);
            }
            if (name.isEmpty()) {
                return;
            }
            if (connector(name.get(0))) {
                while (!name.isEmpty() && connector(name.get(0))) {
                    name.remove(0);
                }
                plain(name, true);
                return;
            }
            int cut = firstJoiningConnector(name);
            if (cut > 0) {
                // "Dr Konstantin Reiter of the Kiel Institute": the person, then where they work
                plain(trimConnectors(name.subList(cut, name.size())), true);
                name = new ArrayList<>(name.subList(0, cut));
            }
            if (hasWordFrom(name, Lexicon.ORGANISATION_WORDS) || hasWordFrom(name, Lexicon.PLACE_WORDS)) {
                plain(name, true);
                return;
            }
            Occurrence o = occurrence(name, false);
            if (o != null) {
                o.title = true;
                inLine.add(o);
            }
        }

        /** The first "of", "for", "and" ... in a run that is not a particle of a person's name ("de la"). */
        int firstJoiningConnector(List<Integer> s) {
            for (int p = 1; p < s.size(); p++) {
                if (connector(s.get(p))
                        && !Lexicon.NAME_PARTICLES.contains(toks.get(s.get(p)).folded())) {
                    return p;
                }
            }
            return -1;
        }

        boolean portfolioAt(List<Integer> s, int p) {
            String f = toks.get(s.get(p)).folded();
            return Lexicon.PORTFOLIOS.contains(f) || ROMANCE_PORTFOLIOS.contains(f);
        }

        boolean isTitle(List<Integer> s, int p) {
            Token t = toks.get(s.get(p));
            if (t.type() != Type.WORD || !Lexicon.TITLES.contains(t.folded())) {
                return false;
            }
            // "General Assembly", "Chief Executive Officer": the word is part of an organisation's name
            return !(p + 1 < s.size()
                    && Lexicon.ORGANISATION_WORDS.contains(
                            toks.get(s.get(p + 1)).folded()));
        }

        /** The words before a title, unless they only say which title it is ("Defence", "Russian"). */
        List<Integer> meaningfulPrefix(List<Integer> prefix) {
            List<Integer> p = new ArrayList<>(prefix);
            while (!p.isEmpty() && connector(p.get(p.size() - 1))) {
                p.remove(p.size() - 1);
            }
            for (int idx : p) {
                String f = toks.get(idx).folded();
                if (!connector(idx)
                        && !Lexicon.PORTFOLIOS.contains(f)
                        && !Lexicon.DEMONYMS.contains(f)
                        && !Lexicon.TITLES.contains(f)
                        && !ROMANCE_PORTFOLIOS.contains(f)) {
                    return p;
                }
            }
            return List.of();
        }

        /** Splits "Mali and Niger" at the conjunction unless the run names an organisation. */
        void plain(List<Integer> s, boolean starterDropped) {
            if (portfolioOfRole(s)) {
                return;
            }
            if (s.size() >= 2
                    && Lexicon.isDemonym(toks.get(s.get(0)).folded())
                    && !NAME_ADJECTIVES.contains(toks.get(s.get(0)).folded())
                    && !hasWordFrom(s, Lexicon.ORGANISATION_WORDS)
                    && !Lexicon.isKnownPlace(joined(s))) {
                // "the remote Russian Tuva region", "Egypt's Islamist Muslim Brotherhood": the adjective goes
                List<Integer> rest = trimConnectors(s.subList(1, s.size()));
                if (!rest.isEmpty()) {
                    plain(rest, true);
                }
                return;
            }
            int after = s.get(s.size() - 1) + 1;
            if (s.size() >= 2
                    && after < toks.size()
                    && Lexicon.ROLES.contains(toks.get(after).folded())
                    && Character.isLowerCase(toks.get(after).text().codePointAt(0))) {
                // "White House National Security spokesperson": the portfolio belongs to the role
                List<Integer> trimmed = new ArrayList<>(s);
                while (trimmed.size() >= 2 && portfolioAt(trimmed, trimmed.size() - 1)) {
                    trimmed.remove(trimmed.size() - 1);
                }
                if (trimmed.size() < s.size()) {
                    plain(trimConnectors(trimmed), starterDropped);
                    return;
                }
            }
            for (int p = 1; p < s.size() - 1; p++) {
                Token t = toks.get(s.get(p));
                if (t.type() == Type.WORD
                        && Lexicon.CONJUNCTIONS.contains(t.folded())
                        && separateNames(s.subList(0, p), s.subList(p + 1, s.size()))
                        && !Lexicon.isKnownPlace(joined(s))) {
                    plain(trimConnectors(s.subList(0, p)), starterDropped);
                    plain(trimConnectors(s.subList(p + 1, s.size())), true);
                    return;
                }
            }
            int cut = firstJoiningConnector(s);
            if (cut >= 2 && toks.get(s.get(cut)).folded().equals("of")) {
                List<Integer> before = s.subList(0, cut);
                List<Integer> rest = trimConnectors(s.subList(cut, s.size()));
                if (!hasWordFrom(before, Lexicon.ORGANISATION_WORDS)
                        && !hasWordFrom(before, Lexicon.PLACE_WORDS)
                        && !hasWordFrom(before, Lexicon.TITLES)
                        && hasWordFrom(rest, Lexicon.ORGANISATION_WORDS)
                        && !Lexicon.isKnownPlace(joined(before))) {
                    // "Eric Reeves of the Bagnoud Center": a person and the organisation they belong to
                    plain(new ArrayList<>(before), starterDropped);
                    plain(rest, true);
                    return;
                }
            }
            List<Integer> extended = romance ? romanceExtension(s) : s;
            Occurrence o = occurrence(
                    extended, !starterDropped && toks.get(extended.get(0)).initial());
            if (o != null) {
                inLine.add(o);
            }
        }

        /** "the minister of Defence", "le ministre des Affaires étrangères": a title's portfolio, not a name. */
        boolean portfolioOfRole(List<Integer> s) {
            for (int idx : s) {
                String f = toks.get(idx).folded();
                if (!connector(idx) && !Lexicon.PORTFOLIOS.contains(f) && !ROMANCE_PORTFOLIOS.contains(f)) {
                    return false;
                }
            }
            int k = s.get(0) - 1;
            int connectors = 0;
            while (k >= 0 && connector(k)) {
                k--;
                connectors++;
            }
            if (k < 0 || connectors == 0) {
                return false;
            }
            String before = toks.get(k).folded();
            return Lexicon.ROLES.contains(before) || Lexicon.TITLES.contains(before);
        }

        /**
         * Whether "A and B" names two things: yes when no organisation word is in it ("Mali and Niger"), or
         * when A is a whole organisation's name and B one plain word ("News Corporation and Fairfax"); no
         * for "National Fisheries and Aquaculture Service" or "Center for Strategic and International
         * Studies".
         */
        boolean separateNames(List<Integer> left, List<Integer> right) {
            boolean leftNamed = hasWordFrom(left, Lexicon.ORGANISATION_WORDS);
            boolean rightNamed = hasWordFrom(right, Lexicon.ORGANISATION_WORDS);
            if (!leftNamed && !rightNamed || toks.get(right.get(0)).folded().equals("the")) {
                return true; // "Mali and Niger"; "the Office ... and the Center ..."
            }
            if (!Lexicon.ORGANISATION_WORDS.contains(
                    toks.get(left.get(left.size() - 1)).folded())) {
                return false; // "National Fisheries and Aquaculture Service"
            }
            // "News Corporation and Fairfax", "the Treasury and the State Department"
            return rightNamed || right.size() == 1 && !hasWordFrom(right, Lexicon.PORTFOLIOS);
        }

        String joined(List<Integer> s) {
            List<String> words = new ArrayList<>();
            for (int idx : s) {
                words.add(toks.get(idx).folded());
            }
            return String.join(" ", words);
        }

        List<Integer> trimConnectors(List<Integer> s) {
            List<Integer> p = new ArrayList<>(s);
            while (!p.isEmpty() && connector(p.get(0))) {
                p.remove(0);
            }
            while (!p.isEmpty() && connector(p.get(p.size() - 1))) {
                p.remove(p.size() - 1);
            }
            return p;
        }

        /**
         * French and Spanish write the words after an organisation's head in lower case: "Forces armées
         * maliennes", "ministère canadien des Affaires étrangères".
         */
        List<Integer> romanceExtension(List<Integer> s) {
            List<Integer> out = new ArrayList<>(s);
            int first = out.get(0);
            int k = first - 1;
            List<Integer> before = new ArrayList<>();
            while (k >= 0 && connector(k) && before.size() < 2) {
                before.add(0, k);
                k--;
            }
            if (k >= 0
                    && !before.isEmpty()
                    && romanceAdjective(k)
                    && !ROMANCE_HEADS.contains(toks.get(k).folded())) {
                before.add(0, k);
                k--;
            }
            if (k >= 0
                    && !before.isEmpty()
                    && toks.get(k).type() == Type.WORD
                    && Character.isLowerCase(toks.get(k).text().codePointAt(0))
                    && ROMANCE_HEADS.contains(toks.get(k).folded())) {
                before.add(0, k);
                out.addAll(0, before);
            }
            return out;
        }

        boolean romanceAdjective(int k) {
            Token t = toks.get(k);
            return t.type() == Type.WORD
                    && Character.isLowerCase(t.text().codePointAt(0))
                    && t.text().length() >= 4
                    && !Lexicon.CONNECTORS.contains(t.folded())
                    && !Lexicon.SENTENCE_STARTERS.contains(t.folded())
                    && !Lexicon.ROLES.contains(t.folded())
                    && !Lexicon.ACTOR_VERBS.contains(t.folded())
                    && ROMANCE_ADJECTIVE.matcher(t.folded()).matches();
        }

        boolean hasWordFrom(List<Integer> s, Set<String> words) {
            for (int idx : s) {
                if (words.contains(toks.get(idx).folded())) {
                    return true;
                }
            }
            return false;
        }

        /** Builds the occurrence of the tokens {@code s} (consecutive in the line), with its clues. */
        Occurrence occurrence(List<Integer> s, boolean firstInitial) {
            if (s.isEmpty()) {
                return null;
            }
            List<String> words = new ArrayList<>();
            for (int idx : s) {
                Token t = toks.get(idx);
                if (t.type() == Type.INITIAL && s.size() > 1) {
                    continue; // "Brian E. Nelson" and "Brian Nelson" are one name
                }
                if (!t.folded().isEmpty()) {
                    words.add(t.folded());
                }
            }
            if (words.isEmpty()) {
                return null;
            }
            Token first = toks.get(s.get(0));
            Token last = toks.get(s.get(s.size() - 1));
            boolean acronym = s.size() == 1 && isAcronym(first);
            Occurrence o =
                    new Occurrence(first.start(), last.end(), display(first.start(), last.end()), words, acronym);
            o.firstInitial = firstInitial;
            for (int idx : s) {
                Token t = toks.get(idx);
                o.acronymInside |= s.size() > 1 && t.type() == Type.WORD && t.isAllCaps();
            }
            if (firstInitial && s.size() > 1) {
                int t = 1;
                while (t < s.size() && connector(s.get(t))) {
                    t++;
                }
                if (t < s.size()) {
                    List<String> tail = new ArrayList<>();
                    for (int p = t; p < s.size(); p++) {
                        Token tok = toks.get(s.get(p));
                        if (tok.type() != Type.INITIAL && !tok.folded().isEmpty()) {
                            tail.add(tok.folded());
                        }
                    }
                    o.tailKey = String.join(" ", tail);
                    o.tailStart = toks.get(s.get(t)).start();
                }
            }
            clues(o, s.get(0), s.get(s.size() - 1));
            return o;
        }

        void clues(Occurrence o, int a, int b) {
            if (a > 0) {
                Token prev = toks.get(a - 1);
                if (prev.type() == Type.WORD
                        && Character.isLowerCase(prev.text().codePointAt(0))) {
                    o.role |= Lexicon.ROLES.contains(prev.folded());
                }
                o.place |= prev.type() == Type.WORD && Lexicon.PLACE_PREPOSITIONS.contains(prev.folded());
            }
            if (b + 1 < toks.size()) {
                Token next = toks.get(b + 1);
                if (next.type() == Type.WORD && Lexicon.ACTOR_VERBS.contains(next.folded())) {
                    o.actor = true;
                }
                if (next.type() == Type.WORD
                        && Character.isLowerCase(next.text().codePointAt(0))
                        && Lexicon.PLACE_NOUNS.contains(next.folded())) {
                    o.place = true;
                }
                if (next.type() == Type.WORD
                        && Lexicon.CONJUNCTIONS.contains(next.folded())
                        && b + 3 < toks.size()
                        && Lexicon.PLACE_NOUNS.contains(toks.get(b + 3).folded())) {
                    o.place = true; // "the Mopti and Segou regions"
                }
                if (next.is(",") && b + 2 < toks.size()) {
                    Token after = toks.get(b + 2);
                    if (after.type() == Type.NUMBER
                            && b + 3 < toks.size()
                            && toks.get(b + 3).is(",")
                            && after.text().length() <= 3) {
                        o.role = true; // "Eloise Parry, 21,"
                    } else if (after.folded().equals("who")) {
                        o.role = true;
                    } else if (Set.of("a", "an", "the").contains(after.folded())) {
                        for (int k = b + 3; k < Math.min(toks.size(), b + 7); k++) {
                            if (Lexicon.ROLES.contains(toks.get(k).folded())) {
                                o.role = true;
                                break;
                            }
                        }
                    }
                }
            }
        }

        /** Looks at neighbouring names for "Long Name (LN)", "LN (Long Name)" and "First 'Nick' Last". */
        void pairs() {
            inLine.sort(java.util.Comparator.comparingInt(o -> o.start));
            for (int i = 0; i + 1 < inLine.size(); i++) {
                Occurrence a = inLine.get(i);
                Occurrence b = inLine.get(i + 1);
                if (a.end > b.start) {
                    continue;
                }
                if (between(a.end, b.start, "(") && closedAfter(b.end)) {
                    if (b.nameWords() == 1 && a.nameWords() >= 2 && definable(b)) {
                        Occurrence longForm = longForm(a, b);
                        if (longForm != null) {
                            if (longForm != a) {
                                inLine.set(i, longForm);
                                Occurrence prefix = prefixOf(a, longForm.start);
                                if (prefix != null) {
                                    inLine.add(i, prefix);
                                    i++;
                                }
                            }
                            longForm.abbreviation = b.display;
                            links.add(new Link(b.mergeKey, longForm.mergeKey));
                        }
                    } else if (a.acronym && b.nameWords() >= 2 && initialsMatch(a.display, b.display) >= 0) {
                        b.abbreviation = a.display;
                        links.add(new Link(a.mergeKey, b.mergeKey));
                    }
                }
                String gap = text.substring(a.end, b.start).strip();
                if ((gap.equals(",") || gap.equals(", the"))
                        && a.acronym
                        && b.nameWords() >= 2
                        && initialsMatch(a.display, b.display) == 0) {
                    // "ECOWAS, the Economic Community of West African States,"
                    b.abbreviation = a.display;
                    links.add(new Link(a.mergeKey, b.mergeKey));
                }
                if (i + 2 < inLine.size()) {
                    Occurrence c = inLine.get(i + 2);
                    if (b.end <= c.start
                            && b.nameWords() == 1
                            && quoteBetween(a.end, b.start)
                            && quoteBetween(b.end, c.start)
                            && !a.acronym
                            && !c.acronym) {
                        List<String> words = new ArrayList<>(a.words);
                        words.addAll(c.words);
                        Occurrence whole = new Occurrence(a.start, c.end, a.display + " " + c.display, words, false);
                        whole.firstInitial = a.firstInitial;
                        whole.title = a.title || c.title;
                        whole.role = a.role || c.role;
                        whole.actor = c.actor;
                        inLine.set(i, whole);
                        inLine.remove(i + 2);
                        inLine.remove(i + 1); // the nickname inside is part of this occurrence, not another
                        links.add(new Link(b.mergeKey, whole.mergeKey));
                    }
                }
            }
        }

        /** The part of {@code a} before {@code cut}: "US Treasury" in "US Treasury Office of ... (OFAC)". */
        Occurrence prefixOf(Occurrence a, int cut) {
            List<Integer> idx = new ArrayList<>();
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                if (t.start() >= a.start && t.end() <= cut) {
                    idx.add(k);
                }
            }
            List<Integer> trimmed = trimConnectors(idx);
            if (trimmed.isEmpty() || meaningfulPrefix(trimmed).isEmpty()) {
                return null;
            }
            Occurrence o = occurrence(trimmed, a.firstInitial);
            if (o != null) {
                o.place = a.place;
                o.role = a.role;
            }
            return o;
        }

        /** An abbreviation candidate: an acronym, or one capitalised word of at most 12 letters. */
        boolean definable(Occurrence b) {
            return b.acronym || b.words.size() == 1 && b.display.length() <= 12;
        }

        /**
         * The long form an abbreviation stands for: the shortest tail of {@code a} whose letters it follows
         * (Schwartz and Hearst, 2003), or all of {@code a} when {@code a} names an organisation and shares
         * the abbreviation's first letter with one of its words ("Malian Armed Forces (FAMa)" is not, but
         * "National Fisheries and Aquaculture Service (Sernapesca)" is).
         */
        Occurrence longForm(Occurrence a, Occurrence b) {
            int at = initialsMatch(b.display, a.display);
            if (at == 0) {
                return a;
            }
            if (at > 0) {
                // the long form starts inside a: re-scan from the word at that offset
                int startChar = a.start + at;
                List<Integer> idx = new ArrayList<>();
                for (int k = 0; k < toks.size(); k++) {
                    Token t = toks.get(k);
                    if (t.start() >= startChar && t.end() <= a.end) {
                        idx.add(k);
                    }
                }
                List<Integer> trimmed = trimConnectors(idx);
                if (trimmed.size() >= 2 || trimmed.size() == 1 && b.acronym) {
                    Occurrence o = occurrence(trimmed, false);
                    if (o != null) {
                        o.role = a.role;
                        o.actor = a.actor;
                        return o;
                    }
                }
                return null;
            }
            if (Lexicon.ORGANISATION_WORDS.stream().anyMatch(a.words::contains)) {
                char first = Character.toLowerCase(ActorSuggester.key(b.display).charAt(0));
                for (String w : a.words) {
                    if (!Lexicon.CONNECTORS.contains(w) && w.charAt(0) == first) {
                        return a;
                    }
                }
            }
            return null;
        }

        boolean between(int from, int to, String punct) {
            String gap = text.substring(from, to).strip();
            return gap.equals(punct);
        }

        boolean closedAfter(int end) {
            int k = end;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            return k < text.length() && text.charAt(k) == ')';
        }

        boolean quoteBetween(int from, int to) {
            String gap = text.substring(from, to).strip();
            return gap.length() == 1 && "'\"‘’“”«»".indexOf(gap.charAt(0)) >= 0;
        }

        String display(int start, int end) {
            StringBuilder out = new StringBuilder(end - start);
            boolean space = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\u00AD') {
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    space = true;
                    continue;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
            return out.toString();
        }
    }

    /** A word that starts sentences; never an acronym ("US" is not "us", "S.A." is not "sa"). */
    static boolean isStarter(Token t) {
        return t.type() == Type.WORD && !t.isAllCaps() && Lexicon.SENTENCE_STARTERS.contains(t.folded());
    }

    static boolean isAcronym(Token t) {
        if (t.type() == Type.DOTTED) {
            return true;
        }
        if (t.type() != Type.WORD) {
            return false;
        }
        if (t.isAllCaps()) {
            return t.text().length() <= 8;
        }
        // "FAMa", "MINUSMAh": mostly capitals, starting with one
        int upper = 0;
        for (int i = 0; i < t.text().length(); i++) {
            upper += Character.isUpperCase(t.text().charAt(i)) ? 1 : 0;
        }
        return upper >= 2 && upper * 2 >= t.text().length() && t.text().length() <= 8;
    }

    /**
     * Schwartz and Hearst's test: every letter of the short form appears in the long form in order, read
     * from the end, and the first one starts a word. Returns the offset in {@code longForm} where the
     * matched long form starts, or -1.
     */
    static int initialsMatch(String shortForm, String longForm) {
        String s = ActorSuggester.key(shortForm).replace(" ", "");
        String l = ActorSuggester.key(longForm);
        if (s.length() < 2 || !Character.isLetter(s.charAt(0))) {
            return -1;
        }
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0
                    && (l.charAt(li) != c
                            || si == 0
                                    && (li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)) || connectorAt(l, li)))) {
                li--;
            }
            if (li < 0) {
                return -1;
            }
            li--;
            si--;
        }
        int startInKey = l.lastIndexOf(' ', li + 1) + 1;
        return charOffset(longForm, l, startInKey);
    }

    /** Whether the word starting at {@code i} of a folded text is a connector ("of" in "Office of ..."). */
    private static boolean connectorAt(String folded, int i) {
        int end = folded.indexOf(' ', i);
        return Lexicon.CONNECTORS.contains(folded.substring(i, end < 0 ? folded.length() : end));
    }

    /** Maps a word start in the folded key back to the display, by counting words. */
    private static int charOffset(String display, String key, int keyOffset) {
        int wordIndex = 0;
        for (int i = 0; i < keyOffset; i++) {
            if (key.charAt(i) == ' ') {
                wordIndex++;
            }
        }
        int w = 0;
        boolean inWord = false;
        for (int i = 0; i < display.length(); i++) {
            boolean letter = Character.isLetterOrDigit(display.charAt(i));
            if (letter && !inWord) {
                if (w == wordIndex) {
                    return i;
                }
                w++;
            }
            inWord = letter;
        }
        return -1;
    }
}
