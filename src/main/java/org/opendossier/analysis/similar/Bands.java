package org.opendossier.analysis.similar;

import java.util.Arrays;
import java.util.List;

/**
 * Locality-sensitive hashing by banding (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3):
 * the {@value MinHash#BINS} bins of a signature are cut into {@value #BANDS} bands of {@value #ROWS}; two
 * texts are a candidate pair when all the bins of at least one band agree. A pair with Jaccard similarity
 * {@code J} becomes a candidate with probability {@code 1 - (1 - J^2)^64}: 0.93 at 0.2, 0.9976 at 0.3, and
 * above 0.9999 from 0.4, while pairs with little in common rarely do (0.025 at 0.02). Each band is one sort
 * of a {@code long} per text, so no map of buckets is built.
 */
final class Bands {
    static final int ROWS = 2;
    static final int BANDS = MinHash.BINS / ROWS;

    /** Texts are numbered in the low bits of each sorted key; the band's hash fills the rest. */
    private static final int INDEX_BITS = 24;

    static final int MAX_TEXTS = 1 << INDEX_BITS;

    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private Bands() {}

    /** Receives each candidate pair as the positions of both texts in the list, lower first. */
    interface PairVisitor {
        void pair(int first, int second);
    }

    /**
     * Calls {@code visitor} for every candidate pair of non-empty signatures, once per band they share (so a
     * pair may come more than once).
     */
    static void candidates(List<Signature> signatures, PairVisitor visitor) {
        if (signatures.size() > MAX_TEXTS) {
            throw new IllegalArgumentException("Cannot search more than " + MAX_TEXTS
                    + " texts for copies at once, got " + signatures.size() + "; search them in parts.");
        }
        long[] keys = new long[signatures.size()];
        for (int band = 0; band < BANDS; band++) {
            int count = 0;
            for (int i = 0; i < signatures.size(); i++) {
                Signature s = signatures.get(i);
                if (!s.isEmpty()) {
                    keys[count++] = bandHash(s, band) << INDEX_BITS | i;
                }
            }
            Arrays.sort(keys, 0, count);
            int runStart = 0;
            for (int i = 1; i <= count; i++) {
                if (i == count || keys[i] >>> INDEX_BITS != keys[runStart] >>> INDEX_BITS) {
                    for (int a = runStart; a < i; a++) {
                        for (int b = a + 1; b < i; b++) {
                            visitor.pair((int) (keys[a] & INDEX_MASK), (int) (keys[b] & INDEX_MASK));
                        }
                    }
                    runStart = i;
                }
            }
        }
    }

    /** The band's bins hashed to 40 bits: a chance collision only costs one needless comparison. */
    private static long bandHash(Signature s, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x9E3779B97F4A7C15L + (s.bin(band * ROWS + r) & 0xFFFFFFFFL);
        }
        return MinHash.mix(h) >>> INDEX_BITS;
    }
}
