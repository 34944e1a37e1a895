package org.opendossier.export.graph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.EdgeKind;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.opendossier.model.ActorKind;
import org.opendossier.model.RelationshipType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** A network whose names try every way to break XML, and the parsing the export tests share. */
final class GraphFixtures {
    private GraphFixtures() {}

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String AMPERSAND = "Smith & Sons \"Ltd\" 'quoted' ]]> a > b";
    static final String CONTROL = "Bad\u0001\u0008control\u000Bchars\uFFFE\uD800!";
    static final String ARABIC = "قوات الدعم السريع";
    static final String LINES = "Line\nbreak\ttab\r\n  end";
    static final String EMOJI = "Fish 🐟 Co.";

    /** Ids 1-7, one of each kind at least; co-occurrence and relationships, one pair with both. */
    static ActorGraph hostile() {
        List<Node> nodes = List.of(
                new Node(1, SCRIPT, ActorKind.PERSON, 3),
                new Node(2, AMPERSAND, ActorKind.ORGANISATION, 12),
                new Node(3, CONTROL, ActorKind.OTHER, 1),
                new Node(4, ARABIC, ActorKind.ORGANISATION, 7),
                new Node(5, LINES, ActorKind.PLACE, 0),
                new Node(6, EMOJI, ActorKind.ORGANISATION, 2),
                new Node(7, "Nobody", ActorKind.PERSON, 0));
        List<Edge> edges = List.of(
                new Edge(1, 2, EdgeKind.CO_OCCURRENCE, null, 4),
                new Edge(1, 2, EdgeKind.RELATIONSHIP, RelationshipType.MEMBER_OF, 1),
                new Edge(2, 4, EdgeKind.CO_OCCURRENCE, null, 1),
                new Edge(4, 2, EdgeKind.RELATIONSHIP, RelationshipType.OPPOSES, 2),
                new Edge(3, 5, EdgeKind.CO_OCCURRENCE, null, 17),
                new Edge(6, 2, EdgeKind.RELATIONSHIP, RelationshipType.SUCCESSOR_OF, 1));
        return new ActorGraph(nodes, edges);
    }

    /** What a label becomes once the characters XML cannot hold are gone and whitespace is one line. */
    static String expectedLabel(String label) {
        return switch (label) {
            case CONTROL -> "Badcontrolchars!";
            case LINES -> "Line break tab end";
            default -> label;
        };
    }

    static Map<Long, Point> layout(ActorGraph graph) {
        Map<Long, Point> out = new LinkedHashMap<>();
        for (Node n : graph.nodes()) {
            out.put(n.actorId(), new Point(n.actorId() * 100.5, 1000 - n.actorId() * 37.25));
        }
        return out;
    }

    /** Parses with the JDK's own namespace-aware DOM parser; external entities and DTDs are refused. */
    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + new String(xml), e);
        }
    }

    /** Validates against a schema among the test resources (its imports resolve beside it, never online). */
    static void validate(byte[] xml, String schema) throws IOException {
        URL url = GraphFixtures.class.getResource("/schemas/" + schema);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.newSchema(url).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("invalid against " + schema + ": " + e.getMessage() + "\n" + new String(xml), e);
        }
    }

    static List<Element> elements(Element parent, String namespace, String name) {
        var list = parent.getElementsByTagNameNS(namespace, name);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
