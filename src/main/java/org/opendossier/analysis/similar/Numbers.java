package org.opendossier.analysis.similar;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the quantities a passage states, so that "500", "five hundred" and "0.5 thousand" are one fact, and
 * "1,000", "1.000" and "one thousand" another. Digits with separators: a {@code ,} or {@code .} followed by
 * exactly three digits groups thousands, any other is the decimal point ("3,5" and "3.5" are both 3.5). A
 * multiplier word may follow ("1.2 million", "4 bn"). Number words are read in English only.
 */
final class Numbers {
    private Numbers() {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** Words that multiply the number before them; "hundred" multiplies only what is not yet multiplied. */
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
            Map.entry("hundred", BigDecimal.valueOf(100)),
            Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("thousands", BigDecimal.valueOf(1_000)),
            Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("millions", BigDecimal.valueOf(1_000_000)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000)),
            Map.entry("millones", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("billions", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("milliard", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("milliards", BigDecimal.valueOf(1_000_000_000)));

    /** A number read from some words: its value and how many words it took. */
    record Reading(BigDecimal value, int words) {
        /** The value written plainly, the same way whatever spelling it came from: "1200000", "2.5". */
        String canonical() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * The number that starts at word {@code from} of {@code words} (folded words, digits marked), or {@code
     * null} when none does.
     */
    static Reading read(java.util.List<Token> words, int from) {
        Token first = words.get(from);
        if (first.digits()) {
            BigDecimal value = digits(first.folded());
            if (value == null) {
                return null;
            }
            if (from + 1 < words.size()) {
                BigDecimal times = MULTIPLIERS.get(words.get(from + 1).folded());
                if (times != null && !words.get(from + 1).folded().equals("hundred")) {
                    return new Reading(value.multiply(times), 2);
                }
            }
            return new Reading(value, 1);
        }
        return spelled(words, from);
    }

    /** Digits with separators, or {@code null} when they do not read as one number ("1.2.3"). */
    static BigDecimal digits(String s) {
        StringBuilder plain = new StringBuilder(s.length());
        boolean decimal = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || c == '.') {
                int run = 0;
                while (i + 1 + run < s.length() && Character.isDigit(s.charAt(i + 1 + run))) {
                    run++;
                }
                boolean grouping = run == 3;
                if (!grouping) {
                    if (decimal) {
                        return null;
                    }
                    decimal = true;
                    plain.append('.');
                }
            } else if (Character.isDigit(c)) {
                plain.append(Character.forDigit(Character.digit(c, 10), 10));
            } else {
                return null;
            }
            i++;
        }
        return plain.isEmpty() ? null : new BigDecimal(plain.toString());
    }

    /** "five hundred", "twenty-five", "two thousand and twelve", "a million" is not read (no digit, no unit). */
    private static Reading spelled(java.util.List<Token> words, int from) {
        long total = 0;
        long current = 0;
        int used = 0;
        boolean any = false;
        int i = from;
        while (i < words.size()) {
            String w = words.get(i).folded();
            Integer unit = UNITS.get(w);
            BigDecimal times = MULTIPLIERS.get(w);
            if (unit != null) {
                current += unit;
            } else if (times != null && any) {
                if (w.equals("hundred")) {
                    current *= 100;
                } else {
                    total += Math.max(current, 1) * times.longValueExact();
                    current = 0;
                }
            } else if (w.equals("and")
                    && any
                    && i + 1 < words.size()
                    && UNITS.containsKey(words.get(i + 1).folded())) {
                i++;
                continue;
            } else {
                break;
            }
            any = true;
            i++;
            used = i - from;
        }
        return any ? new Reading(BigDecimal.valueOf(total + current), used) : null;
    }
}
