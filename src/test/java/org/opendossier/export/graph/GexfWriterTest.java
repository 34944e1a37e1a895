package org.opendossier.export.graph;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.opendossier.export.graph.GraphFixtures.elements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfWriterTest {
    private static final String NS = "http://gexf.net/1.3";
    private static final String VIZ = "http://gexf.net/1.3/viz";

    private static byte[] write(ActorGraph graph, Map<Long, Point> layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(graph, layout, out);
        return out.toByteArray();
    }

    /** Each node's or edge's attvalues, checked against the attributes declared for its class. */
    private static Map<String, String> attvalues(Element owner, Set<String> declared) {
        Map<String, String> out = new HashMap<>();
        for (Element v : elements(owner, NS, "attvalue")) {
            assertThat(declared).as("attvalue for an undeclared attribute").contains(v.getAttribute("for"));
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }

    private static Set<String> declared(Document doc, String forClass) {
        Set<String> ids = new HashSet<>();
        for (Element attributes : elements(doc.getDocumentElement(), NS, "attributes")) {
            if (attributes.getAttribute("class").equals(forClass)) {
                elements(attributes, NS, "attribute").forEach(a -> ids.add(a.getAttribute("id")));
            }
        }
        return ids;
    }

    @Test
    void writesValidGexfWhateverTheNamesContain() throws IOException {
        ActorGraph graph = GraphFixtures.hostile();
        Map<Long, Point> layout = GraphFixtures.layout(graph);

        byte[] xml = write(graph, layout);
        GraphFixtures.validate(xml, "gexf-1.3-subset.xsd");
        Document doc = GraphFixtures.parse(xml);

        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graphElement = elements(root, NS, "graph").getFirst();
        assertThat(graphElement.getAttribute("defaultedgetype")).isEqualTo("undirected");

        Set<String> nodeAttributes = declared(doc, "node");
        assertThat(nodeAttributes).containsExactlyInAnyOrder("kind", "sources");
        List<Element> nodes = elements(root, NS, "node");
        assertThat(nodes).hasSize(graph.nodes().size());
        Map<String, Element> byId = new HashMap<>();
        nodes.forEach(n -> assertThat(byId.put(n.getAttribute("id"), n))
                .as("repeated node id")
                .isNull());
        for (Node expected : graph.nodes()) {
            Element n = byId.get(Long.toString(expected.actorId()));
            assertThat(n.getAttribute("label")).isEqualTo(GraphFixtures.expectedLabel(expected.label()));
            Map<String, String> values = attvalues(n, nodeAttributes);
            assertThat(values).containsEntry("kind", expected.kind().name());
            assertThat(Integer.parseInt(values.get("sources"))).isEqualTo(expected.sources());
            Element colour = elements(n, VIZ, "color").getFirst();
            KindColours kind = KindColours.of(expected.kind());
            assertThat(List.of(colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")))
                    .containsExactly("" + kind.red, "" + kind.green, "" + kind.blue);
            Element position = elements(n, VIZ, "position").getFirst();
            Point p = layout.get(expected.actorId());
            assertThat(Double.parseDouble(position.getAttribute("x"))).isCloseTo(p.x(), offset(0.001));
            assertThat(-Double.parseDouble(position.getAttribute("y"))).isCloseTo(p.y(), offset(0.001));
        }
    }

    @Test
    void edgesKeepTheirDirectionWeightAndKindSoGephiDoesNotMergeThem() throws IOException {
        ActorGraph graph = GraphFixtures.hostile();
        Document doc = GraphFixtures.parse(write(graph, Map.of()));
        Set<String> edgeAttributes = declared(doc, "edge");
        assertThat(edgeAttributes).containsExactlyInAnyOrder("kind", "type");

        List<Element> edges = elements(doc.getDocumentElement(), NS, "edge");
        assertThat(edges).hasSize(graph.edges().size());
        Set<String> ids = new HashSet<>();
        Set<String> sourceTargetKind = new HashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            Element e = edges.get(i);
            Edge expected = graph.edges().get(i);
            assertThat(ids.add(e.getAttribute("id"))).isTrue();
            assertThat(e.getAttribute("source")).isEqualTo(Long.toString(expected.fromActorId()));
            assertThat(e.getAttribute("target")).isEqualTo(Long.toString(expected.toActorId()));
            assertThat(Double.parseDouble(e.getAttribute("weight"))).isEqualTo(expected.weight());
            assertThat(e.getAttribute("type")).isEqualTo(expected.directed() ? "directed" : "undirected");
            Map<String, String> values = attvalues(e, edgeAttributes);
            assertThat(values.get("kind")).isEqualTo(expected.kind().name());
            assertThat(values.get("type"))
                    .isEqualTo(expected.type() == null ? null : expected.type().name());
            assertThat(sourceTargetKind.add(
                            e.getAttribute("source") + e.getAttribute("target") + e.getAttribute("kind")))
                    .as("two edges Gephi would merge")
                    .isTrue();
        }
        assertThat(edges.get(1).getAttribute("label")).isEqualTo("member of");
        assertThat(edges.get(1).getAttribute("kind")).isEqualTo("member_of");
        assertThat(edges.get(0).getAttribute("kind")).isEqualTo("co_occurrence");
        assertThat(elements(doc.getDocumentElement(), VIZ, "position")).isEmpty();
    }

    /** The schema would see the fault this test suite guards against: an edge to a node that is not there. */
    @Test
    void theLocalSchemaRejectsAnEdgeToAMissingNodeAndARepeatedNode() throws IOException {
        String xml = new String(write(GraphFixtures.hostile(), Map.of()), UTF_8);

        assertThatThrownBy(() -> GraphFixtures.validate(
                        xml.replace("target=\"5\"", "target=\"55\"").getBytes(UTF_8), "gexf-1.3-subset.xsd"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("55");
        assertThatThrownBy(() -> GraphFixtures.validate(
                        xml.replace("id=\"7\"", "id=\"6\"").getBytes(UTF_8), "gexf-1.3-subset.xsd"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anEmptyNetworkIsStillAValidFile() throws IOException {
        byte[] xml = write(ActorGraph.EMPTY, Map.of());
        GraphFixtures.validate(xml, "gexf-1.3-subset.xsd");
        assertThat(elements(GraphFixtures.parse(xml).getDocumentElement(), NS, "nodes")
                        .getFirst()
                        .getAttribute("count"))
                .isEqualTo("0");
    }
}
