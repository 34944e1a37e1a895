package org.opendossier.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.EdgeKind;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.opendossier.model.ActorKind;
import org.opendossier.model.RelationshipType;

class ForceLayoutTest {

    /** {@code groups} cliques of {@code size} actors (ids from 1), each joined to the next by one edge. */
    private static ActorGraph cliques(int groups, int size) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < size; i++) {
                long id = g * size + i + 1;
                nodes.add(new Node(id, "Actor " + id, ActorKind.values()[(int) (id % 4)], 1));
                for (int j = 0; j < i; j++) {
                    edges.add(new Edge(g * size + j + 1, id, EdgeKind.CO_OCCURRENCE, null, 2));
                }
            }
            if (g > 0) {
                edges.add(new Edge(
                        (long) (g - 1) * size + 1,
                        (long) g * size + 1,
                        EdgeKind.RELATIONSHIP,
                        RelationshipType.ALLIED_WITH,
                        1));
            }
        }
        return new ActorGraph(nodes, edges);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    @Test
    void theSameGraphAndSeedGiveTheSamePicture() {
        ActorGraph graph = cliques(3, 8);

        Map<Long, Point> first = new ForceLayout().layout(graph, 800, 600);
        Map<Long, Point> again = new ForceLayout().layout(graph, 800, 600);
        Map<Long, Point> otherSeed = new ForceLayout(99, ForceLayout.DEFAULT_ITERATIONS).layout(graph, 800, 600);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first.keySet())
                .containsExactlyElementsOf(
                        graph.nodes().stream().map(Node::actorId).toList());
    }

    @Test
    void everyNodeLandsInsideTheBoxWhichItFillsInOneDirection() {
        ActorGraph graph = cliques(4, 6);

        Map<Long, Point> at = new ForceLayout().layout(graph, 800, 600);

        assertThat(at.values()).allMatch(p -> p.x() >= 0 && p.x() <= 800 && p.y() >= 0 && p.y() <= 600);
        double width = at.values().stream().mapToDouble(Point::x).max().orElseThrow()
                - at.values().stream().mapToDouble(Point::x).min().orElseThrow();
        double height = at.values().stream().mapToDouble(Point::y).max().orElseThrow()
                - at.values().stream().mapToDouble(Point::y).min().orElseThrow();
        assertThat(Math.max(width / 800, height / 600)).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void linkedActorsEndCloserThanUnlinkedOnes() {
        int size = 10;
        ActorGraph graph = cliques(3, size);

        Map<Long, Point> at = new ForceLayout().layout(graph);

        double within = 0;
        double across = 0;
        int withinPairs = 0;
        int acrossPairs = 0;
        for (long a = 1; a <= 3L * size; a++) {
            for (long b = a + 1; b <= 3L * size; b++) {
                double d = distance(at.get(a), at.get(b));
                if ((a - 1) / size == (b - 1) / size) {
                    within += d;
                    withinPairs++;
                } else {
                    across += d;
                    acrossPairs++;
                }
            }
        }
        assertThat(within / withinPairs).isLessThan(0.5 * across / acrossPairs);
    }

    @Test
    void startingPositionsAreKeptWhenNothingMoves() {
        ActorGraph graph = cliques(1, 3);
        Map<Long, Point> start = new LinkedHashMap<>();
        start.put(1L, new Point(0, 0));
        start.put(2L, new Point(100, 50));
        start.put(3L, new Point(50, 100));

        assertThat(new ForceLayout(1, 0).layout(graph, 100, 100, start)).isEqualTo(start);
    }

    @Test
    void tinyGraphsAreCentred() {
        assertThat(new ForceLayout().layout(ActorGraph.EMPTY)).isEmpty();
        ActorGraph one = new ActorGraph(List.of(new Node(7, "Alone", ActorKind.PLACE, 0)), List.of());
        assertThat(new ForceLayout().layout(one, 200, 100)).isEqualTo(Map.of(7L, new Point(100, 50)));
        assertThatThrownBy(() -> new ForceLayout().layout(one, 0, 100)).hasMessageContaining("positive size");
    }

    /** 2,000 actors in 20 communities, 6,000 edges, a fifth of them across communities. */
    @Test
    void laysOutTwoThousandNodesInsideTheBox() {
        Random random = new Random(11);
        int n = 2_000;
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            nodes.add(new Node(i, "Actor " + i, ActorKind.values()[i % 4], random.nextInt(20)));
        }
        Map<Long, Edge> edges = new LinkedHashMap<>();
        while (edges.size() < 6_000) {
            int a = 1 + random.nextInt(n);
            int b = random.nextInt(5) > 0 ? (a - 1) / 100 * 100 + 1 + random.nextInt(100) : 1 + random.nextInt(n);
            if (a != b) {
                long lo = Math.min(a, b);
                long hi = Math.max(a, b);
                edges.putIfAbsent(lo * n + hi, new Edge(lo, hi, EdgeKind.CO_OCCURRENCE, null, 1 + random.nextInt(4)));
            }
        }
        ActorGraph graph = new ActorGraph(nodes, new ArrayList<>(edges.values()));
        Map<Long, Point> at = new ForceLayout().layout(graph, 1000, 1000);

        assertThat(at).hasSize(n);
        assertThat(at.values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, 1000.0);
            assertThat(p.y()).isBetween(0.0, 1000.0);
        });
    }
}
