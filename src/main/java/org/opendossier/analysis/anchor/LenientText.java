package org.opendossier.analysis.anchor;

import java.util.Arrays;
import org.opendossier.model.TextSpan;

/**
 * A text as someone retyping a quote from it would see it, with the way back to the original: every run of
 * white space (line breaks, no-break and thin spaces included) is one space; typographic double quotes
 * ({@code “ ” „ ‟ ″ ＂}) are {@code "}, apostrophes and single quotes ({@code ‘ ’ ‚ ‛ ′ ʼ ＇}) are
 * {@code '}, dashes and the minus sign ({@code ‐ ‑ ‒ – — ― − ﹣ －}) are {@code -}, the ellipsis {@code …}
 * is {@code ...}; invisible characters (soft hyphen, zero-width space and joiners, word joiner, byte-order
 * mark) are dropped. Case, accents and everything else are kept: a quote is the source's own words.
 *
 * <p>This is deliberately narrower than {@code analysis.names.NameFolding}, which also folds case and
 * accents because a name is the same name in any case; a quote in another case is a different quote.
 */
final class LenientText {
    /** What an invisible character folds to. */
    private static final int DROP = -1;
    /** What {@code …} folds to: three full stops. */
    private static final int ELLIPSIS = -2;

    private final String folded;
    private final int[] starts;
    private final int[] ends;

    private LenientText(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    static LenientText of(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n + 16);
        int[] starts = new int[n + 16];
        int[] ends = new int[n + 16];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int as = fold(text.charAt(i));
            if (as == DROP) {
                continue;
            }
            if (as == ' ' && length > 0 && out.charAt(length - 1) == ' ') {
                ends[length - 1] = i + 1; // the run of white space grows
                continue;
            }
            int count = as == ELLIPSIS ? 3 : 1;
            if (length + count > starts.length) {
                starts = Arrays.copyOf(starts, 2 * (length + count));
                ends = Arrays.copyOf(ends, 2 * (length + count));
            }
            for (int k = 0; k < count; k++) {
                out.append(as == ELLIPSIS ? '.' : (char) as);
                starts[length] = i;
                ends[length] = i + 1;
                length++;
            }
        }
        return new LenientText(out.toString(), starts, ends);
    }

    /** What one character becomes: itself, its ASCII form, three full stops, or nothing. */
    private static int fold(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\uFF02' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\uFF07' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> '-';
            case '\u2026' -> ELLIPSIS;
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> DROP;
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        };
    }

    String text() {
        return folded;
    }

    /** The stretch of the original text that {@code [start, end)} of the folded text came from. */
    TextSpan originalSpan(int start, int end) {
        return new TextSpan(starts[start], ends[end - 1]);
    }
}
