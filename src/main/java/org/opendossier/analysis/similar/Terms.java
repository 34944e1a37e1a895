package org.opendossier.analysis.similar;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opendossier.analysis.names.NameFolding;

/**
 * What a stretch of text says, as keys that another text saying the same thing would share: content words
 * (not {@link StopWords}, {@link Stems stemmed}), quantities ({@link Numbers}), years, and months by their
 * number whatever the language.
 */
final class Terms {
    private Terms() {}

    /** What kind of fact a term is; also the order in which shared terms are listed for a person. */
    enum Kind {
        NUMBER,
        ACTOR,
        DATE,
        WORD
    }

    /** A key to compare, and how the text wrote it. */
    record Term(String key, Kind kind, String display) {}

    /** The terms of a stretch, each once (as first written), and how many content words it has. */
    record Extract(Map<String, Term> terms, int length) {}

    /** Month names that are also common words or names ("may", "march", the planet "mars", "Marco"). */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mars", "august", "marco");

    private static final Set<String> SHORT_MONTHS =
            Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final String MONTHS_BY_ABBREVIATION = "janfebmaraprmayjunjulaugsepoctnovdec";

    private static final Map<String, Integer> MONTHS = months();

    /** The terms of tokens {@code [from, to)} of {@code text}. */
    static Extract of(String text, List<Token> tokens, int from, int to) {
        Map<String, Term> terms = new LinkedHashMap<>();
        int length = 0;
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            Numbers.Reading number = Numbers.read(tokens.subList(i, to), 0);
            if (number != null) {
                Token last = tokens.get(i + number.words() - 1);
                String written = text.substring(t.start(), last.end());
                if (isYear(t, number)) {
                    terms.putIfAbsent("y:" + t.folded(), new Term("y:" + t.folded(), Kind.DATE, written));
                } else {
                    String key = "n:" + number.canonical();
                    terms.putIfAbsent(key, new Term(key, Kind.NUMBER, written));
                }
                length++;
                i += number.words();
                continue;
            }
            Integer month = month(tokens, i, from, to);
            if (month != null) {
                String key = "m:" + month;
                terms.putIfAbsent(key, new Term(key, Kind.DATE, text.substring(t.start(), t.end())));
                length++;
            } else if (isContent(t.folded())) {
                String key = "w:" + Stems.of(t.folded());
                terms.putIfAbsent(key, new Term(key, Kind.WORD, text.substring(t.start(), t.end())));
                length++;
            }
            i++;
        }
        return new Extract(terms, length);
    }

    /** Whether a folded word can carry meaning: two letters at least and not a {@link StopWords stop word}. */
    static boolean isContent(String folded) {
        return folded.length() >= 2 && !StopWords.contains(folded);
    }

    private static boolean isYear(Token t, Numbers.Reading number) {
        if (number.words() != 1 || t.folded().length() != 4 || !t.digits()) {
            return false;
        }
        int year = number.value().intValue();
        return year >= 1900 && year <= 2099;
    }

    /**
     * The month token {@code i} names, or {@code null}. A name that is also a common word ("may") or an
     * abbreviation counts only with a number written in digits (a day or a year) within two words.
     */
    private static Integer month(List<Token> tokens, int i, int from, int to) {
        String w = tokens.get(i).folded();
        Integer month = MONTHS.get(w);
        if (month == null) {
            return null;
        }
        if (!AMBIGUOUS_MONTHS.contains(w) && !SHORT_MONTHS.contains(w)) {
            return month;
        }
        for (int k = Math.max(from, i - 2); k < Math.min(to, i + 3); k++) {
            if (k != i && tokens.get(k).digits()) {
                return month;
            }
        }
        return null;
    }

    /** Month names in the languages of news this tool reads most, from the JDK's own locale data. */
    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        List<Locale> languages =
                List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN, Locale.of("es"), Locale.of("pt"));
        for (Month m : Month.values()) {
            for (Locale language : languages) {
                out.putIfAbsent(NameFolding.key(m.getDisplayName(TextStyle.FULL, language)), m.getValue());
            }
        }
        for (String abbreviation : SHORT_MONTHS) {
            out.putIfAbsent(abbreviation, MONTHS_BY_ABBREVIATION.indexOf(abbreviation.substring(0, 3)) / 3 + 1);
        }
        return Map.copyOf(out);
    }
}
