package org.opendossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.EdgeKind;
import org.opendossier.model.ActorGraph.Isolated;
import org.opendossier.model.ActorGraph.Node;

class ActorGraphTest {
    // 1 person — 2 organisation — 3 place — 4 person, and 5 (other) alone; 1 MEMBER_OF 2 recorded by a person.
    private final ActorGraph graph = new ActorGraph(
            List.of(
                    new Node(1, "Amal", ActorKind.PERSON, 4),
                    new Node(2, "Ostrel Port Authority", ActorKind.ORGANISATION, 6),
                    new Node(3, "Ostrel", ActorKind.PLACE, 9),
                    new Node(4, "Boris", ActorKind.PERSON, 1),
                    new Node(5, "Project X", ActorKind.OTHER, 0)),
            List.of(
                    co(1, 2, 1),
                    new Edge(1, 2, EdgeKind.RELATIONSHIP, RelationshipType.MEMBER_OF, 1),
                    co(2, 3, 5),
                    co(3, 4, 2)));

    private static Edge co(long a, long b, int weight) {
        return new Edge(a, b, EdgeKind.CO_OCCURRENCE, null, weight);
    }

    private static List<Long> ids(ActorGraph g) {
        return g.nodes().stream().map(Node::actorId).toList();
    }

    @Test
    void filterDropsWeakCoOccurrenceButKeepsRelationshipsBetweenKeptActors() {
        ActorGraph filtered = graph.filter(EnumSet.allOf(ActorKind.class), 2);

        assertThat(filtered.edges())
                .extracting(Edge::fromActorId, Edge::toActorId, Edge::kind)
                .containsExactly(
                        tuple(1L, 2L, EdgeKind.RELATIONSHIP),
                        tuple(2L, 3L, EdgeKind.CO_OCCURRENCE),
                        tuple(3L, 4L, EdgeKind.CO_OCCURRENCE));
        assertThat(ids(filtered)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void filterByKindRemovesTheActorsAndEveryEdgeTouchingThem() {
        ActorGraph filtered = graph.filter(EnumSet.of(ActorKind.PERSON, ActorKind.ORGANISATION), 1);

        assertThat(ids(filtered)).containsExactly(1L, 2L);
        assertThat(filtered.edges()).allMatch(e -> e.touches(1) && e.touches(2));
        assertThat(filtered.edges()).hasSize(2);
    }

    @Test
    void isolatedActorsAreDroppedByDefaultAndKeptOnRequest() {
        Set<ActorKind> all = EnumSet.allOf(ActorKind.class);

        assertThat(ids(graph.filter(all, 3))).containsExactly(1L, 2L, 3L);
        assertThat(ids(graph.filter(all, 3, Isolated.KEEP))).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(graph.filter(all, 3, Isolated.KEEP).edges()).hasSize(2);
    }

    @Test
    void neighbourhoodReachesOnlyAsFarAsTheDepthInEitherDirection() {
        assertThat(ids(graph.neighbourhood(3, 0))).containsExactly(3L);
        assertThat(graph.neighbourhood(3, 0).edges()).isEmpty();
        assertThat(ids(graph.neighbourhood(3, 1))).containsExactly(2L, 3L, 4L);
        assertThat(graph.neighbourhood(3, 1).edges()).extracting(Edge::weight).containsExactly(5, 2);
        assertThat(ids(graph.neighbourhood(4, 2))).containsExactly(2L, 3L, 4L);
        assertThat(ids(graph.neighbourhood(4, 3))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(graph.neighbourhood(4, 3).edges()).hasSize(4);
        assertThat(ids(graph.neighbourhood(5, 4))).containsExactly(5L);
        assertThat(graph.neighbourhood(99, 2)).isEqualTo(ActorGraph.EMPTY);
    }

    @Test
    void refusesEdgesToActorsItDoesNotHoldAndRepeatedActors() {
        List<Node> one = List.of(new Node(1, "A", ActorKind.PERSON, 0));
        assertThatThrownBy(() -> new ActorGraph(one, List.of(co(1, 7, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no node for 7");
        assertThatThrownBy(() -> new ActorGraph(
                        List.of(new Node(1, "A", ActorKind.PERSON, 0), new Node(1, "B", ActorKind.PLACE, 0)),
                        List.of()))
                .hasMessageContaining("actor 1 appears twice");
    }

    @Test
    void edgesStateTheirOwnRules() {
        assertThatThrownBy(() -> co(2, 1, 1)).hasMessageContaining("smaller actor id");
        assertThatThrownBy(() -> co(1, 2, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Edge(1, 2, EdgeKind.RELATIONSHIP, null, 1)).hasMessageContaining("needs a type");
        assertThatThrownBy(() -> new Edge(1, 2, EdgeKind.CO_OCCURRENCE, RelationshipType.LEADS, 1))
                .hasMessageContaining("needs a type");
        assertThat(new Edge(2, 1, EdgeKind.RELATIONSHIP, RelationshipType.LEADS, 1).directed())
                .isTrue();
        assertThat(co(1, 2, 3).directed()).isFalse();
    }
}
