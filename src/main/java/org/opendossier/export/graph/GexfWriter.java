package org.opendossier.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;

/**
 * Writes the actor network as GEXF 1.3, the format Gephi reads natively (gexf.net, 1.3 schema).
 *
 * <ul>
 *   <li>Nodes: id = actor id, {@code label} = display name, attributes {@code kind} (PERSON, ORGANISATION,
 *       PLACE, OTHER) and {@code sources}; {@code viz:color} by kind, {@code viz:size} by sources, and
 *       {@code viz:position} when a layout is given (y negated: Gephi's y axis points up, the layout's down, as
 *       on screen and in the SVG).
 *   <li>Edges: the graph's default type is undirected (co-occurrence); each relationship edge says
 *       {@code type="directed"}. {@code weight} is the edge's weight. The GEXF edge {@code kind} is
 *       {@code co_occurrence} or the relationship type in lower case ({@code member_of}), so that Gephi keeps a
 *       relationship and a co-occurrence between the same two actors as two edges instead of merging them;
 *       attributes {@code kind} and {@code type} repeat this for filtering.
 * </ul>
 */
public final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

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
            xml.writeStartElement(NS, "gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("viz", VIZ);
            xml.writeAttribute("version", "1.3");
            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "meta");
            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "creator");
            xml.writeCharacters("OpenDossier");
            xml.writeEndElement();
            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "description");
            xml.writeCharacters("Actors, their relationships and their co-occurrence in the sources");
            xml.writeEndElement();
            XmlText.indent(xml, 1);
            xml.writeEndElement();

            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("mode", "static");
            xml.writeAttribute("defaultedgetype", "undirected");
            declare(xml, "node", new String[][] {{"kind", "string"}, {"sources", "integer"}});
            declare(xml, "edge", new String[][] {{"kind", "string"}, {"type", "string"}});

            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "nodes");
            xml.writeAttribute("count", Integer.toString(graph.nodes().size()));
            for (Node node : graph.nodes()) {
                writeNode(xml, node, layout.get(node.actorId()));
            }
            XmlText.indent(xml, 2);
            xml.writeEndElement();

            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "edges");
            xml.writeAttribute("count", Integer.toString(graph.edges().size()));
            int id = 0;
            for (Edge edge : graph.edges()) {
                writeEdge(xml, "e" + id++, edge);
            }
            XmlText.indent(xml, 2);
            xml.writeEndElement();
            XmlText.indent(xml, 1);
            xml.writeEndElement(); // graph
            XmlText.indent(xml, 0);
            xml.writeEndElement(); // gexf
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // does not close out
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the GEXF file: " + e.getMessage(), e);
        }
    }

    private static void declare(XMLStreamWriter xml, String forClass, String[][] attributes) throws XMLStreamException {
        XmlText.indent(xml, 2);
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", forClass);
        for (String[] a : attributes) {
            XmlText.indent(xml, 3);
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", a[0]);
            xml.writeAttribute("title", a[0]);
            xml.writeAttribute("type", a[1]);
        }
        XmlText.indent(xml, 2);
        xml.writeEndElement();
    }

    private static void writeNode(XMLStreamWriter xml, Node node, Point position) throws XMLStreamException {
        XmlText.indent(xml, 3);
        xml.writeStartElement(NS, "node");
        xml.writeAttribute("id", Long.toString(node.actorId()));
        xml.writeAttribute("label", XmlText.label(node.label()));
        XmlText.indent(xml, 4);
        xml.writeStartElement(NS, "attvalues");
        attvalue(xml, "kind", node.kind().name());
        attvalue(xml, "sources", Integer.toString(node.sources()));
        xml.writeEndElement();
        KindColours colour = KindColours.of(node.kind());
        XmlText.indent(xml, 4);
        xml.writeEmptyElement(VIZ, "color");
        xml.writeAttribute("r", Integer.toString(colour.red));
        xml.writeAttribute("g", Integer.toString(colour.green));
        xml.writeAttribute("b", Integer.toString(colour.blue));
        XmlText.indent(xml, 4);
        xml.writeEmptyElement(VIZ, "size");
        xml.writeAttribute("value", XmlText.number(nodeSize(node)));
        if (position != null) {
            XmlText.indent(xml, 4);
            xml.writeEmptyElement(VIZ, "position");
            xml.writeAttribute("x", XmlText.number(position.x()));
            xml.writeAttribute("y", XmlText.number(-position.y())); // Gephi's y axis points up, a screen's down
            xml.writeAttribute("z", "0");
        }
        XmlText.indent(xml, 3);
        xml.writeEndElement();
    }

    private static void writeEdge(XMLStreamWriter xml, String id, Edge edge) throws XMLStreamException {
        XmlText.indent(xml, 3);
        xml.writeStartElement(NS, "edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", Long.toString(edge.fromActorId()));
        xml.writeAttribute("target", Long.toString(edge.toActorId()));
        xml.writeAttribute("type", edge.directed() ? "directed" : "undirected");
        xml.writeAttribute("weight", Integer.toString(edge.weight()));
        if (edge.type() != null) {
            xml.writeAttribute("kind", edge.type().name().toLowerCase(Locale.ROOT));
            xml.writeAttribute("label", XmlText.phrase(edge.type()));
        } else {
            xml.writeAttribute("kind", "co_occurrence");
        }
        xml.writeStartElement(NS, "attvalues");
        attvalue(xml, "kind", edge.kind().name());
        if (edge.type() != null) {
            attvalue(xml, "type", edge.type().name());
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeEmptyElement(NS, "attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", value);
    }

    /** Larger for actors more sources mention, growing with the square root so that a few do not dwarf all. */
    static double nodeSize(Node node) {
        return Math.min(40, 4 + 2 * Math.sqrt(node.sources()));
    }
}
