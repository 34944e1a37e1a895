package org.opendossier.analysis.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one definition of when two spellings are the same name. Folding a string:
 *
 * <ul>
 *   <li>decomposes it (Unicode NFKD, so ligatures, full-width and other compatibility forms become plain
 *       letters) and drops the combining marks, so accents do not count: {@code Goïta = Goita};
 *   <li>lower-cases each character on its own ({@link Character#toLowerCase(int)}, which is the same in every
 *       locale, like {@code Locale.ROOT}; a Greek final sigma folds like any sigma);
 *   <li>spells out the letters that have no decomposition: ø→o, ł→l, đ/ð→d, ħ→h, ŧ→t, ı→i, ß→ss, æ→ae,
 *       œ→oe, þ→th;
 *   <li>makes every apostrophe {@code '} (’ ‘ ʼ ′ ` ´) and every dash {@code -} (‐ ‑ ‒ – — ― − and the
 *       full-width and small forms);
 *   <li>turns every run of white space, line breaks included, into one space, and drops invisible format
 *       characters (soft hyphens, zero-width spaces and joiners, direction marks).
 * </ul>
 *
 * <p>{@link #key} folds a name for comparing names (alias de-duplication, remembered rejections);
 * {@link #fold} folds a whole text and remembers where each folded character came from, so a match found
 * in the folded text can be reported as a {@link org.opendossier.model.TextSpan} of the original text.
 *
 * <p>Folding looks at one character at a time, through a table built once for the Basic Multilingual Plane:
 * what a character folds to never depends on its neighbours, so a name folds the same way alone and inside
 * a text, and folding a whole article costs one table look-up per character.
 */
public final class NameFolding {
    /** A character that vanishes: invisible format characters. */
    private static final int DROP = -1;
    /** A character that vanishes into the one before it: combining marks (accents). */
    private static final int MARK = -2;
    /** White space: collapses with the white space around it into one space. */
    private static final int SPACE = -3;
    /** Half of a surrogate pair: folded as a whole code point, outside the table. */
    private static final int SURROGATE = -4;
    /** {@code EXPANDS - k} stands for {@code EXPANSIONS[k]}: a character that folds to several (ß, æ, ﬁ). */
    private static final int EXPANDS = -16;
    /** A control character that folds to itself; separates the characters of the table while it is built. */
    private static final char SEPARATOR = '\u0001';

    private static final int[] TABLE = new int[Character.MAX_VALUE + 1];
    private static final String[] EXPANSIONS;

    static {
        // One NFKD call over all the characters, each followed by a separator, rather than one call each: a
        // separator is a starter, so no reordering of marks crosses it, and nothing decomposes to it.
        StringBuilder all = new StringBuilder(2 * (Character.MAX_VALUE + 1));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && c != SEPARATOR && !foldsToItself(c)) {
                all.append((char) c);
            }
            all.append(SEPARATOR);
        }
        String decomposed = Normalizer.normalize(all, Normalizer.Form.NFKD);
        List<String> expansions = new ArrayList<>();
        int from = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int to = decomposed.indexOf(SEPARATOR, from);
            TABLE[c] = foldsToItself(c) ? c : code(c, decomposed.substring(from, to), expansions);
            from = to + 1;
        }
        EXPANSIONS = expansions.toArray(String[]::new);
    }

    /**
     * Blocks left as they are, which also keeps the table quick to build: CJK ideographs and Yijing symbols
     * (no case, no decomposition), Hangul syllables (kept whole: stored texts are NFC, so names and texts
     * both spell them composed) and private-use characters.
     */
    static boolean foldsToItself(int c) {
        return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xE000 && c <= 0xF8FF);
    }

    private NameFolding() {}

    /**
     * The folded form of a name, without leading or trailing space: two names are the same name exactly when
     * their keys are equal ({@code "Col.  Assimi Goïta"} and {@code "col. assimi goita"}).
     */
    public static String key(String name) {
        Objects.requireNonNull(name, "name");
        return fold(name).text().strip();
    }

    /** Folds a text, remembering for every folded character where it came from in {@code text}. */
    public static FoldedText fold(String text) {
        Objects.requireNonNull(text, "text");
        Builder out = new Builder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int code = TABLE[c];
            if (code >= 0) {
                out.put((char) code, i, i + 1);
            } else if (code == SPACE) {
                out.put(' ', i, i + 1);
            } else if (code == MARK) {
                out.extendLast(i + 1);
            } else if (code <= EXPANDS) {
                String expansion = EXPANSIONS[EXPANDS - code];
                for (int k = 0; k < expansion.length(); k++) {
                    out.put(expansion.charAt(k), i, i + 1);
                }
            } else if (code == SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    foldSupplementary(cp, i, out);
                    i++;
                } else {
                    out.put(c, i, i + 1); // a lone surrogate stays as it is
                }
            }
            // DROP: nothing
        }
        return out.build(text);
    }

    /**
     * Whether a code point belongs to a word: letters, digits and the marks that attach to them. A name
     * matches only where no such character touches it on either side.
     */
    public static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Emoji, CJK extensions and the like fold to themselves; mathematical and enclosed letters do not. */
    private static void foldSupplementary(int cp, int i, Builder out) {
        if (isMark(cp)) {
            out.extendLast(i + 2);
        } else if (Character.isIdeographic(cp)) {
            out.put(Character.highSurrogate(cp), i, i + 2);
            out.put(Character.lowSurrogate(cp), i, i + 2);
        } else if (Character.getType(cp) != Character.FORMAT) {
            String folded = foldSlow(cp);
            for (int k = 0; k < folded.length(); k++) {
                out.put(folded.charAt(k), i, i + 2);
            }
        }
    }

    private static int code(int c, String decomposed, List<String> expansions) {
        if (c == SEPARATOR) {
            return c;
        }
        if (Character.isSurrogate((char) c)) {
            return SURROGATE;
        }
        if (isMark(c)) {
            return MARK;
        }
        if (isSpace(c)) {
            return SPACE;
        }
        if (Character.getType(c) == Character.FORMAT) {
            return DROP;
        }
        int unified = unify(c);
        if (unified != c) {
            return unified;
        }
        String folded;
        if (decomposed.length() == 1 && decomposed.charAt(0) == c) {
            // Most characters do not decompose; spare them the general path while the class loads.
            int lower = Character.toLowerCase(c);
            folded = spelledOut(lower);
            if (folded == null) {
                return lower <= Character.MAX_VALUE
                        ? lower
                        : expansion(new String(Character.toChars(lower)), expansions);
            }
        } else {
            folded = fold(c, decomposed);
        }
        if (folded.isEmpty()) {
            return DROP;
        }
        if (folded.length() == 1) {
            return folded.charAt(0) == ' ' ? SPACE : folded.charAt(0);
        }
        return expansion(folded, expansions);
    }

    private static int expansion(String folded, List<String> expansions) {
        expansions.add(folded);
        return EXPANDS - (expansions.size() - 1);
    }

    /**
     * The folding of one code point that is neither a mark, nor white space, nor a format character, with a
     * Unicode normalisation of its own: what the table holds for the Basic Multilingual Plane.
     */
    static String foldSlow(int cp) {
        return fold(cp, Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD));
    }

    private static String fold(int cp, String decomposed) {
        int unified = unify(cp);
        if (unified != cp) {
            return String.valueOf((char) unified);
        }
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); ) {
            int x = decomposed.codePointAt(k);
            k += Character.charCount(x);
            if (isMark(x) || Character.getType(x) == Character.FORMAT) {
                continue;
            }
            if (isSpace(x)) {
                sb.append(' ');
                continue;
            }
            int lower = Character.toLowerCase(unify(x));
            String spelled = spelledOut(lower);
            if (spelled != null) {
                sb.append(spelled);
            } else {
                sb.appendCodePoint(lower);
            }
        }
        return sb.toString();
    }

    /** Letters that Unicode does not decompose but that readers take for plain Latin letters. */
    private static String spelledOut(int lower) {
        return switch (lower) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ς' -> "σ";
            default -> null;
        };
    }

    /** Every apostrophe-like character to {@code '}, every dash to {@code -}. */
    private static int unify(int cp) {
        return switch (cp) {
            case '\u2019', '\u2018', '\u201B', '\u02BC', '\u2032', '`', '\u00B4', '\uFF07' -> '\'';
            case '\u2010',
                    '\u2011',
                    '\u2012',
                    '\u2013',
                    '\u2014',
                    '\u2015',
                    '\u2043',
                    '\u2212',
                    '\u2E3A',
                    '\u2E3B',
                    '\uFE58',
                    '\uFE63',
                    '\uFF0D' -> '-';
            default -> cp;
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u0085';
    }

    /** Collects folded characters with where each came from; runs of spaces become one. */
    private static final class Builder {
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int length;

        Builder(int capacity) {
            int c = capacity + (capacity >> 4) + 8;
            chars = new char[c];
            starts = new int[c];
            ends = new int[c];
        }

        void put(char f, int start, int end) {
            if (f == ' ' && length > 0 && chars[length - 1] == ' ') {
                ends[length - 1] = end;
                return;
            }
            if (length == chars.length) {
                int c = length * 2;
                chars = Arrays.copyOf(chars, c);
                starts = Arrays.copyOf(starts, c);
                ends = Arrays.copyOf(ends, c);
            }
            chars[length] = f;
            starts[length] = start;
            ends[length] = end;
            length++;
        }

        /** A combining mark belongs to the character before it. */
        void extendLast(int end) {
            if (length > 0) {
                ends[length - 1] = end;
            }
        }

        FoldedText build(String original) {
            return new FoldedText(original, chars, starts, ends, length);
        }
    }
}
