package org.opendossier.analysis.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * When two texts are copies of one story: the same wire report on several sites with their own headlines,
 * captions and a line or two changed, or cut short by one of them. Decided on {@link Signature}s alone
 * (decision record 0014):
 *
 * <ul>
 *   <li>estimated Jaccard similarity of the shingle sets at least {@value #MIN_JACCARD}; or
 *   <li>a copy cut short or padded with page furniture: at least {@value #MIN_CONTAINMENT} of the smaller
 *       text's shingles in the larger, when the smaller has at least {@value #MIN_CONTAINED_SHINGLES}
 *       shingles (a paragraph) and at least {@value #MIN_SIZE_RATIO} of the larger's. Below that ratio the
 *       estimate is too noisy to trust, and one long quotation shared by two different articles would pass.
 * </ul>
 *
 * <p>Different articles about the same events share names, figures and quotations but few runs of five words
 * in a row: such pairs of real articles scored at most 0.016 (Jaccard) and 0.042 (containment), while copies
 * with a word changed every 25 words still scored 0.66 and more (decision record 0014 has the measurements).
 */
public final class NearDuplicates {
    public static final double MIN_JACCARD = 0.5;
    public static final double MIN_CONTAINMENT = 0.6;
    public static final int MIN_CONTAINED_SHINGLES = 40;
    public static final double MIN_SIZE_RATIO = 0.2;

    private NearDuplicates() {}

    /** Whether the two texts are copies of one story. */
    public static boolean areCopies(Signature a, Signature b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.jaccard(b) >= MIN_JACCARD) {
            return true;
        }
        int smaller = Math.min(a.shingles(), b.shingles());
        int larger = Math.max(a.shingles(), b.shingles());
        return smaller >= MIN_CONTAINED_SHINGLES
                && smaller >= MIN_SIZE_RATIO * larger
                && a.containment(b) >= MIN_CONTAINMENT;
    }

    /**
     * The texts that are copies of one story, grouped: each group holds every text linked to another of the
     * group by {@link #areCopies}, directly or through others. Texts with no copy are left out. Candidate pairs
     * come from banding ({@link Bands}), so a pair whose Jaccard similarity is below about 0.3 (a copy cut to a
     * third or less) is found only with some probability; compare such texts with {@link #areCopies}
     * directly. Ids in a group ascend; groups are ordered by their first id.
     *
     * @throws IllegalArgumentException if an id appears twice
     */
    public static List<List<Long>> groups(List<SignedText> texts) {
        List<Signature> signatures = new ArrayList<>(texts.size());
        Set<Long> seen = new HashSet<>();
        for (SignedText t : texts) {
            if (!seen.add(t.id())) {
                throw new IllegalArgumentException("Text " + t.id() + " was given twice; give each text once.");
            }
            signatures.add(t.signature());
        }
        UnionFind components = new UnionFind(texts.size());
        Bands.candidates(signatures, (first, second) -> {
            if (components.find(first) != components.find(second)
                    && areCopies(signatures.get(first), signatures.get(second))) {
                components.union(first, second);
            }
        });
        Map<Integer, List<Long>> byRoot = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byRoot.computeIfAbsent(components.find(i), k -> new ArrayList<>())
                    .add(texts.get(i).id());
        }
        List<List<Long>> out = new ArrayList<>();
        for (List<Long> group : byRoot.values()) {
            if (group.size() > 1) {
                group.sort(Comparator.naturalOrder());
                out.add(List.copyOf(group));
            }
        }
        out.sort(Comparator.comparing(g -> g.get(0)));
        return List.copyOf(out);
    }
}
