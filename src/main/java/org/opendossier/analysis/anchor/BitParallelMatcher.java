package org.opendossier.analysis.anchor;

import java.util.Arrays;

/**
 * One pattern, prepared for G. Myers' bit-vector algorithm for approximate string matching ("A fast
 * bit-vector algorithm for approximate string matching based on dynamic programming", J. ACM 46(3), 1999):
 * the edit-distance table of the pattern against a text is computed one text character at a time, 64 rows
 * of the pattern per {@code long}, and only for the blocks of rows whose values can still be within the
 * error limit (the paper's block-based algorithm). The cost is about {@code n * k / 64} word operations for a
 * text of {@code n} characters and {@code k} errors allowed, which is what makes a fuzzy search of a quote of
 * thousands of characters over a text of a megabyte affordable.
 *
 * <p>Characters are Java {@code char}s (UTF-16 code units), so a changed emoji counts as two errors. The
 * object is immutable once built and can scan any number of texts from many threads; each scan has its own
 * working arrays.
 */
final class BitParallelMatcher {
    private static final int WORD = 64;

    /** What a scan reports: every text position where the pattern ends with at most the current limit. */
    interface Ends {
        /**
         * The pattern matches the text ending just before {@code end} with {@code errors} edits. Returns the
         * error limit for the rest of the scan: lowering it skips work when only the best matches matter.
         */
        int found(int end, int errors);
    }

    private final int length;
    private final int blocks;
    private final int lastRows;
    /** The row of each character below 256, the common case, without hashing. */
    private final int[] latin = new int[256];

    private final char[] keys;
    private final int[] rows;
    private final int mask;
    /** Row r of {@code blocks} words: bit i of word b is set where pattern[64 b + i] is the row's char. */
    private final long[] equal;

    BitParallelMatcher(CharSequence pattern) {
        length = pattern.length();
        if (length == 0) {
            throw new IllegalArgumentException("cannot search for an empty pattern");
        }
        blocks = (length + WORD - 1) / WORD;
        lastRows = length - (blocks - 1) * WORD;
        // Open addressing, at most half full: a pattern has at most 65,536 distinct characters.
        int slots = Math.min(Integer.highestOneBit(Math.max(2, length) * 2 - 1) * 2, 1 << 17);
        keys = new char[slots];
        rows = new int[slots];
        Arrays.fill(rows, -1);
        mask = slots - 1;
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (rowOf(c) == 0) {
                distinct++;
                insert(c, distinct);
            }
        }
        for (char c = 0; c < latin.length; c++) {
            latin[c] = rowOf(c);
        }
        equal = new long[(distinct + 1) * blocks];
        for (int i = 0; i < length; i++) {
            equal[rowOf(pattern.charAt(i)) * blocks + i / WORD] |= 1L << (i % WORD);
        }
    }

    int length() {
        return length;
    }

    /**
     * Scans {@code text[from, to)} with the pattern free to start anywhere, reporting every end whose edit
     * distance to the pattern is at most the limit (initially {@code maxErrors}, then whatever {@code ends}
     * returns). With {@code anchored} the pattern must instead start at {@code from}: each report is then the
     * edit distance between the pattern and {@code text[from, end)}.
     */
    void scan(CharSequence text, int from, int to, int maxErrors, boolean anchored, Ends ends) {
        int limit = Math.min(maxErrors, length);
        if (limit < 0) {
            return;
        }
        long[] plus = new long[blocks];
        long[] minus = new long[blocks];
        int[] score = new int[blocks];
        int top = blocks - 1;
        // The last block that can hold a value within the limit; the ones below start unknown ("large").
        int active = Math.max(0, (limit + WORD - 1) / WORD - 1);
        for (int b = 0; b <= active; b++) {
            plus[b] = -1L;
            score[b] = b == top ? length : (b + 1) * WORD;
        }
        // The top row of the table: 0 everywhere when the match may start anywhere, the column number when
        // it must start at `from`, so each column adds one to it.
        int topDelta = anchored ? 1 : 0;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            int base = (c < 256 ? latin[c] : rowOf(c)) * blocks;
            int carry = topDelta;
            for (int b = 0; b <= active; b++) {
                carry = advance(plus, minus, b, equal[base + b], carry);
                score[b] += carry;
            }
            if (active < top && score[active] - carry <= limit && ((equal[base + active + 1] & 1L) != 0 || carry < 0)) {
                // The block below may now hold values within the limit: start it from the block above.
                active++;
                plus[active] = -1L;
                minus[active] = 0L;
                int rowsInBlock = active == top ? lastRows : WORD;
                score[active] = score[active - 1]
                        + rowsInBlock
                        - carry
                        + advance(plus, minus, active, equal[base + active], carry);
            } else {
                // A block whose last row is at least `limit + 64` has no value within the limit.
                while (active > 0 && score[active] >= limit + WORD) {
                    active--;
                }
            }
            if (active == top && score[top] <= limit) {
                limit = Math.min(limit, ends.found(j + 1, score[top]));
            }
        }
    }

    /** The fewest edits that turn the pattern into some part of {@code text[from, to)}, or the length. */
    int fewestErrors(CharSequence text, int from, int to) {
        int[] best = {length};
        scan(text, from, to, length, false, (end, errors) -> {
            best[0] = Math.min(best[0], errors);
            return best[0];
        });
        return best[0];
    }

    /**
     * One column of one block (Myers 1999, figure 9's advance_block): from the vertical deltas of the
     * previous column and the horizontal delta entering at the top (-1, 0 or +1), the vertical deltas of this
     * column and the horizontal delta leaving at the bottom. Without branches, as Šošić (2014) suggests:
     * which way a delta goes depends on the text, so a branch on it is mispredicted half the time.
     */
    private int advance(long[] plus, long[] minus, int b, long eq, int carryIn) {
        long pv = plus[b];
        long mv = minus[b];
        long negative = carryIn >>> 31;
        long positive = (-carryIn) >>> 31;
        long xv = eq | mv;
        eq |= negative;
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        int bottom = b == blocks - 1 ? lastRows - 1 : WORD - 1;
        int carryOut = (int) ((ph >>> bottom) & 1L) - (int) ((mh >>> bottom) & 1L);
        ph = (ph << 1) | positive;
        mh = (mh << 1) | negative;
        plus[b] = mh | ~(xv | ph);
        minus[b] = ph & xv;
        return carryOut;
    }

    /** The row of {@link #equal} for a character; 0, all clear, for a character not in the pattern. */
    private int rowOf(char c) {
        int slot = (c * 0x9E3779B1 >>> 16) & mask;
        while (true) {
            int row = rows[slot];
            if (row < 0) {
                return 0;
            }
            if (keys[slot] == c) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void insert(char c, int row) {
        int slot = (c * 0x9E3779B1 >>> 16) & mask;
        while (rows[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = c;
        rows[slot] = row;
    }
}
