package org.opendossier.analysis.similar;

/**
 * The words of a text folded by {@link org.opendossier.analysis.names.NameFolding}: runs of letters and digits.
 * A number keeps its separators ("1,000", "2.5") when a digit follows them; every other character
 * (apostrophes, dashes, punctuation, white space) separates words, and each CJK ideograph is a word of its
 * own, since those scripts put no space between words. Shingling and the evidence finder both read a text
 * through this one definition.
 */
final class Words {
    private Words() {}

    /** Receives each word as its {@code [start, end)} in the folded text. */
    interface Visitor {
        void word(int start, int end, boolean number);
    }

    static void scan(String folded, Visitor visitor) {
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (isIdeograph(c)) {
                visitor.word(i, i + 1, false);
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                boolean digitsOnly = true;
                while (i < n) {
                    char d = folded.charAt(i);
                    if (isWordChar(d) && !isIdeograph(d)) {
                        digitsOnly &= d >= '0' && d <= '9' || d >= 128 && Character.isDigit(d);
                        i++;
                    } else if ((d == ',' || d == '.')
                            && digitsOnly
                            && i + 1 < n
                            && Character.isDigit(folded.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                visitor.word(start, i, digitsOnly);
            } else {
                i++;
            }
        }
    }

    /** Letters and digits; the ASCII ones without a table look-up, since they are most of most texts. */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    /** CJK ideographs start at the CJK radicals, U+2E80. */
    private static boolean isIdeograph(char c) {
        return c >= '\u2E80' && Character.isIdeographic(c);
    }
}
