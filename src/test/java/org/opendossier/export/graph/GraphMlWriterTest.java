package org.opendossier.export.graph;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.opendossier.export.graph.GraphFixtures.elements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMlWriterTest {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String forWhat, String name, String type) {}

    private static byte[] write(ActorGraph graph, Map<Long, Point> layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphMlWriter().write(graph, layout, out);
        return out.toByteArray();
    }

    /** The data of a node or edge by attribute name, each checked against its key's domain and type. */
    private static Map<String, String> data(Element owner, Map<String, Key> keys) {
        Map<String, String> out = new HashMap<>();
        for (Element d : elements(owner, NS, "data")) {
            Key key = keys.get(d.getAttribute("key"));
            assertThat(key)
                    .as("data with an undeclared key %s", d.getAttribute("key"))
                    .isNotNull();
            assertThat(key.forWhat()).isEqualTo(owner.getLocalName());
            String value = d.getTextContent();
            switch (key.type()) {
                case "int" -> Integer.parseInt(value);
                case "double" -> assertThat(Double.parseDouble(value)).isFinite();
                case "string" -> {}
                default -> throw new AssertionError("unexpected key type " + key.type());
            }
            out.put(key.name(), value);
        }
        return out;
    }

    @Test
    void writesValidGraphMlWhateverTheNamesContain() throws IOException {
        ActorGraph graph = GraphFixtures.hostile();
        Map<Long, Point> layout = GraphFixtures.layout(graph);

        byte[] xml = write(graph, layout);
        GraphFixtures.validate(xml, "graphml-subset.xsd");
        Document doc = GraphFixtures.parse(xml);

        Map<String, Key> keys = new HashMap<>();
        for (Element k : elements(doc.getDocumentElement(), NS, "key")) {
            keys.put(
                    k.getAttribute("id"),
                    new Key(k.getAttribute("for"), k.getAttribute("attr.name"), k.getAttribute("attr.type")));
        }
        assertThat(keys.values())
                .extracting(k -> k.forWhat() + ":" + k.name())
                .contains(
                        "node:label",
                        "node:kind",
                        "node:sources",
                        "node:x",
                        "node:y",
                        "edge:kind",
                        "edge:type",
                        "edge:weight");
        Element graphElement = elements(doc.getDocumentElement(), NS, "graph").getFirst();
        assertThat(graphElement.getAttribute("edgedefault")).isEqualTo("undirected");

        List<Element> nodes = elements(doc.getDocumentElement(), NS, "node");
        assertThat(nodes).hasSize(graph.nodes().size());
        for (int i = 0; i < nodes.size(); i++) {
            Node expected = graph.nodes().get(i);
            Map<String, String> values = data(nodes.get(i), keys);
            assertThat(nodes.get(i).getAttribute("id")).isEqualTo("n" + expected.actorId());
            assertThat(values.get("label")).isEqualTo(GraphFixtures.expectedLabel(expected.label()));
            assertThat(values.get("kind")).isEqualTo(expected.kind().name());
            assertThat(values.get("sources")).isEqualTo(Integer.toString(expected.sources()));
            assertThat(Double.parseDouble(values.get("x")))
                    .isCloseTo(layout.get(expected.actorId()).x(), offset(0.001));
        }

        List<Element> edges = elements(doc.getDocumentElement(), NS, "edge");
        assertThat(edges).hasSize(graph.edges().size());
        for (int i = 0; i < edges.size(); i++) {
            Edge expected = graph.edges().get(i);
            Element e = edges.get(i);
            Map<String, String> values = data(e, keys);
            assertThat(e.getAttribute("source")).isEqualTo("n" + expected.fromActorId());
            assertThat(e.getAttribute("target")).isEqualTo("n" + expected.toActorId());
            assertThat(e.getAttribute("directed")).isEqualTo(Boolean.toString(expected.directed()));
            assertThat(Double.parseDouble(values.get("weight"))).isEqualTo(expected.weight());
            assertThat(values.get("kind")).isEqualTo(expected.kind().name());
            assertThat(values.get("type"))
                    .isEqualTo(expected.type() == null ? null : expected.type().name());
        }
    }

    @Test
    void theLocalSchemaRejectsAnEdgeToAMissingNodeAndAnUndeclaredKey() throws IOException {
        String xml = new String(write(GraphFixtures.hostile(), Map.of()), UTF_8);

        assertThatThrownBy(() -> GraphFixtures.validate(
                        xml.replace("target=\"n5\"", "target=\"n55\"").getBytes(UTF_8), "graphml-subset.xsd"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("n55");
        assertThatThrownBy(() -> GraphFixtures.validate(
                        xml.replace("key=\"sources\"", "key=\"size\"").getBytes(UTF_8), "graphml-subset.xsd"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("size");
    }

    @Test
    void withoutALayoutNoPositionKeysAreDeclared() throws IOException {
        byte[] xml = write(GraphFixtures.hostile(), Map.of());
        GraphFixtures.validate(xml, "graphml-subset.xsd");
        assertThat(elements(GraphFixtures.parse(xml).getDocumentElement(), NS, "key"))
                .extracting(k -> k.getAttribute("id"))
                .doesNotContain("x", "y");
    }
}
