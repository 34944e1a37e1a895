package org.opendossier.analysis.anchor;

import java.util.Objects;
import java.util.Optional;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/**
 * Places a quote again on a source's text after the text changed (re-extracted, or edited by a migration),
 * the way the Hypothesis client re-anchors annotations, made stricter because a quote placed on the wrong
 * words is worse than an orphan (decision record 0013):
 *
 * <ol>
 *   <li><b>Position.</b> The quote is still at its old offsets with its context (the 32 characters before and
 *       after) unchanged: placed there.
 *   <li><b>Exact quote.</b> Of every occurrence of the exact quote, the one whose context agrees best, then
 *       the one nearest the old offsets. If its context is unchanged, placed there.
 *   <li><b>Fuzzy.</b> Otherwise the passages closest to the quote by edit distance (Myers' bit-parallel
 *       algorithm) compete with that best exact occurrence on Hypothesis's score: the similarity of quote,
 *       prefix, suffix and position weighted 50, 20, 20 and 2. The best {@linkplain #accepts accepted} one
 *       wins; with none, the quote is an orphan. The edited quote in its old context thus beats an unedited
 *       copy of it elsewhere.
 * </ol>
 *
 * <p>An occurrence at the old offsets is reported as {@link PlacementMethod#POSITION}, any other exact one as
 * {@link PlacementMethod#EXACT}. Stateless and safe to use from many threads.
 */
public final class QuoteAnchoring {
    static final double QUOTE_WEIGHT = 50;
    static final double PREFIX_WEIGHT = 20;
    static final double SUFFIX_WEIGHT = 20;
    static final double POSITION_WEIGHT = 2;

    /** Hypothesis's bound on the edits its search allows: half the quote, at most 256. */
    static final int MAX_ERRORS = 256;

    /** Passages up to this share of the quote's length worse in edits than the best may still win on context. */
    static final double SLACK = 0.1;

    /** At most this many passages are scored. */
    static final int CANDIDATES = 64;

    /** The least quote similarity (1 less edits per character) for a passage to be placed on. */
    public static final double MIN_QUOTE_SIMILARITY = 0.8;

    /** The least score (quote, context and position weighted) for a passage to be placed on. */
    public static final double MIN_SCORE = 0.8;

    /** An exact quote at least this long that occurs once is placed there whatever its context. */
    public static final int DISTINCTIVE_LENGTH = 32;

    /** Where {@code anchor}'s quote is in {@code text} now, and how it was found; an orphan if nowhere. */
    public Placement place(String text, QuoteAnchor anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        TextQuote quote = anchor.quote();
        String exact = quote.exact();
        int m = exact.length();
        int old = anchor.span().start();
        Scorer scorer = new Scorer(text, quote, Math.min(old, text.length()));
        boolean atOld = text.startsWith(exact, old);
        if (atOld && scorer.contextIntact(old)) {
            return scorer.score(old, old + m, 0).placement(PlacementMethod.POSITION);
        }
        Candidate bestExact = null;
        int occurrences = 0;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            occurrences++;
            Candidate c = scorer.score(at, at + m, 0);
            if (bestExact == null || c.betterContext(bestExact, scorer.hint)) {
                bestExact = c;
            }
        }
        if (bestExact != null && scorer.contextIntact(bestExact.start)) {
            return bestExact.placement(methodOf(bestExact, old, atOld));
        }
        if (bestExact != null && !(accepts(bestExact) || (occurrences == 1 && m >= DISTINCTIVE_LENGTH))) {
            bestExact = null;
        }
        Candidate bestFuzzy = null;
        int maxErrors = (int) Math.min(Math.min(MAX_ERRORS, m / 2), Math.floor((1 - MIN_QUOTE_SIMILARITY) * m));
        if (maxErrors > 0) {
            int slack = Math.max(1, (int) Math.round(SLACK * m));
            for (ApproximateMatch match : new ApproximateSearch(exact).find(text, maxErrors, slack, CANDIDATES)) {
                if (match.errors() == 0) {
                    continue; // an exact occurrence, weighed above
                }
                Candidate c = scorer.score(match.start(), match.end(), match.errors());
                if (accepts(c) && (bestFuzzy == null || c.score > bestFuzzy.score)) {
                    bestFuzzy = c;
                }
            }
        }
        Candidate best =
                bestFuzzy == null || (bestExact != null && bestExact.score >= bestFuzzy.score) ? bestExact : bestFuzzy;
        return best == null ? Placement.orphan() : best.placement(methodOf(best, old, atOld));
    }

    /** Whether a passage agrees with the quote and its context enough to be placed on. */
    static boolean accepts(Candidate c) {
        return c.quoteSimilarity >= MIN_QUOTE_SIMILARITY && c.score >= MIN_SCORE;
    }

    private static PlacementMethod methodOf(Candidate c, int old, boolean atOld) {
        if (c.errors > 0) {
            return PlacementMethod.FUZZY;
        }
        return atOld && c.start == old ? PlacementMethod.POSITION : PlacementMethod.EXACT;
    }

    /** A passage scored against the quote. */
    record Candidate(
            int start,
            int end,
            int errors,
            double quoteSimilarity,
            double prefixSimilarity,
            double suffixSimilarity,
            double score) {

        boolean betterContext(Candidate other, int hint) {
            double mine = PREFIX_WEIGHT * prefixSimilarity + SUFFIX_WEIGHT * suffixSimilarity;
            double theirs = PREFIX_WEIGHT * other.prefixSimilarity + SUFFIX_WEIGHT * other.suffixSimilarity;
            if (mine != theirs) {
                return mine > theirs;
            }
            return Math.abs(start - hint) < Math.abs(other.start - hint);
        }

        Placement placement(PlacementMethod method) {
            return new Placement(method, Optional.of(new TextSpan(start, end)), score, quoteSimilarity);
        }
    }

    /** Scores passages of one text against one quote; holds the context patterns, prepared once. */
    private static final class Scorer {
        private final String text;
        private final TextQuote quote;
        private final int hint;
        private final BitParallelMatcher prefix;
        private final BitParallelMatcher suffix;

        Scorer(String text, TextQuote quote, int hint) {
            this.text = text;
            this.quote = quote;
            this.hint = hint;
            this.prefix = quote.prefix().isEmpty() ? null : new BitParallelMatcher(quote.prefix());
            this.suffix = quote.suffix().isEmpty() ? null : new BitParallelMatcher(quote.suffix());
        }

        boolean contextIntact(int at) {
            int end = at + quote.exact().length();
            String before = quote.prefix();
            String after = quote.suffix();
            return at >= before.length()
                    && text.startsWith(before, at - before.length())
                    && text.startsWith(after, end);
        }

        Candidate score(int start, int end, int errors) {
            double q = 1 - errors / (double) quote.exact().length();
            double p = prefix == null ? 1 : similarity(prefix, Math.max(0, start - prefix.length()), start);
            double s = suffix == null ? 1 : similarity(suffix, end, Math.min(text.length(), end + suffix.length()));
            double pos = text.isEmpty() ? 1 : 1 - Math.abs(start - hint) / (double) text.length();
            double raw = QUOTE_WEIGHT * q + PREFIX_WEIGHT * p + SUFFIX_WEIGHT * s + POSITION_WEIGHT * pos;
            double score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
            return new Candidate(start, end, errors, q, p, s, Math.min(1, Math.max(0, score)));
        }

        /** Hypothesis's {@code textMatchScore}: 1 less the edits per character of the best fit in the slice. */
        private double similarity(BitParallelMatcher context, int from, int to) {
            if (from >= to) {
                return 0;
            }
            return 1 - context.fewestErrors(text, from, to) / (double) context.length();
        }
    }
}
