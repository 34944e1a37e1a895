package org.opendossier.analysis.similar;

import java.util.Arrays;

/**
 * The MinHash signature of one text ({@link MinHash#of}): {@value MinHash#BINS} small numbers that stand for
 * the text's set of word shingles, and the size of that set. Two signatures estimate how much two texts share
 * without the texts; a signature is about 0.5 KB, so a whole case's fit in memory. Immutable.
 */
public final class Signature {
    private final int[] mins;
    private final int shingles;

    Signature(int[] mins, int shingles) {
        this.mins = mins;
        this.shingles = shingles;
    }

    /** How many distinct shingles the text has. */
    public int shingles() {
        return shingles;
    }

    /** A text without a single word: similar to nothing, not even to another empty text. */
    public boolean isEmpty() {
        return shingles == 0;
    }

    /**
     * The estimated Jaccard similarity of the two texts' shingle sets, {@code |A ∩ B| / |A ∪ B|}: the share of
     * bins that agree. Its standard error is {@code sqrt(J (1 - J) / 128)}, at most 0.044. Zero when either
     * text is empty.
     */
    public double jaccard(Signature other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < mins.length; i++) {
            if (mins[i] == other.mins[i]) {
                same++;
            }
        }
        return same / (double) mins.length;
    }

    /**
     * The estimated share of the smaller text's shingles that the larger one also has, {@code |A ∩ B| /
     * min(|A|, |B|)}, worked out from the Jaccard estimate and both set sizes: 1 for a copy cut short, whatever
     * the length of the rest. Noisier than {@link #jaccard} when the sizes differ much, which is why {@link
     * NearDuplicates} trusts it only for texts of comparable length.
     */
    public double containment(Signature other) {
        double j = jaccard(other);
        if (j == 0) {
            return 0;
        }
        double shared = j / (1 + j) * (shingles + (double) other.shingles);
        return Math.min(1, shared / Math.min(shingles, other.shingles));
    }

    /** The value of bin {@code i}, for the banding that finds candidate pairs. */
    int bin(int i) {
        return mins[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mins) + shingles;
    }

    @Override
    public String toString() {
        return "Signature[" + shingles + " shingles]";
    }
}
