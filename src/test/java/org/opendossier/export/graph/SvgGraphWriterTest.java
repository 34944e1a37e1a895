package org.opendossier.export.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendossier.export.graph.GraphFixtures.elements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgGraphWriterTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static byte[] write(ActorGraph graph, Map<Long, Point> layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgGraphWriter().write(graph, layout, 800, 600, out);
        return out.toByteArray();
    }

    private static Element group(Document doc, String name) {
        return elements(doc.getDocumentElement(), SVG, "g").stream()
                .filter(g -> g.getAttribute("class").equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void drawsEveryActorAsACircleColouredByKindWithItsNameAsText() throws IOException {
        ActorGraph graph = GraphFixtures.hostile();

        Document doc = GraphFixtures.parse(write(graph, GraphFixtures.layout(graph)));

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
        List<Element> circles = elements(group(doc, "nodes"), SVG, "circle");
        assertThat(circles).hasSize(graph.nodes().size());
        Map<String, Element> byActor = new HashMap<>();
        circles.forEach(c -> byActor.put(c.getAttribute("data-actor"), c));
        for (Node n : graph.nodes()) {
            Element c = byActor.get(Long.toString(n.actorId()));
            assertThat(c.getAttribute("fill"))
                    .isEqualTo(KindColours.of(n.kind()).hex());
            double x = Double.parseDouble(c.getAttribute("cx"));
            double y = Double.parseDouble(c.getAttribute("cy"));
            assertThat(x).isBetween(0.0, 800.0);
            assertThat(y).isBetween(0.0, 600.0);
        }
        assertThat(elements(group(doc, "labels"), SVG, "text"))
                .extracting(Element::getTextContent)
                .containsExactlyElementsOf(graph.nodes().stream()
                        .map(n -> GraphFixtures.expectedLabel(n.label()))
                        .toList());
    }

    @Test
    void aLongNameAtTheEdgeOfTheLayoutStaysInsideThePicture() throws IOException {
        ActorGraph graph = GraphFixtures.hostile();
        Node leftmost = graph.nodes().get(0);
        Map<Long, Point> layout = new HashMap<>(GraphFixtures.layout(graph));
        layout.put(leftmost.actorId(), new Point(-1_000, 0));
        String label = GraphFixtures.expectedLabel(leftmost.label());

        Document doc = GraphFixtures.parse(write(graph, layout));

        Element text = elements(group(doc, "labels"), SVG, "text").stream()
                .filter(t -> t.getTextContent().equals(label))
                .findFirst()
                .orElseThrow();
        double halfWidth = label.codePointCount(0, label.length()) * 0.6 * 11 / 2;
        assertThat(Double.parseDouble(text.getAttribute("x")) - halfWidth)
                .as("the centred label's left end, at a sans-serif's usual advance")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void hostileNamesStayTextAndThePictureNeedsNothingFromOutside() throws IOException {
        Document doc =
                GraphFixtures.parse(write(GraphFixtures.hostile(), GraphFixtures.layout(GraphFixtures.hostile())));

        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getNamespaceURI()).isEqualTo(SVG);
            assertThat(e.getLocalName()).isNotIn("script", "image", "use", "foreignObject", "style", "a");
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                var attribute = e.getAttributes().item(a);
                if (attribute.getNodeName().startsWith("xmlns")) {
                    continue; // a namespace name, never fetched
                }
                assertThat(attribute.getNodeName())
                        .doesNotStartWith("on")
                        .isNotEqualTo("href")
                        .isNotEqualTo("xlink:href");
                assertThat(attribute.getNodeValue()).doesNotContain("http:", "https:", "file:", "data:");
            }
        }
    }

    @Test
    void edgesAreLinesWidenedByWeightAndRelationshipsAreArrows() throws IOException {
        ActorGraph graph = GraphFixtures.hostile();

        Document doc = GraphFixtures.parse(write(graph, GraphFixtures.layout(graph)));

        List<Element> lines = elements(group(doc, "edges"), SVG, "line");
        assertThat(lines).hasSize(graph.edges().size());
        List<Element> arrows =
                lines.stream().filter(l -> l.hasAttribute("marker-end")).toList();
        assertThat(arrows)
                .extracting(l -> l.getAttribute("data-type"))
                .containsExactly("MEMBER_OF", "OPPOSES", "SUCCESSOR_OF");
        Map<String, Double> widthByWeight = new HashMap<>();
        lines.stream()
                .filter(l -> l.hasAttribute("data-weight"))
                .forEach(l -> widthByWeight.put(
                        l.getAttribute("data-weight"), Double.parseDouble(l.getAttribute("stroke-width"))));
        assertThat(widthByWeight.keySet()).containsExactlyInAnyOrder("1", "4", "17");
        assertThat(widthByWeight.get("1")).isLessThan(widthByWeight.get("4"));
        assertThat(widthByWeight.get("4")).isLessThan(widthByWeight.get("17"));
        assertThat(elements(group(doc, "legend"), SVG, "text"))
                .extracting(Element::getTextContent)
                .containsExactly("Person", "Organisation", "Place", "Other");
    }

    @Test
    void refusesANodeWithoutAPosition() {
        ActorGraph graph = GraphFixtures.hostile();
        Map<Long, Point> partial = new HashMap<>(GraphFixtures.layout(graph));
        partial.remove(7L);

        assertThatThrownBy(() -> write(graph, partial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actor 7 (Nobody) has no position");
    }
}
