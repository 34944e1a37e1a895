package org.opendossier.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;

/**
 * Writes the actor network as GraphML (graphml.graphdrawing.org), which Gephi, yEd, Cytoscape and NetworkX
 * read.
 *
 * <ul>
 *   <li>Keys declared before the graph: for nodes {@code label}, {@code kind}, {@code sources}, and colour as
 *       {@code r g b} (the names Gephi's importer recognises); {@code x} and {@code y} when a layout is given;
 *       for edges {@code kind} (RELATIONSHIP or CO_OCCURRENCE), {@code type} (the relationship type) and
 *       {@code weight}.
 *   <li>The graph is undirected by default (co-occurrence); each relationship edge says
 *       {@code directed="true"}, as GraphML allows per edge.
 *   <li>Node ids are {@code n} + actor id, edge ids {@code e} + a running number.
 * </ul>
 */
public final class GraphMlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /**
     * Writes {@code graph} to {@code out} in UTF-8; {@code out} is flushed, not closed.
     *
     * @param layout positions to store with the nodes (empty for none); nodes it lacks get no position
     */
    public void write(ActorGraph graph, Map<Long, Point> layout, OutputStream out) throws IOException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        XMLStreamWriter xml = XmlText.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            XmlText.indent(xml, 0);
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "kind", "node", "kind", "string");
            key(xml, "sources", "node", "sources", "int");
            key(xml, "r", "node", "r", "int");
            key(xml, "g", "node", "g", "int");
            key(xml, "b", "node", "b", "int");
            boolean positions = !layout.isEmpty();
            if (positions) {
                key(xml, "x", "node", "x", "double");
                key(xml, "y", "node", "y", "double");
            }
            key(xml, "edge-kind", "edge", "kind", "string");
            key(xml, "type", "edge", "type", "string");
            key(xml, "weight", "edge", "weight", "double");

            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", "actors");
            xml.writeAttribute("edgedefault", "undirected");
            for (Node node : graph.nodes()) {
                XmlText.indent(xml, 2);
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", nodeId(node.actorId()));
                data(xml, "label", XmlText.label(node.label()));
                data(xml, "kind", node.kind().name());
                data(xml, "sources", Integer.toString(node.sources()));
                KindColours colour = KindColours.of(node.kind());
                data(xml, "r", Integer.toString(colour.red));
                data(xml, "g", Integer.toString(colour.green));
                data(xml, "b", Integer.toString(colour.blue));
                Point p = layout.get(node.actorId());
                if (p != null) {
                    data(xml, "x", XmlText.number(p.x()));
                    data(xml, "y", XmlText.number(p.y()));
                }
                xml.writeEndElement();
            }
            int id = 0;
            for (Edge edge : graph.edges()) {
                XmlText.indent(xml, 2);
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", nodeId(edge.fromActorId()));
                xml.writeAttribute("target", nodeId(edge.toActorId()));
                xml.writeAttribute("directed", Boolean.toString(edge.directed()));
                data(xml, "edge-kind", edge.kind().name());
                if (edge.type() != null) {
                    data(xml, "type", edge.type().name());
                }
                data(xml, "weight", Integer.toString(edge.weight()));
                xml.writeEndElement();
            }
            XmlText.indent(xml, 1);
            xml.writeEndElement(); // graph
            XmlText.indent(xml, 0);
            xml.writeEndElement(); // graphml
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // does not close out
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the GraphML file: " + e.getMessage(), e);
        }
    }

    private static String nodeId(long actorId) {
        return "n" + actorId;
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        XmlText.indent(xml, 1);
        xml.writeEmptyElement(NS, "key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
