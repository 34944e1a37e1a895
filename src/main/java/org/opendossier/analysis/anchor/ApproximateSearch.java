package org.opendossier.analysis.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where a pattern occurs in a text with the fewest edits (insertions, deletions, substitutions of
 * {@code char}s), as the {@code approx-string-match} library under Hypothesis does: a forward scan finds
 * where the best matches end, then a scan of the reversed pattern backwards from each end finds where that
 * match starts.
 *
 * <p>Unlike that library it also keeps the matches that are at most {@code slack} edits worse than the best
 * one, so that a quote's context can choose between a near copy elsewhere and the edited passage in its
 * old place. Each run of adjacent ends counts once. Spans never split a surrogate pair. Immutable and safe to
 * share between threads.
 */
final class ApproximateSearch {
    private final String pattern;
    private final BitParallelMatcher forward;
    private final BitParallelMatcher backward;

    ApproximateSearch(String pattern) {
        this.pattern = pattern;
        this.forward = new BitParallelMatcher(pattern);
        this.backward = new BitParallelMatcher(reverse(pattern, 0, pattern.length()));
    }

    /**
     * The matches with at most {@code maxErrors} edits that are within {@code slack} edits of the best one,
     * at most {@code limit} of them (the fewest edits first), in text order.
     */
    List<ApproximateMatch> find(String text, int maxErrors, int slack, int limit) {
        Runs runs = new Runs(text, maxErrors, slack, limit);
        forward.scan(text, 0, text.length(), maxErrors, false, runs);
        Set<ApproximateMatch> found = new LinkedHashSet<>();
        for (int[] run : runs.best()) {
            ApproximateMatch match = startOf(text, run[0], run[1]);
            if (match != null) {
                found.add(match);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The match that ends at {@code end} with {@code errors} edits: of the starts that give exactly that many,
     * the one whose first character fits the pattern's best, then the one nearest the pattern's length.
     */
    private ApproximateMatch startOf(String text, int end, int errors) {
        int from = Math.max(0, end - pattern.length() - errors);
        String window = reverse(text, from, end);
        int[] chosen = {-1};
        backward.scan(window, 0, window.length(), errors, true, (length, e) -> {
            if (e == errors && (chosen[0] < 0 || betterStart(text, end - length, end - chosen[0], end))) {
                chosen[0] = length;
            }
            return errors;
        });
        if (chosen[0] < 0) {
            return null;
        }
        int start = end - chosen[0];
        if (start > 0
                && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        int stop = end;
        if (stop > start
                && stop < text.length()
                && Character.isHighSurrogate(text.charAt(stop - 1))
                && Character.isLowSurrogate(text.charAt(stop))) {
            stop++;
        }
        return new ApproximateMatch(start, stop, errors);
    }

    private boolean betterStart(String text, int start, int current, int end) {
        int fit = fit(text.charAt(start), pattern.charAt(0));
        int currentFit = fit(text.charAt(current), pattern.charAt(0));
        if (fit != currentFit) {
            return fit > currentFit;
        }
        int m = pattern.length();
        int off = Math.abs(end - start - m);
        int currentOff = Math.abs(end - current - m);
        return off < currentOff || (off == currentOff && start < current);
    }

    /** How well a text character stands for a pattern character: the same, both spaces or neither, or not. */
    private static int fit(char inText, char inPattern) {
        if (inText == inPattern) {
            return 2;
        }
        return Character.isWhitespace(inText) == Character.isWhitespace(inPattern) ? 1 : 0;
    }

    private static String reverse(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.charAt(to - 1 - i);
        }
        return new String(out);
    }

    /**
     * Collects the ends the forward scan reports as runs of adjacent ends, keeping each run's best end, and
     * lowers the error limit to the best seen plus the slack as the scan goes.
     */
    private final class Runs implements BitParallelMatcher.Ends {
        private final String text;
        private final int maxErrors;
        private final int slack;
        private final int limit;
        private int[] ends = new int[16];
        private int[] errors = new int[16];
        private int count;
        private int lastEnd = -2;
        private int best = Integer.MAX_VALUE;

        Runs(String text, int maxErrors, int slack, int limit) {
            this.text = text;
            this.maxErrors = maxErrors;
            this.slack = slack;
            this.limit = limit;
        }

        @Override
        public int found(int end, int e) {
            if (end == lastEnd + 1 && count > 0) {
                int r = count - 1;
                if (e < errors[r] || (e == errors[r] && endFit(end) > endFit(ends[r]))) {
                    ends[r] = end;
                    errors[r] = e;
                }
            } else {
                if (count == ends.length) {
                    compact();
                }
                ends[count] = end;
                errors[count] = e;
                count++;
            }
            lastEnd = end;
            best = Math.min(best, e);
            return ceiling();
        }

        private int ceiling() {
            return (int) Math.min(maxErrors, (long) best + slack);
        }

        private int endFit(int end) {
            return fit(text.charAt(end - 1), pattern.charAt(pattern.length() - 1));
        }

        /** Drops runs that can no longer be kept; grows the arrays if the rest still fill them. */
        private void compact() {
            int kept = keep(ceiling());
            if (kept > 2 * limit) {
                kept = keepFewest(kept);
            }
            count = kept;
            lastEnd = -2; // the run being extended may have gone: the next end starts a new one
            if (count * 2 > ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
                errors = Arrays.copyOf(errors, errors.length * 2);
            }
        }

        private int keep(int ceiling) {
            int kept = 0;
            for (int i = 0; i < count; i++) {
                if (errors[i] <= ceiling) {
                    ends[kept] = ends[i];
                    errors[kept] = errors[i];
                    kept++;
                }
            }
            return kept;
        }

        private int keepFewest(int n) {
            List<int[]> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                all.add(new int[] {ends[i], errors[i]});
            }
            all.sort(Comparator.<int[]>comparingInt(r -> r[1]).thenComparingInt(r -> r[0]));
            List<int[]> fewest = new ArrayList<>(all.subList(0, limit));
            fewest.sort(Comparator.comparingInt(r -> r[0]));
            for (int i = 0; i < fewest.size(); i++) {
                ends[i] = fewest.get(i)[0];
                errors[i] = fewest.get(i)[1];
            }
            return fewest.size();
        }

        /** The runs to report: within the slack of the best, at most {@code limit}, in text order. */
        List<int[]> best() {
            int kept = keep(ceiling());
            if (kept > limit) {
                kept = keepFewest(kept);
            }
            List<int[]> out = new ArrayList<>(kept);
            for (int i = 0; i < kept; i++) {
                out.add(new int[] {ends[i], errors[i]});
            }
            return out;
        }
    }
}
