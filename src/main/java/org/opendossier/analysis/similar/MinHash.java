package org.opendossier.analysis.similar;

import java.util.Objects;
import org.opendossier.analysis.names.NameFolding;

/**
 * Computes the {@link Signature} of a text, so that copies of one story can be told from different stories
 * without comparing the texts themselves (decision record 0014).
 *
 * <p>The text is folded ({@link NameFolding}: case, accents, apostrophes and dashes aside), cut into {@link
 * Words}, and every run of {@value #SHINGLE_WORDS} consecutive words is one shingle; a text of fewer words is
 * one shingle. Each shingle is hashed once to 64 bits and the signature is built by one-permutation hashing
 * (Li, Owen and Zhang 2012): the top 7 bits pick one of {@value #BINS} bins, and each bin keeps the least of
 * the low 32 bits that fall in it. A bin that no shingle reached, which happens mostly in short texts, takes the
 * value of another bin chosen by a fixed hash of its number and an attempt counter ("optimal densification",
 * Shrivastava 2017), so that two texts fill their empty bins the same way. One hash per shingle instead of 128
 * makes a signature cost about as much as reading the text.
 *
 * <p>All parameters are fixed: signatures are only comparable with signatures made the same way.
 */
public final class MinHash {
    /** Words in one shingle. */
    public static final int SHINGLE_WORDS = 5;
    /** Bins in a signature. */
    public static final int BINS = 128;

    private static final int BIN_SHIFT = 64 - Integer.numberOfTrailingZeros(BINS);
    private static final long TOKEN_SEED = 0x6A09E667F3BCC908L;
    private static final long SHINGLE_STEP = 0x9E3779B97F4A7C15L;
    private static final long DENSIFY_SEED = 0xBB67AE8584CAA73BL;

    private MinHash() {}

    /** The signature of a text: of the words in it, whatever the white space and punctuation between them. */
    public static Signature of(String text) {
        Objects.requireNonNull(text, "text");
        String folded = NameFolding.fold(text).text();
        Builder builder = new Builder(folded.length());
        Words.scan(folded, (start, end, number) -> builder.word(wordHash(folded, start, end)));
        return builder.finish();
    }

    /** FNV-1a over the word's characters, then mixed so that every bit depends on every character. */
    private static long wordHash(String folded, int start, int end) {
        long h = TOKEN_SEED;
        for (int i = start; i < end; i++) {
            h ^= folded.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3: a bijection on 64 bits that spreads every input bit over all outputs. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85A53L;
        h ^= h >>> 33;
        return h;
    }

    /** Gathers one text's shingles into bins and counts the distinct ones. */
    private static final class Builder {
        private final long[] window = new long[SHINGLE_WORDS];
        private final int[] mins = new int[BINS];
        private final boolean[] filled = new boolean[BINS];
        /** Where the next word goes in {@link #window}, which holds the last words in a ring. */
        private int next;

        private long words;
        private long[] seen;
        private int distinct;

        Builder(int textLength) {
            // about one word per six characters; the table grows if a text has more
            seen = new long[Integer.highestOneBit(Math.max(64, textLength / 3)) * 2];
        }

        void word(long hash) {
            window[next] = hash;
            next = next + 1 == SHINGLE_WORDS ? 0 : next + 1;
            words++;
            if (words >= SHINGLE_WORDS) {
                shingle(SHINGLE_WORDS);
            }
        }

        /** The last {@code count} words, oldest first, as one shingle. */
        private void shingle(int count) {
            long h = 0;
            int k = next - count < 0 ? next - count + SHINGLE_WORDS : next - count;
            for (int done = 0; done < count; done++) {
                h = h * SHINGLE_STEP + window[k];
                k = k + 1 == SHINGLE_WORDS ? 0 : k + 1;
            }
            h = mix(h);
            if (!addDistinct(h)) {
                return;
            }
            int bin = (int) (h >>> BIN_SHIFT);
            int value = (int) h;
            if (!filled[bin] || Integer.compareUnsigned(value, mins[bin]) < 0) {
                mins[bin] = value;
                filled[bin] = true;
            }
        }

        /** Adds to an open-addressing set of shingle hashes; whether it was new. */
        private boolean addDistinct(long h) {
            long key = h == 0 ? 1 : h;
            int mask = seen.length - 1;
            int i = (int) key & mask;
            while (seen[i] != 0) {
                if (seen[i] == key) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            seen[i] = key;
            distinct++;
            if (distinct * 2 > seen.length) {
                grow();
            }
            return true;
        }

        private void grow() {
            long[] old = seen;
            seen = new long[old.length * 2];
            int mask = seen.length - 1;
            for (long key : old) {
                if (key != 0) {
                    int i = (int) key & mask;
                    while (seen[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    seen[i] = key;
                }
            }
        }

        Signature finish() {
            if (words > 0 && words < SHINGLE_WORDS) {
                shingle((int) words);
            }
            if (distinct == 0) {
                return new Signature(new int[BINS], 0);
            }
            int[] out = mins.clone();
            for (int bin = 0; bin < BINS; bin++) {
                if (!filled[bin]) {
                    out[bin] = mins[donor(bin)];
                }
            }
            return new Signature(out, distinct);
        }

        /** The filled bin that an empty one copies: the first filled one in its own fixed sequence of bins. */
        private int donor(int bin) {
            for (long attempt = 1; ; attempt++) {
                int candidate = (int) (mix(DENSIFY_SEED ^ ((long) bin << 32 | attempt)) >>> BIN_SHIFT);
                if (filled[candidate]) {
                    return candidate;
                }
            }
        }
    }
}
