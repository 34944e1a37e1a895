package org.opendossier.analysis.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Myers' bit-vector matcher and the search built on it against the textbook dynamic programme, on random
 * patterns of one to four 64-bit blocks (the block edges, 64 and 128, included) over small alphabets, so
 * that matches with every number of errors occur.
 */
class BitParallelMatcherTest {
    private static final long SEED = Long.getLong("anchor.seed", 20261122L);

    /** The last row of the edit-distance table: free start in the text, or anchored at its first char. */
    private static int[] lastRow(String pattern, String text, boolean anchored) {
        int m = pattern.length();
        int n = text.length();
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int[] last = new int[n + 1];
        last[0] = m;
        for (int j = 1; j <= n; j++) {
            int diagonal = column[0];
            column[0] = anchored ? j : 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                column[i] = Math.min(Math.min(column[i] + 1, column[i - 1] + 1), diagonal + cost);
                diagonal = up;
            }
            last[j] = column[m];
        }
        return last;
    }

    static int editDistance(String a, String b) {
        return lastRow(a, b, true)[b.length()];
    }

    private static String random(Random random, int length, String alphabet) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** A text that holds the pattern, a few edits apart, among random characters. */
    private static String textAround(Random random, String pattern, String alphabet) {
        StringBuilder sb = new StringBuilder(random(random, random.nextInt(150), alphabet));
        for (int i = 0; i < pattern.length(); i++) {
            int edit = random.nextInt(20);
            if (edit == 0) {
                continue; // deleted
            }
            sb.append(edit == 1 ? alphabet.charAt(random.nextInt(alphabet.length())) : pattern.charAt(i));
            if (edit == 2) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.append(random(random, random.nextInt(150), alphabet)).toString();
    }

    private static int length(Random random) {
        int[] edges = {1, 2, 63, 64, 65, 127, 128, 129, 200, 256};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : 1 + random.nextInt(256);
    }

    @Test
    void reportsEveryEndWithinTheLimitWithItsExactDistance() {
        Random random = new Random(SEED);
        for (int round = 0; round < 600; round++) {
            String alphabet = round % 3 == 0 ? "ab" : round % 3 == 1 ? "acgt" : "abcdefghij 😀";
            String pattern = random(random, length(random), alphabet);
            String text = random.nextBoolean()
                    ? textAround(random, pattern, alphabet)
                    : random(random, random.nextInt(400), alphabet);
            int maxErrors = random.nextInt(pattern.length() + 1);
            boolean anchored = random.nextInt(4) == 0;
            int[] expected = lastRow(pattern, text, anchored);
            Map<Integer, Integer> want = new TreeMap<>();
            for (int j = 1; j <= text.length(); j++) {
                if (expected[j] <= maxErrors) {
                    want.put(j, expected[j]);
                }
            }
            Map<Integer, Integer> got = new TreeMap<>();
            new BitParallelMatcher(pattern).scan(text, 0, text.length(), maxErrors, anchored, (end, errors) -> {
                got.put(end, errors);
                return maxErrors;
            });
            assertThat(got)
                    .as("round %d, pattern %s, k=%d, anchored=%s (seed %d)", round, pattern, maxErrors, anchored, SEED)
                    .isEqualTo(want);
        }
    }

    @Test
    void searchFindsTheFewestErrorsWithSpansThatHaveThem() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 600; round++) {
            String alphabet = round % 2 == 0 ? "acgt" : "abcdefghij ";
            String pattern = random(random, length(random), alphabet);
            String text = textAround(random, pattern, alphabet);
            int maxErrors = Math.min(256, pattern.length() / 2);
            int[] row = lastRow(pattern, text, false);
            int fewest = Integer.MAX_VALUE;
            for (int j = 1; j <= text.length(); j++) {
                fewest = Math.min(fewest, row[j]);
            }
            var matches = new ApproximateSearch(pattern).find(text, maxErrors, 0, 64);
            String context = "round " + round + ", pattern " + pattern + ", text " + text + " (seed " + SEED + ")";
            if (fewest > maxErrors) {
                assertThat(matches).as(context).isEmpty();
                continue;
            }
            assertThat(matches).as(context).isNotEmpty();
            for (ApproximateMatch match : matches) {
                assertThat(match.errors()).as(context).isEqualTo(fewest);
                assertThat(editDistance(pattern, text.substring(match.start(), match.end())))
                        .as(context)
                        .isEqualTo(fewest);
            }
        }
    }

    @Test
    void slackKeepsNearMatchesTooButOnlyThoseWithinIt() {
        String text = "the port of Matadi reopened; later the port of Matali reopened on Monday";
        var exactOnly = new ApproximateSearch("port of Matadi reopened").find(text, 5, 0, 64);
        var withSlack = new ApproximateSearch("port of Matadi reopened").find(text, 5, 1, 64);

        assertThat(exactOnly).containsExactly(new ApproximateMatch(4, 27, 0));
        assertThat(withSlack).containsExactly(new ApproximateMatch(4, 27, 0), new ApproximateMatch(39, 62, 1));
    }

    @Test
    void spansDoNotSplitSurrogatePairs() {
        // The pattern's emoji differs from the text's in its low surrogate only: one char edit, two-char span.
        String text = "before 😀 after";
        var matches = new ApproximateSearch("before 😁").find(text, 2, 0, 8);

        assertThat(matches).hasSize(1);
        ApproximateMatch match = matches.get(0);
        assertThat(text.substring(match.start(), match.end())).isEqualTo("before 😀");
    }

    @Test
    void anEmptyPatternIsRefused() {
        assertThatThrownBy(() -> new BitParallelMatcher(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty pattern");
    }
}
