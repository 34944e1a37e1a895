package org.opendossier.analysis.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void caseAccentsPunctuationAndSpacingDoNotChangeTheSignature() {
        Signature a = MinHash.of("Carla Moura’s barge left berth 7, at night; nobody saw it.");
        Signature b = MinHash.of("CARLA  MOURA'S barge\nleft berth 7 at night -- nobody saw it");

        assertThat(a).isEqualTo(b);
        assertThat(a.jaccard(b)).isEqualTo(1.0);
        assertThat(MinHash.of("Goïta said so again today")).isEqualTo(MinHash.of("Goita said so again today"));
    }

    @Test
    void shinglesAreRunsOfFiveWordsAndAShortTextIsOne() {
        assertThat(MinHash.of("one two three four five").shingles()).isEqualTo(1);
        assertThat(MinHash.of("one two three four five six seven").shingles()).isEqualTo(3);
        assertThat(MinHash.of("only three words").shingles()).isEqualTo(1);
        // a repeated run counts once
        assertThat(MinHash.of("a b c d e a b c d e").shingles()).isEqualTo(5);
    }

    @Test
    void anEmptyTextIsLikeNothingElse() {
        Signature empty = MinHash.of(" \n ,;- ");

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.jaccard(MinHash.of(""))).isZero();
        assertThat(empty.jaccard(MinHash.of(Stories.WIRE))).isZero();
        assertThat(empty.containment(MinHash.of(Stories.WIRE))).isZero();
    }

    @Test
    void theEstimateFollowsTheExactJaccardOfTheShingleSets() {
        long seed = 20261122L;
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            String common = Stories.filler(random.nextLong(), 50 + random.nextInt(400));
            String a = Stories.filler(random.nextLong(), random.nextInt(300)) + "\n" + common;
            String b = common + "\n" + Stories.filler(random.nextLong(), random.nextInt(300));
            double exact = exactJaccard(a, b);
            // four standard errors of a 128-bin estimate
            double tolerance = 4 * Math.sqrt(exact * (1 - exact) / MinHash.BINS) + 0.01;

            assertThat(MinHash.of(a).jaccard(MinHash.of(b)))
                    .as("seed %d, round %d", seed, round)
                    .isCloseTo(exact, within(tolerance));
        }
    }

    @Test
    void containmentSeesACopyCutShort() {
        Signature whole = MinHash.of(Stories.WIRE);
        Signature cut = MinHash.of(Stories.WIRE.substring(0, Stories.WIRE.length() / 2));

        assertThat(whole.jaccard(cut)).isLessThan(0.7);
        assertThat(whole.containment(cut)).isGreaterThan(0.85);
        assertThat(cut.containment(whole)).isEqualTo(whole.containment(cut));
    }

    /** The shingle sets computed the plain way, to check the estimate against. */
    private static double exactJaccard(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    private static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE_WORDS <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + MinHash.SHINGLE_WORDS)));
        }
        return out;
    }
}
