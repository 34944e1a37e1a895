package org.opendossier.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.Node;
import org.opendossier.model.ActorGraph.Point;
import org.opendossier.model.ActorKind;

/**
 * Draws the actor network as one self-contained SVG file (no scripts, fonts, styles or images from outside):
 * the nodes at their layout positions as circles coloured by kind and sized by sources, each with its name;
 * co-occurrence as grey lines whose width grows with the weight; relationships as darker arrows from subject
 * to object; and a legend of the kinds shown. The positions are scaled, keeping their proportions, to fill the
 * picture inside a margin, so a layout in any units will do.
 */
public final class SvgGraphWriter {
    static final String NS = "http://www.w3.org/2000/svg";
    private static final double MARGIN = 40;
    private static final double FONT_SIZE = 11;
    /** A generous average advance of a sans-serif character, in ems: DejaVu Sans, which the PDF uses, is wide. */
    private static final double LABEL_ADVANCE = 0.62;

    private static final String CO_OCCURRENCE_COLOUR = "#9aa0a6";
    private static final String RELATIONSHIP_COLOUR = "#3c4043";

    /**
     * Writes the picture to {@code out} in UTF-8; {@code out} is flushed, not closed.
     *
     * @param layout a position for every node of {@code graph}
     * @param width the picture's width in CSS pixels
     * @param height the picture's height in CSS pixels
     * @throws IllegalArgumentException if a node has no position, or the picture is too small for its margin
     */
    public void write(ActorGraph graph, Map<Long, Point> layout, double width, double height, OutputStream out)
            throws IOException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        if (!(width > 3 * MARGIN) || !(height > 3 * MARGIN) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("the picture must be larger than " + 3 * MARGIN + " × " + 3 * MARGIN
                    + " pixels, not " + width + " × " + height);
        }
        Map<Long, Point> at = place(graph, layout, width, height);
        Map<Long, Double> radius = new HashMap<>();
        for (Node n : graph.nodes()) {
            radius.put(n.actorId(), GexfWriter.nodeSize(n) / 2 + 2);
        }
        XMLStreamWriter xml = XmlText.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            XmlText.indent(xml, 0);
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "svg");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("width", XmlText.number(width));
            xml.writeAttribute("height", XmlText.number(height));
            xml.writeAttribute("viewBox", "0 0 " + XmlText.number(width) + " " + XmlText.number(height));
            xml.writeAttribute("font-family", "sans-serif");
            xml.writeAttribute("font-size", XmlText.number(FONT_SIZE));
            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "title");
            xml.writeCharacters("Actor network: " + graph.nodes().size() + " actors, "
                    + graph.edges().size() + " links");
            xml.writeEndElement();
            writeDefs(xml);
            XmlText.indent(xml, 1);
            xml.writeEmptyElement(NS, "rect");
            xml.writeAttribute("width", "100%");
            xml.writeAttribute("height", "100%");
            xml.writeAttribute("fill", "#ffffff");

            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "g");
            xml.writeAttribute("class", "edges");
            xml.writeAttribute("fill", "none");
            for (Edge e : sortedForDrawing(graph.edges())) {
                writeEdge(xml, e, at.get(e.fromActorId()), at.get(e.toActorId()), radius.get(e.toActorId()));
            }
            XmlText.indent(xml, 1);
            xml.writeEndElement();

            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "g");
            xml.writeAttribute("class", "nodes");
            xml.writeAttribute("stroke", "#ffffff");
            xml.writeAttribute("stroke-width", "1");
            for (Node n : graph.nodes()) {
                writeNode(xml, n, at.get(n.actorId()), radius.get(n.actorId()));
            }
            XmlText.indent(xml, 1);
            xml.writeEndElement();

            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "g");
            xml.writeAttribute("class", "labels");
            xml.writeAttribute("text-anchor", "middle");
            xml.writeAttribute("fill", "#202124");
            xml.writeAttribute("stroke", "#ffffff");
            xml.writeAttribute("stroke-width", "3");
            xml.writeAttribute("stroke-linejoin", "round");
            xml.writeAttribute("paint-order", "stroke");
            for (Node n : graph.nodes()) {
                Point p = at.get(n.actorId());
                XmlText.indent(xml, 2);
                xml.writeStartElement(NS, "text");
                xml.writeAttribute("x", XmlText.number(p.x()));
                xml.writeAttribute("y", XmlText.number(p.y() + radius.get(n.actorId()) + FONT_SIZE));
                xml.writeCharacters(XmlText.label(n.label()));
                xml.writeEndElement();
            }
            XmlText.indent(xml, 1);
            xml.writeEndElement();

            writeLegend(xml, graph);
            XmlText.indent(xml, 0);
            xml.writeEndElement(); // svg
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // does not close out
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the SVG picture: " + e.getMessage(), e);
        }
    }

    /**
     * The margin left and right: wide enough for half the longest label, which is centred under its node, so that
     * no name is cut at the picture's edge (estimated at {@link #LABEL_ADVANCE} of the font size a character), and
     * never more than a quarter of the width.
     */
    private static double sideMargin(ActorGraph graph, double width) {
        int longest = 0;
        for (Node n : graph.nodes()) {
            longest = Math.max(
                    longest,
                    XmlText.label(n.label())
                            .codePointCount(0, XmlText.label(n.label()).length()));
        }
        return Math.min(width / 4, Math.max(MARGIN, longest * LABEL_ADVANCE * FONT_SIZE / 2 + 4));
    }

    /** The layout's positions scaled and centred inside the margin. */
    private static Map<Long, Point> place(ActorGraph graph, Map<Long, Point> layout, double width, double height) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Node n : graph.nodes()) {
            Point p = layout.get(n.actorId());
            if (p == null) {
                throw new IllegalArgumentException("actor " + n.actorId() + " (" + n.label()
                        + ") has no position: lay out the same network that is drawn");
            }
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double side = sideMargin(graph, width);
        double innerWidth = width - 2 * side;
        double innerHeight = height - 2 * MARGIN;
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale = Math.min(
                spanX > 0 ? innerWidth / spanX : Double.POSITIVE_INFINITY,
                spanY > 0 ? innerHeight / spanY : Double.POSITIVE_INFINITY);
        Map<Long, Point> out = new HashMap<>();
        for (Node n : graph.nodes()) {
            Point p = layout.get(n.actorId());
            double x = Double.isInfinite(scale)
                    ? width / 2
                    : side + (p.x() - minX) * scale + (innerWidth - spanX * scale) / 2;
            double y = Double.isInfinite(scale)
                    ? height / 2
                    : MARGIN + (p.y() - minY) * scale + (innerHeight - spanY * scale) / 2;
            out.put(n.actorId(), new Point(x, y));
        }
        return out;
    }

    /** Co-occurrence first, so that relationship arrows are drawn over it. */
    private static List<Edge> sortedForDrawing(List<Edge> edges) {
        List<Edge> out = new ArrayList<>(edges.size());
        edges.stream().filter(e -> !e.directed()).forEach(out::add);
        edges.stream().filter(Edge::directed).forEach(out::add);
        return out;
    }

    private static void writeDefs(XMLStreamWriter xml) throws XMLStreamException {
        XmlText.indent(xml, 1);
        xml.writeStartElement(NS, "defs");
        XmlText.indent(xml, 2);
        xml.writeStartElement(NS, "marker");
        xml.writeAttribute("id", "arrow");
        xml.writeAttribute("viewBox", "0 0 10 10");
        xml.writeAttribute("refX", "10");
        xml.writeAttribute("refY", "5");
        xml.writeAttribute("markerWidth", "7");
        xml.writeAttribute("markerHeight", "7");
        xml.writeAttribute("orient", "auto");
        xml.writeEmptyElement(NS, "path");
        xml.writeAttribute("d", "M0,0L10,5L0,10z");
        xml.writeAttribute("fill", RELATIONSHIP_COLOUR);
        xml.writeEndElement();
        XmlText.indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeEdge(XMLStreamWriter xml, Edge e, Point from, Point to, double targetRadius)
            throws XMLStreamException {
        XmlText.indent(xml, 2);
        xml.writeEmptyElement(NS, "line");
        double x2 = to.x();
        double y2 = to.y();
        if (e.directed()) {
            // End the arrow at the target's rim, not its centre, so that its head shows.
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            double length = Math.sqrt(dx * dx + dy * dy);
            if (length > targetRadius) {
                x2 = to.x() - dx / length * targetRadius;
                y2 = to.y() - dy / length * targetRadius;
            }
        }
        xml.writeAttribute("x1", XmlText.number(from.x()));
        xml.writeAttribute("y1", XmlText.number(from.y()));
        xml.writeAttribute("x2", XmlText.number(x2));
        xml.writeAttribute("y2", XmlText.number(y2));
        if (e.directed()) {
            xml.writeAttribute("stroke", RELATIONSHIP_COLOUR);
            xml.writeAttribute("stroke-width", "1.5");
            xml.writeAttribute("marker-end", "url(#arrow)");
            xml.writeAttribute("data-type", e.type().name());
        } else {
            xml.writeAttribute("stroke", CO_OCCURRENCE_COLOUR);
            xml.writeAttribute("stroke-opacity", "0.7");
            xml.writeAttribute("stroke-width", XmlText.number(strokeWidth(e.weight())));
            xml.writeAttribute("data-weight", Integer.toString(e.weight()));
        }
    }

    /** Wider for more sources, growing with the logarithm and capped, so that heavy pairs do not hide the rest. */
    static double strokeWidth(int weight) {
        return Math.min(8, 0.75 + 1.25 * Math.log(weight));
    }

    private static void writeNode(XMLStreamWriter xml, Node n, Point p, double r) throws XMLStreamException {
        XmlText.indent(xml, 2);
        xml.writeStartElement(NS, "circle");
        xml.writeAttribute("cx", XmlText.number(p.x()));
        xml.writeAttribute("cy", XmlText.number(p.y()));
        xml.writeAttribute("r", XmlText.number(r));
        xml.writeAttribute("fill", KindColours.of(n.kind()).hex());
        xml.writeAttribute("data-actor", Long.toString(n.actorId()));
        xml.writeStartElement(NS, "title");
        xml.writeCharacters(XmlText.label(n.label()) + " (" + n.kind().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + n.sources() + (n.sources() == 1 ? " source)" : " sources)"));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeLegend(XMLStreamWriter xml, ActorGraph graph) throws XMLStreamException {
        Set<ActorKind> shown = EnumSet.noneOf(ActorKind.class);
        graph.nodes().forEach(n -> shown.add(n.kind()));
        XmlText.indent(xml, 1);
        xml.writeStartElement(NS, "g");
        xml.writeAttribute("class", "legend");
        double y = 16;
        for (ActorKind kind : shown) {
            XmlText.indent(xml, 2);
            xml.writeEmptyElement(NS, "circle");
            xml.writeAttribute("cx", "14");
            xml.writeAttribute("cy", XmlText.number(y));
            xml.writeAttribute("r", "5");
            xml.writeAttribute("fill", KindColours.of(kind).hex());
            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "text");
            xml.writeAttribute("x", "24");
            xml.writeAttribute("y", XmlText.number(y + 4));
            xml.writeAttribute("fill", "#202124");
            xml.writeCharacters(legendName(kind));
            xml.writeEndElement();
            y += 16;
        }
        XmlText.indent(xml, 1);
        xml.writeEndElement();
    }

    private static String legendName(ActorKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANISATION -> "Organisation";
            case PLACE -> "Place";
            case OTHER -> "Other";
        };
    }
}
