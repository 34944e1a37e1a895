package org.opendossier.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendossier.analysis.text.Segments;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.EdgeKind;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Unit;
import org.opendossier.model.Mention;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.ReviewState;

/**
 * Counts which actors are named together, fed one source at a time, then builds the {@link ActorGraph}.
 *
 * <p>Two actors co-occur in a source when a mention of each starts in the same sentence (or, for
 * {@link Unit#PARAGRAPH}, the same paragraph) of its text; sentences and paragraphs are found by
 * {@link Segments}. The weight of a pair is the number of distinct sources in which they co-occur at least
 * once: a source that names them together ten times counts once, so one long article cannot outweigh ten
 * outlets. Rejected mentions are ignored; unreviewed and confirmed ones count.
 *
 * <p>Both units are counted at once, so one pass over the sources serves either view. Pairs are kept in a
 * primitive map keyed by both actor ids packed into one {@code long}; actor ids must therefore lie between 0
 * and 2<sup>32</sup>−1. Not thread-safe: feed it from one thread.
 */
public final class CoOccurrence {
    private static final long MAX_ACTOR_ID = 0xFFFF_FFFFL;
    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparingLong(Edge::fromActorId)
            .thenComparingLong(Edge::toActorId)
            .thenComparing(Edge::kind)
            .thenComparing(e -> e.type() == null ? "" : e.type().name());

    private final LongIntMap sentencePairs = new LongIntMap(1 << 12);
    private final LongIntMap paragraphPairs = new LongIntMap(1 << 12);
    private final LongIntMap actorSources = new LongIntMap(1 << 10);
    private final Set<Long> seenSources = new HashSet<>();
    private int ignoredMentions;

    // Reused between sources so that a large case does not allocate per source.
    private long[] unitActor = new long[64];
    private long[] pairs = new long[256];

    /**
     * Counts the actors named together in one source.
     *
     * @param text the source's stored text, the one every mention offset refers to
     * @param mentions the source's mentions; rejected ones are skipped, and so are mentions whose span lies past
     *     the end of {@code text} (stale offsets, counted in {@link #ignoredMentions()})
     * @throws IllegalArgumentException if the source was added before, or a mention belongs to another source
     */
    public void add(long sourceId, String text, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        if (!seenSources.add(sourceId)) {
            throw new IllegalArgumentException("source " + sourceId + " was already counted");
        }
        List<Mention> counted = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.sourceId() != sourceId) {
                throw new IllegalArgumentException(
                        "mention " + m.id() + " belongs to source " + m.sourceId() + ", not " + sourceId);
            }
            checkActorId(m.actorId());
            if (m.review() == ReviewState.REJECTED) {
                continue;
            }
            if (m.span().end() > text.length()) {
                ignoredMentions++;
                continue;
            }
            counted.add(m);
        }
        if (counted.isEmpty()) {
            return;
        }
        countActors(counted);
        if (counted.size() < 2) {
            return;
        }
        Segments segments = Segments.of(text);
        countPairs(counted, segments, Unit.SENTENCE, sentencePairs);
        countPairs(counted, segments, Unit.PARAGRAPH, paragraphPairs);
    }

    /** How many sources were added. */
    public int sources() {
        return seenSources.size();
    }

    /** Mentions skipped because their span lay past the end of their source's text. */
    public int ignoredMentions() {
        return ignoredMentions;
    }

    /**
     * The network: a node for every actor in {@code actors} (with the number of sources that mention it), a
     * co-occurrence edge for every pair of them named together in at least one source, and a relationship edge
     * for every (from, type, to) among {@code relationships}. Pairs, relationships and mentions that involve an
     * actor not in {@code actors} are left out, so that every edge joins two nodes. Nodes come in the order of
     * {@code actors}; edges by from, to, kind and type.
     */
    public ActorGraph build(List<Actor> actors, List<Relationship> relationships, Unit unit) {
        return build(actors, relationships, unit, 1);
    }

    /**
     * As {@link #build(List, List, Unit)}, without the co-occurrence edges lighter than {@code minWeight}: a
     * large case has millions of pairs named together once, and a view that hides them need not hold them.
     */
    public ActorGraph build(List<Actor> actors, List<Relationship> relationships, Unit unit, int minWeight) {
        Objects.requireNonNull(unit, "unit");
        LongIntMap known = new LongIntMap(actors.size());
        List<Node> nodes = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            boolean packable = a.id() >= 0 && a.id() <= MAX_ACTOR_ID;
            if (packable) {
                known.add(a.id(), 1);
            }
            nodes.add(new Node(a.id(), a.name(), a.kind(), packable ? actorSources.get(a.id()) : 0));
        }

        // Co-occurrence, sorted as packed keys (unsigned order is (from, to) order) rather than as objects.
        LongIntMap counts = unit == Unit.SENTENCE ? sentencePairs : paragraphPairs;
        long[] keys = new long[counts.size()];
        int[] kept = {0};
        counts.forEach((key, weight) -> {
            if (weight >= minWeight && known.get(key >>> 32) > 0 && known.get(key & MAX_ACTOR_ID) > 0) {
                keys[kept[0]++] = key ^ Long.MIN_VALUE;
            }
        });
        Arrays.sort(keys, 0, kept[0]);
        List<Edge> coEdges = new ArrayList<>(kept[0]);
        for (int i = 0; i < kept[0]; i++) {
            long key = keys[i] ^ Long.MIN_VALUE;
            coEdges.add(new Edge(key >>> 32, key & MAX_ACTOR_ID, EdgeKind.CO_OCCURRENCE, null, counts.get(key)));
        }

        Map<RelationshipKey, Integer> related = new LinkedHashMap<>();
        for (Relationship r : relationships) {
            if (isKnown(known, r.fromActorId()) && isKnown(known, r.toActorId())) {
                related.merge(new RelationshipKey(r.fromActorId(), r.type(), r.toActorId()), 1, Integer::sum);
            }
        }
        List<Edge> relationEdges = new ArrayList<>(related.size());
        related.forEach((k, n) -> relationEdges.add(new Edge(k.from(), k.to(), EdgeKind.RELATIONSHIP, k.type(), n)));
        relationEdges.sort(EDGE_ORDER);

        List<Edge> edges = new ArrayList<>(coEdges.size() + relationEdges.size());
        int c = 0;
        int r = 0;
        while (c < coEdges.size() || r < relationEdges.size()) {
            boolean takeRelation = c == coEdges.size()
                    || r < relationEdges.size() && EDGE_ORDER.compare(relationEdges.get(r), coEdges.get(c)) < 0;
            edges.add(takeRelation ? relationEdges.get(r++) : coEdges.get(c++));
        }
        return new ActorGraph(nodes, edges);
    }

    private static boolean isKnown(LongIntMap known, long actorId) {
        return actorId >= 0 && actorId <= MAX_ACTOR_ID && known.get(actorId) > 0;
    }

    private void countActors(List<Mention> counted) {
        long[] distinct = new long[counted.size()];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = counted.get(i).actorId();
        }
        Arrays.sort(distinct);
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                actorSources.add(distinct[i], 1);
            }
        }
    }

    /**
     * Adds 1 to every pair of distinct actors that share at least one unit of this source: (unit, actor) keys
     * are sorted so that each unit's actors come together, and the pairs found are sorted and de-duplicated so
     * that the source counts once per pair.
     */
    private void countPairs(List<Mention> counted, Segments segments, Unit unit, LongIntMap into) {
        int n = counted.size();
        if (unitActor.length < n) {
            unitActor = new long[Math.max(n, unitActor.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            Mention m = counted.get(i);
            int start = m.span().start();
            long index = unit == Unit.SENTENCE ? segments.sentence(start) : segments.paragraph(start);
            unitActor[i] = (index << 32) | m.actorId();
        }
        Arrays.sort(unitActor, 0, n);
        int pairCount = 0;
        int groupStart = 0;
        while (groupStart < n) {
            long unitIndex = unitActor[groupStart] >>> 32;
            int groupEnd = groupStart;
            while (groupEnd < n && (unitActor[groupEnd] >>> 32) == unitIndex) {
                groupEnd++;
            }
            // The group's actors are sorted; keep each once, in place, then pair them up.
            int distinct = groupStart;
            for (int i = groupStart; i < groupEnd; i++) {
                long actor = unitActor[i] & MAX_ACTOR_ID;
                if (distinct == groupStart || actor != unitActor[distinct - 1]) {
                    unitActor[distinct++] = actor;
                }
            }
            for (int i = groupStart; i < distinct; i++) {
                for (int j = i + 1; j < distinct; j++) {
                    if (pairCount == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[pairCount++] = (unitActor[i] << 32) | unitActor[j];
                }
            }
            groupStart = groupEnd;
        }
        Arrays.sort(pairs, 0, pairCount);
        for (int i = 0; i < pairCount; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                into.add(pairs[i], 1);
            }
        }
    }

    private static void checkActorId(long actorId) {
        if (actorId < 0 || actorId > MAX_ACTOR_ID) {
            throw new IllegalArgumentException("actor id " + actorId
                    + " is outside what the co-occurrence count can hold (0 to " + MAX_ACTOR_ID + ")");
        }
    }

    private record RelationshipKey(long from, RelationshipType type, long to) {}
}
