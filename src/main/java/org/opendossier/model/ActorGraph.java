package org.opendossier.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of a case as a network: one node per actor, an edge per explicit relationship and one per pair
 * of actors named together in the sources (co-occurrence). A plain value that analysis builds and the network
 * view and the exports read; it lives in the model because both the analysis and the export layers speak it
 * (decision record 0011).
 *
 * <p>Co-occurrence edges are undirected and stored with {@code fromActorId < toActorId}; relationship edges
 * run from the relationship's subject to its object ("from MEMBER_OF to").
 */
public record ActorGraph(List<Node> nodes, List<Edge> edges) {

    /** An empty network. */
    public static final ActorGraph EMPTY = new ActorGraph(List.of(), List.of());

    /** Refuses a network whose node ids repeat or whose edges name an actor that has no node. */
    public ActorGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<Long> ids = HashSet.newHashSet(nodes.size());
        for (Node n : nodes) {
            if (!ids.add(n.actorId())) {
                throw new IllegalArgumentException("actor " + n.actorId() + " appears twice in the network");
            }
        }
        for (Edge e : edges) {
            if (!ids.contains(e.fromActorId()) || !ids.contains(e.toActorId())) {
                throw new IllegalArgumentException("an edge joins actor " + e.fromActorId() + " to "
                        + e.toActorId() + ", but the network has no node for "
                        + (ids.contains(e.fromActorId()) ? e.toActorId() : e.fromActorId()));
            }
        }
    }

    /**
     * One actor.
     *
     * @param sources how many distinct sources mention it (rejected mentions not counted)
     */
    /** The stretch of text in which two mentions count as named together. */
    public enum Unit {
        SENTENCE,
        PARAGRAPH
    }

    public record Node(long actorId, String label, ActorKind kind, int sources) {
        public Node {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
            if (sources < 0) {
                throw new IllegalArgumentException("a node cannot have " + sources + " sources");
            }
        }
    }

    /** Where an edge comes from. */
    public enum EdgeKind {
        /** A relationship a person recorded: directed, typed. */
        RELATIONSHIP,
        /** Two actors named in the same sentence or paragraph: undirected, weighted. */
        CO_OCCURRENCE
    }

    /**
     * A link between two actors.
     *
     * @param type the relationship's type, or {@code null} for co-occurrence
     * @param weight for co-occurrence, the number of distinct sources in which the two are named together; for
     *     a relationship, the number of recorded relationships of that type between the two in that direction
     *     (normally 1)
     */
    public record Edge(long fromActorId, long toActorId, EdgeKind kind, RelationshipType type, int weight) {
        public Edge {
            Objects.requireNonNull(kind, "kind");
            if ((kind == EdgeKind.RELATIONSHIP) != (type != null)) {
                throw new IllegalArgumentException("a relationship edge needs a type and a co-occurrence edge none");
            }
            if (fromActorId == toActorId) {
                throw new IllegalArgumentException("an edge cannot join actor " + fromActorId + " to itself");
            }
            if (kind == EdgeKind.CO_OCCURRENCE && fromActorId > toActorId) {
                throw new IllegalArgumentException("a co-occurrence edge runs from the smaller actor id to the larger");
            }
            if (weight < 1) {
                throw new IllegalArgumentException("an edge needs a weight of at least 1, not " + weight);
            }
        }

        /** Relationships point from subject to object; co-occurrence has no direction. */
        public boolean directed() {
            return kind == EdgeKind.RELATIONSHIP;
        }

        /** Whether this edge touches the actor. */
        public boolean touches(long actorId) {
            return fromActorId == actorId || toActorId == actorId;
        }
    }

    /** What {@link #filter(Set, int, Isolated)} does with nodes that keep no edge. */
    public enum Isolated {
        KEEP,
        DROP
    }

    /** A position on a drawing, in whatever units the layout was asked for. */
    public record Point(double x, double y) {
        public Point {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("not a position: (" + x + ", " + y + ")");
            }
        }
    }

    /** The node of an actor, if it is in this network. */
    public Optional<Node> node(long actorId) {
        for (Node n : nodes) {
            if (n.actorId() == actorId) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * Only actors of the given kinds, and co-occurrence edges of at least {@code minWeight} between them; nodes
     * left without any edge are dropped, as a network view wants when the threshold rises.
     */
    public ActorGraph filter(Set<ActorKind> kinds, int minWeight) {
        return filter(kinds, minWeight, Isolated.DROP);
    }

    /**
     * Only actors of the given kinds, and co-occurrence edges of at least {@code minWeight} between them.
     * Relationship edges are kept whenever both their actors are, whatever their weight: a person recorded them
     * on purpose. {@code isolated} says whether nodes left without edges stay.
     */
    public ActorGraph filter(Set<ActorKind> kinds, int minWeight, Isolated isolated) {
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(isolated, "isolated");
        Set<Long> kept = new HashSet<>();
        for (Node n : nodes) {
            if (kinds.contains(n.kind())) {
                kept.add(n.actorId());
            }
        }
        List<Edge> keptEdges = new ArrayList<>();
        Set<Long> touched = new HashSet<>();
        for (Edge e : edges) {
            boolean strongEnough = e.kind() == EdgeKind.RELATIONSHIP || e.weight() >= minWeight;
            if (strongEnough && kept.contains(e.fromActorId()) && kept.contains(e.toActorId())) {
                keptEdges.add(e);
                touched.add(e.fromActorId());
                touched.add(e.toActorId());
            }
        }
        List<Node> keptNodes = new ArrayList<>();
        for (Node n : nodes) {
            if (kept.contains(n.actorId()) && (isolated == Isolated.KEEP || touched.contains(n.actorId()))) {
                keptNodes.add(n);
            }
        }
        return new ActorGraph(keptNodes, keptEdges);
    }

    /**
     * The actor and every actor within {@code depth} edges of it (either direction), with all the edges among
     * them: what clicking a node focuses on. Empty when the actor is not in this network.
     */
    public ActorGraph neighbourhood(long actorId, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more, not " + depth);
        }
        if (node(actorId).isEmpty()) {
            return EMPTY;
        }
        Map<Long, List<Long>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.fromActorId(), k -> new ArrayList<>()).add(e.toActorId());
            adjacent.computeIfAbsent(e.toActorId(), k -> new ArrayList<>()).add(e.fromActorId());
        }
        Map<Long, Integer> distance = new HashMap<>();
        distance.put(actorId, 0);
        ArrayDeque<Long> queue = new ArrayDeque<>();
        queue.add(actorId);
        while (!queue.isEmpty()) {
            long current = queue.poll();
            int d = distance.get(current);
            if (d == depth) {
                continue;
            }
            for (long next : adjacent.getOrDefault(current, List.of())) {
                if (distance.putIfAbsent(next, d + 1) == null) {
                    queue.add(next);
                }
            }
        }
        List<Node> keptNodes =
                nodes.stream().filter(n -> distance.containsKey(n.actorId())).toList();
        List<Edge> keptEdges = edges.stream()
                .filter(e -> distance.containsKey(e.fromActorId()) && distance.containsKey(e.toActorId()))
                .toList();
        return new ActorGraph(keptNodes, keptEdges);
    }
}
