package org.opendossier.export.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendossier.export.graph.XmlText;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Stance;
import org.opendossier.model.StanceStyle;
import org.opendossier.model.Timeline;
import org.opendossier.model.TimelineFigure;
import org.opendossier.model.TimelineFigure.Band;
import org.opendossier.model.TimelineFigure.Lane;
import org.opendossier.model.TimelineFigure.LegendItem;
import org.opendossier.model.TimelineFigure.Marker;
import org.opendossier.model.TimelineFigure.Tick;

/**
 * Draws the claims timeline as one self-contained SVG file (no scripts, fonts, styles or images from outside),
 * exactly as {@link TimelineFigure} lays it out: a legend, the time axis with a grid line per tick, and a lane
 * per claim with its statement and status on the left, the claimed event's dates as a grey band, a thin line
 * from the first dated appearance to the last, and each appearance as a marker in its stance's colour and
 * shape, the first one ringed. Every marker carries a tooltip ({@code <title>}) with outlet, date, stance and
 * title, and {@code data-} attributes naming the claim, source, stance and role for scripts that read the file.
 */
public final class TimelineSvgWriter {
    static final String NS = "http://www.w3.org/2000/svg";
    private static final String TEXT = "#202124";
    private static final String MUTED = "#5f6368";
    private static final String GRID = "#e3e5e8";
    private static final String GRID_MAJOR = "#bdc1c6";
    private static final String STRIPE = "#f6f8fa";
    private static final String EVENT_FILL = "#9aa0a6";
    private static final String EVENT_STROKE = "#70757a";

    /** Writes the picture to {@code out} in UTF-8; {@code out} is flushed, not closed. */
    public void write(TimelineFigure figure, OutputStream out) throws IOException {
        Objects.requireNonNull(figure, "figure");
        XMLStreamWriter xml = XmlText.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            XmlText.indent(xml, 0);
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "svg");
            xml.writeDefaultNamespace(NS);
            String w = XmlText.number(Math.ceil(figure.width()));
            String h = XmlText.number(Math.ceil(figure.height()));
            xml.writeAttribute("width", w);
            xml.writeAttribute("height", h);
            xml.writeAttribute("viewBox", "0 0 " + w + " " + h);
            xml.writeAttribute("font-family", "sans-serif");
            xml.writeAttribute("font-size", XmlText.number(TimelineFigure.FONT_SIZE));
            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "title");
            int appearances =
                    figure.lanes().stream().mapToInt(l -> l.markers().size()).sum();
            xml.writeCharacters("Claims timeline: " + count(figure.lanes().size(), "claim") + ", "
                    + count(appearances, "appearance"));
            xml.writeEndElement();
            XmlText.indent(xml, 1);
            xml.writeEmptyElement(NS, "rect");
            xml.writeAttribute("width", "100%");
            xml.writeAttribute("height", "100%");
            xml.writeAttribute("fill", "#ffffff");

            writeStripes(xml, figure);
            writeAxis(xml, figure);
            writeLegend(xml, figure.legend());
            XmlText.indent(xml, 1);
            xml.writeStartElement(NS, "g");
            xml.writeAttribute("class", "lanes");
            for (Lane lane : figure.lanes()) {
                writeLane(xml, lane);
            }
            XmlText.indent(xml, 1);
            xml.writeEndElement();

            XmlText.indent(xml, 0);
            xml.writeEndElement(); // svg
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // does not close out
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the SVG timeline: " + e.getMessage(), e);
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Every other lane on a light ground, so that a lane can be followed across the picture. */
    private static void writeStripes(XMLStreamWriter xml, TimelineFigure figure) throws XMLStreamException {
        XmlText.indent(xml, 1);
        xml.writeStartElement(NS, "g");
        xml.writeAttribute("class", "stripes");
        xml.writeAttribute("fill", STRIPE);
        for (Lane lane : figure.lanes()) {
            if (lane.index() % 2 == 1) {
                XmlText.indent(xml, 2);
                xml.writeEmptyElement(NS, "rect");
                xml.writeAttribute("x", "0");
                xml.writeAttribute("y", XmlText.number(lane.top()));
                xml.writeAttribute("width", XmlText.number(figure.width()));
                xml.writeAttribute("height", XmlText.number(lane.height()));
            }
        }
        XmlText.indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeAxis(XMLStreamWriter xml, TimelineFigure figure) throws XMLStreamException {
        TimelineFigure.Axis axis = figure.axis();
        double bottom = figure.lanes().isEmpty()
                ? figure.lanesTop()
                : figure.lanes().getLast().bottom();
        XmlText.indent(xml, 1);
        xml.writeStartElement(NS, "g");
        xml.writeAttribute("class", "axis");
        if (axis != null) {
            xml.writeAttribute("data-from", axis.from().toString());
            xml.writeAttribute("data-to", axis.to().toString());
            for (Tick t : axis.ticks()) {
                XmlText.indent(xml, 2);
                xml.writeEmptyElement(NS, "line");
                xml.writeAttribute("class", t.major() ? "tick major" : "tick");
                xml.writeAttribute("x1", XmlText.number(t.x()));
                xml.writeAttribute("y1", XmlText.number(axis.y() - 6));
                xml.writeAttribute("x2", XmlText.number(t.x()));
                xml.writeAttribute("y2", XmlText.number(bottom));
                xml.writeAttribute("stroke", t.major() ? GRID_MAJOR : GRID);
                XmlText.indent(xml, 2);
                xml.writeStartElement(NS, "text");
                xml.writeAttribute("class", "tick-label");
                xml.writeAttribute("x", XmlText.number(t.x() + 3));
                xml.writeAttribute("y", XmlText.number(axis.y() - 5));
                xml.writeAttribute("font-size", "11");
                xml.writeAttribute("fill", MUTED);
                xml.writeCharacters(t.label());
                xml.writeEndElement();
            }
            XmlText.indent(xml, 2);
            xml.writeEmptyElement(NS, "line");
            xml.writeAttribute("class", "axis-line");
            xml.writeAttribute("x1", XmlText.number(axis.left()));
            xml.writeAttribute("y1", XmlText.number(axis.y()));
            xml.writeAttribute("x2", XmlText.number(axis.right()));
            xml.writeAttribute("y2", XmlText.number(axis.y()));
            xml.writeAttribute("stroke", MUTED);
        }
        Band undated = figure.undated();
        if (undated != null) {
            double top = figure.lanesTop();
            XmlText.indent(xml, 2);
            xml.writeEmptyElement(NS, "line");
            xml.writeAttribute("class", "undated-rule");
            xml.writeAttribute("x1", XmlText.number(undated.x1() - 8));
            xml.writeAttribute("y1", XmlText.number(top - 22));
            xml.writeAttribute("x2", XmlText.number(undated.x1() - 8));
            xml.writeAttribute("y2", XmlText.number(bottom));
            xml.writeAttribute("stroke", GRID_MAJOR);
            xml.writeAttribute("stroke-dasharray", "3 3");
            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "text");
            xml.writeAttribute("class", "undated-label");
            xml.writeAttribute("x", XmlText.number(undated.x1()));
            xml.writeAttribute("y", XmlText.number(top - 13));
            xml.writeAttribute("font-size", "11");
            xml.writeAttribute("fill", MUTED);
            xml.writeCharacters("Undated");
            xml.writeEndElement();
        }
        XmlText.indent(xml, 1);
        xml.writeEndElement();
    }

    private static void writeLegend(XMLStreamWriter xml, List<LegendItem> legend) throws XMLStreamException {
        XmlText.indent(xml, 1);
        xml.writeStartElement(NS, "g");
        xml.writeAttribute("class", "legend");
        for (LegendItem item : legend) {
            XmlText.indent(xml, 2);
            switch (item.kind()) {
                case FIRST -> {
                    writeShape(xml, StanceStyle.SUPPORTS, item.x(), item.y());
                    writeRing(xml, item.x(), item.y());
                }
                case EVENT -> {
                    xml.writeEmptyElement(NS, "rect");
                    xml.writeAttribute("x", XmlText.number(item.x() - 6));
                    xml.writeAttribute("y", XmlText.number(item.y() - 6));
                    xml.writeAttribute("width", "12");
                    xml.writeAttribute("height", "12");
                    eventStyle(xml);
                }
                default -> writeShape(xml, StanceStyle.valueOf(item.kind().name()), item.x(), item.y());
            }
            XmlText.indent(xml, 2);
            xml.writeStartElement(NS, "text");
            xml.writeAttribute("x", XmlText.number(item.textX()));
            xml.writeAttribute("y", XmlText.number(item.baseline()));
            xml.writeAttribute("fill", TEXT);
            xml.writeCharacters(legendText(item.kind()));
            xml.writeEndElement();
        }
        XmlText.indent(xml, 1);
        xml.writeEndElement();
    }

    private static String legendText(TimelineFigure.LegendKind kind) {
        return switch (kind) {
            case SUPPORTS -> "Supports";
            case REPORTS -> "Reports";
            case MENTIONS -> "Mentions";
            case DISPUTES -> "Disputes";
            case DENIES -> "Denies";
            case FIRST -> "First appearance";
            case EVENT -> "Event date";
        };
    }

    private static void writeLane(XMLStreamWriter xml, Lane lane) throws XMLStreamException {
        Timeline.Row row = lane.row();
        XmlText.indent(xml, 2);
        xml.writeStartElement(NS, "g");
        xml.writeAttribute("class", "lane");
        xml.writeAttribute("data-claim", Long.toString(row.claimId()));
        XmlText.indent(xml, 3);
        xml.writeStartElement(NS, "title");
        xml.writeCharacters(XmlText.label(row.statement()));
        xml.writeEndElement();
        for (int i = 0; i < lane.lines().size(); i++) {
            XmlText.indent(xml, 3);
            xml.writeStartElement(NS, "text");
            xml.writeAttribute("class", "statement");
            xml.writeAttribute("x", XmlText.number(lane.textX()));
            xml.writeAttribute("y", XmlText.number(lane.baseline(i)));
            xml.writeAttribute("fill", TEXT);
            xml.writeCharacters(XmlText.label(lane.lines().get(i)));
            xml.writeEndElement();
        }
        XmlText.indent(xml, 3);
        xml.writeStartElement(NS, "text");
        xml.writeAttribute("class", "status");
        xml.writeAttribute("x", XmlText.number(lane.textX()));
        xml.writeAttribute("y", XmlText.number(lane.baseline(lane.lines().size())));
        xml.writeAttribute("font-size", "11");
        xml.writeAttribute("fill", MUTED);
        xml.writeCharacters(statusLine(row));
        xml.writeEndElement();

        if (lane.event() != null) {
            Band e = lane.event();
            double width = Math.max(3, e.width());
            XmlText.indent(xml, 3);
            xml.writeStartElement(NS, "rect");
            xml.writeAttribute("class", "event");
            xml.writeAttribute("x", XmlText.number(e.centre() - width / 2));
            xml.writeAttribute("y", XmlText.number(lane.top() + 4));
            xml.writeAttribute("width", XmlText.number(width));
            xml.writeAttribute("height", XmlText.number(lane.height() - 8));
            xml.writeAttribute("rx", "2");
            eventStyle(xml);
            xml.writeStartElement(NS, "title");
            xml.writeCharacters("Event: " + row.eventDate());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (lane.spread() != null) {
            XmlText.indent(xml, 3);
            xml.writeEmptyElement(NS, "line");
            xml.writeAttribute("class", "spread");
            xml.writeAttribute("x1", XmlText.number(lane.spread().x1()));
            xml.writeAttribute("y1", XmlText.number(lane.centre()));
            xml.writeAttribute("x2", XmlText.number(lane.spread().x2()));
            xml.writeAttribute("y2", XmlText.number(lane.centre()));
            xml.writeAttribute("stroke", EVENT_FILL);
            xml.writeAttribute("stroke-width", "1.5");
        }
        for (Marker m : lane.markers()) {
            writeMarker(xml, row, m);
        }
        XmlText.indent(xml, 2);
        xml.writeEndElement();
    }

    /** "Disputed · event 2024-05". */
    private static String statusLine(Timeline.Row row) {
        String status = statusName(row.status());
        return row.eventDate() == null ? status : status + " · event " + row.eventDate();
    }

    private static String statusName(ClaimStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void writeMarker(XMLStreamWriter xml, Timeline.Row row, Marker m) throws XMLStreamException {
        Timeline.Appearance a = m.appearance();
        XmlText.indent(xml, 3);
        xml.writeStartElement(NS, "g");
        xml.writeAttribute("class", "appearance " + a.role().name().toLowerCase(Locale.ROOT));
        xml.writeAttribute("data-claim", Long.toString(row.claimId()));
        xml.writeAttribute("data-source", Long.toString(a.sourceId()));
        xml.writeAttribute("data-stance", a.stance().name());
        xml.writeAttribute("data-role", a.role().name());
        if (a.published() != null) {
            xml.writeAttribute("data-date", a.published().toString());
        }
        xml.writeStartElement(NS, "title");
        xml.writeCharacters(tooltip(a));
        xml.writeEndElement();
        StanceStyle style = m.style();
        if (m.span() != null && m.span().width() > 2 * TimelineFigure.MARKER_RADIUS) {
            // a date known only to the month or year: the whole stretch, faintly, behind the marker
            xml.writeEmptyElement(NS, "rect");
            xml.writeAttribute("class", "date-span");
            xml.writeAttribute("x", XmlText.number(m.span().x1()));
            xml.writeAttribute("y", XmlText.number(m.y() - 2.5));
            xml.writeAttribute("width", XmlText.number(m.span().width()));
            xml.writeAttribute("height", "5");
            xml.writeAttribute("rx", "2.5");
            xml.writeAttribute("fill", style.hex());
            xml.writeAttribute("fill-opacity", "0.35");
        }
        writeShape(xml, style, m.x(), m.y());
        if (a.role() == Timeline.Role.FIRST) {
            writeRing(xml, m.x(), m.y());
        }
        xml.writeEndElement();
    }

    /** "Valley Post, 2024-05-03, reports: Granary burned" (undated sources say so). */
    private static String tooltip(Timeline.Appearance a) {
        String outlet = XmlText.label(a.outlet());
        String date = a.published() == null ? "undated" : a.published().toString();
        String stance = stanceName(a.stance());
        String first = a.role() == Timeline.Role.FIRST ? " (first appearance)" : "";
        return (outlet.isEmpty() ? "" : outlet + ", ") + date + ", " + stance + first + ": " + XmlText.label(a.title());
    }

    private static String stanceName(Stance stance) {
        return stance.name().toLowerCase(Locale.ROOT);
    }

    private static void writeShape(XMLStreamWriter xml, StanceStyle style, double x, double y)
            throws XMLStreamException {
        double[] corners = TimelineFigure.polygon(style.shape(), x, y);
        if (corners.length == 0) {
            xml.writeEmptyElement(NS, "circle");
            xml.writeAttribute("cx", XmlText.number(x));
            xml.writeAttribute("cy", XmlText.number(y));
            xml.writeAttribute("r", XmlText.number(TimelineFigure.circleRadius(style.shape())));
        } else {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < corners.length; i += 2) {
                points.append(i == 0 ? "" : " ")
                        .append(XmlText.number(corners[i]))
                        .append(',')
                        .append(XmlText.number(corners[i + 1]));
            }
            xml.writeEmptyElement(NS, "polygon");
            xml.writeAttribute("points", points.toString());
        }
        xml.writeAttribute("class", "marker");
        xml.writeAttribute("fill", style.hex());
        xml.writeAttribute("stroke", "#ffffff");
        xml.writeAttribute("stroke-width", "1");
    }

    private static void writeRing(XMLStreamWriter xml, double x, double y) throws XMLStreamException {
        xml.writeEmptyElement(NS, "circle");
        xml.writeAttribute("class", "first-ring");
        xml.writeAttribute("cx", XmlText.number(x));
        xml.writeAttribute("cy", XmlText.number(y));
        xml.writeAttribute("r", XmlText.number(TimelineFigure.MARKER_RADIUS + 3));
        xml.writeAttribute("fill", "none");
        xml.writeAttribute("stroke", TEXT);
        xml.writeAttribute("stroke-width", "1.5");
    }

    private static void eventStyle(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeAttribute("fill", EVENT_FILL);
        xml.writeAttribute("fill-opacity", "0.3");
        xml.writeAttribute("stroke", EVENT_STROKE);
        xml.writeAttribute("stroke-width", "1");
    }
}
