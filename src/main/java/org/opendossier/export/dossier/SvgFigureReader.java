package org.opendossier.export.dossier;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendossier.export.dossier.FigurePicture.Anchor;
import org.opendossier.export.dossier.FigurePicture.Area;
import org.opendossier.export.dossier.FigurePicture.Label;
import org.opendossier.export.dossier.FigurePicture.Mark;
import org.opendossier.export.dossier.FigurePicture.Pen;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the SVG our timeline and network writers produce into a {@link FigurePicture}: {@code svg} with its size
 * and {@code viewBox}, groups, {@code rect}, {@code circle}, {@code ellipse}, {@code line}, {@code polyline},
 * {@code polygon}, straight-line {@code path}, one-line {@code text}, and {@code marker} placed by {@code
 * marker-end}; styled by presentation attributes, inherited as in SVG (our figures carry no style sheets, and
 * {@link SafeSvg} removes {@code style} anyway).
 *
 * <p>Anything else is skipped with what it contains: titles, scripts, images, links to elsewhere, elements we do not
 * know. The only reference ever followed is {@code url(#id)} to a marker inside the same picture, so reading a
 * figure can never reach a file or the network.
 */
final class SvgFigureReader {
    /** Deeper nesting than any figure of ours is skipped, so that a hostile file cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    /** The font size of SVG text when nothing sets one (CSS {@code medium}). */
    private static final float DEFAULT_FONT_SIZE = 16;

    private final Map<String, Element> markers = new HashMap<>();
    private final Deque<String> markersInUse = new ArrayDeque<>();
    private Rectangle2D viewBox;

    private SvgFigureReader() {}

    /** The picture drawn by the {@code <svg>} element {@code svg}. */
    static FigurePicture read(Element svg) {
        return new SvgFigureReader().picture(svg);
    }

    private FigurePicture picture(Element svg) {
        List<Double> box = SvgValues.numbers(svg.getAttribute("viewBox"));
        double width = SvgValues.length(svg.getAttribute("width"), Double.NaN);
        double height = SvgValues.length(svg.getAttribute("height"), Double.NaN);
        if (box.size() == 4 && box.get(2) > 0 && box.get(3) > 0) {
            viewBox = new Rectangle2D.Double(box.get(0), box.get(1), box.get(2), box.get(3));
        } else if (width > 0 && height > 0) {
            viewBox = new Rectangle2D.Double(0, 0, width, height);
        } else {
            return new FigurePicture(0, 0, new Rectangle2D.Double(), List.of()); // no size: nothing to draw
        }
        // a missing size comes from the viewBox, keeping its proportions
        if (!(width > 0) && !(height > 0)) {
            width = viewBox.getWidth();
            height = viewBox.getHeight();
        } else if (!(width > 0)) {
            width = height * viewBox.getWidth() / viewBox.getHeight();
        } else if (!(height > 0)) {
            height = width * viewBox.getHeight() / viewBox.getWidth();
        }
        collectMarkers(svg, 0);
        List<Mark> marks = new ArrayList<>();
        children(svg, Style.INITIAL.with(svg, viewBox), marks, 0);
        return new FigurePicture(width, height, viewBox, marks);
    }

    private void collectMarkers(Element e, int depth) {
        for (Element child : elements(e)) {
            if (localName(child).equals("marker") && !child.getAttribute("id").isEmpty()) {
                markers.putIfAbsent(child.getAttribute("id"), child);
            }
            if (depth < MAX_DEPTH) {
                collectMarkers(child, depth + 1);
            }
        }
    }

    private void children(Element parent, Style style, List<Mark> marks, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (Element child : elements(parent)) {
            element(child, style, marks, depth + 1);
        }
    }

    private void element(Element e, Style inherited, List<Mark> marks, int depth) {
        if (e.getAttribute("display").strip().equals("none")) {
            return;
        }
        Style style = inherited.with(e, viewBox);
        switch (localName(e)) {
            case "g", "a" -> children(e, style, marks, depth);
            case "rect" -> area(rect(e), style, marks);
            case "circle" -> {
                double r = length(e, "r", diagonal());
                if (r > 0) {
                    area(ellipse(x(e, "cx"), y(e, "cy"), r, r), style, marks);
                }
            }
            case "ellipse" -> {
                double rx = x(e, "rx");
                double ry = y(e, "ry");
                if (rx > 0 && ry > 0) {
                    area(ellipse(x(e, "cx"), y(e, "cy"), rx, ry), style, marks);
                }
            }
            case "line" -> // a line has no inside to fill
                area(new Line2D.Double(x(e, "x1"), y(e, "y1"), x(e, "x2"), y(e, "y2")), style.unfilled(), marks);
            case "polyline", "polygon" -> area(poly(e), style, marks);
            case "path" -> area(SvgValues.path(e.getAttribute("d")), style, marks);
            case "text" -> text(e, style, marks);
            default -> {
                // defs, marker (drawn only where referenced), title, desc, and everything we do not draw
            }
        }
    }

    private static Shape ellipse(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    private Shape rect(Element e) {
        double w = x(e, "width");
        double h = y(e, "height");
        if (!(w > 0) || !(h > 0)) {
            return null;
        }
        double rx = x(e, "rx");
        double ry = y(e, "ry");
        rx = rx > 0 ? rx : ry > 0 ? ry : 0;
        ry = ry > 0 ? ry : rx;
        rx = Math.min(rx, w / 2);
        ry = Math.min(ry, h / 2);
        return rx > 0
                ? new RoundRectangle2D.Double(x(e, "x"), y(e, "y"), w, h, 2 * rx, 2 * ry)
                : new Rectangle2D.Double(x(e, "x"), y(e, "y"), w, h);
    }

    private static Shape poly(Element e) {
        List<Double> points = SvgValues.numbers(e.getAttribute("points"));
        if (points.size() < 4) {
            return null;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0), points.get(1));
        for (int i = 2; i + 1 < points.size(); i += 2) {
            path.lineTo(points.get(i), points.get(i + 1));
        }
        if (localName(e).equals("polygon")) {
            path.closePath();
        }
        return path;
    }

    private void area(Shape shape, Style style, List<Mark> marks) {
        if (shape == null || style.hidden()) {
            return;
        }
        Color fill = style.fillColour();
        Pen pen = style.pen();
        if (fill != null || pen != null) {
            marks.add(new Area(shape, fill, pen, style.strokeFirst()));
        }
        if (style.markerEnd() != null) {
            markerEnd(shape, style, marks);
        }
    }

    /** Draws the referenced marker at the end of the shape, turned along its last segment. */
    private void markerEnd(Shape shape, Style style, List<Mark> marks) {
        Element marker = markers.get(style.markerEnd());
        double[] end = lastSegment(shape);
        if (marker == null || end == null || markersInUse.contains(style.markerEnd())) {
            return;
        }
        List<Double> box = SvgValues.numbers(marker.getAttribute("viewBox"));
        double markerWidth = positiveOr(SvgValues.length(marker.getAttribute("markerWidth"), Double.NaN), 3);
        double markerHeight = positiveOr(SvgValues.length(marker.getAttribute("markerHeight"), Double.NaN), 3);
        Rectangle2D markerBox = box.size() == 4 && box.get(2) > 0 && box.get(3) > 0
                ? new Rectangle2D.Double(box.get(0), box.get(1), box.get(2), box.get(3))
                : new Rectangle2D.Double(0, 0, markerWidth, markerHeight);
        // the marker's own viewBox fitted into markerWidth × markerHeight, centred (xMidYMid meet)
        double fit = Math.min(markerWidth / markerBox.getWidth(), markerHeight / markerBox.getHeight());
        double refX = zeroIfNaN(SvgValues.number(marker.getAttribute("refX")));
        double refY = zeroIfNaN(SvgValues.number(marker.getAttribute("refY")));
        AffineTransform place = new AffineTransform();
        place.translate(end[2], end[3]);
        String orient = marker.getAttribute("orient").strip();
        if (orient.equals("auto") || orient.equals("auto-start-reverse")) {
            place.rotate(Math.atan2(end[3] - end[1], end[2] - end[0]));
        } else if (!Double.isNaN(SvgValues.number(orient))) {
            place.rotate(Math.toRadians(SvgValues.number(orient)));
        }
        if (!marker.getAttribute("markerUnits").strip().equals("userSpaceOnUse")) {
            place.scale(style.strokeWidth(), style.strokeWidth());
        }
        place.scale(fit, fit);
        place.translate(-refX, -refY);

        List<Mark> content = new ArrayList<>();
        markersInUse.push(style.markerEnd());
        Rectangle2D outer = viewBox;
        viewBox = markerBox; // percentages inside the marker refer to its own box
        children(marker, inheritedAt(marker), content, 0);
        viewBox = outer;
        markersInUse.pop();
        double widthScale = Math.sqrt(Math.abs(place.getDeterminant()));
        for (Mark m : content) {
            if (m instanceof Area a) {
                Pen pen = a.pen() == null ? null : scaled(a.pen(), widthScale);
                marks.add(new Area(place.createTransformedShape(a.shape()), a.fill(), pen, a.strokeFirst()));
            }
        }
    }

    private static Pen scaled(Pen pen, double factor) {
        BasicStroke s = pen.stroke();
        float[] dash = s.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= (float) factor;
            }
        }
        return new Pen(
                pen.colour(),
                new BasicStroke(
                        (float) (s.getLineWidth() * factor),
                        s.getEndCap(),
                        s.getLineJoin(),
                        s.getMiterLimit(),
                        dash,
                        (float) (s.getDashPhase() * factor)));
    }

    /** The style a marker's content inherits: from the marker's ancestors, not from the shape that uses it. */
    private Style inheritedAt(Element marker) {
        Deque<Element> chain = new ArrayDeque<>();
        for (Node n = marker; n instanceof Element e; n = n.getParentNode()) {
            chain.push(e);
            if (localName(e).equals("svg")) {
                break;
            }
        }
        Style style = Style.INITIAL.withoutMarkers();
        for (Element e : chain) {
            style = style.with(e, viewBox).withoutMarkers();
        }
        return style;
    }

    /** The last segment of the outline as {x1, y1, x2, y2}, or {@code null} if it has none of any length. */
    private static double[] lastSegment(Shape shape) {
        double[] from = null;
        double[] to = null;
        double[] start = null;
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            double[] point =
                    switch (type) {
                        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> new double[] {c[0], c[1]};
                        case PathIterator.SEG_QUADTO -> new double[] {c[2], c[3]};
                        case PathIterator.SEG_CUBICTO -> new double[] {c[4], c[5]};
                        default -> start; // close: back to where the subpath began
                    };
            if (type == PathIterator.SEG_MOVETO) {
                start = point;
                from = null;
            } else if (to != null && point != null && (point[0] != to[0] || point[1] != to[1])) {
                from = to;
            }
            to = point;
        }
        return from == null || to == null ? null : new double[] {from[0], from[1], to[0], to[1]};
    }

    private void text(Element e, Style style, List<Mark> marks) {
        String text = textContent(e, new StringBuilder(), 0).toString().strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || style.hidden() || (style.fillColour() == null && style.pen() == null)) {
            return;
        }
        marks.add(new Label(
                text,
                first(e, "x", viewBox.getWidth()),
                first(e, "y", viewBox.getHeight()),
                style.fontSize(),
                style.bold(),
                style.anchor(),
                style.fillColour(),
                style.pen(),
                style.strokeFirst()));
    }

    /** The characters of a text element and its spans, without those of titles and descriptions. */
    private static StringBuilder textContent(Node node, StringBuilder out, int depth) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element child
                    && localName(child).equals("tspan")
                    && depth < MAX_DEPTH
                    && !child.getAttribute("display").strip().equals("none")) {
                textContent(child, out, depth + 1);
            }
        }
        return out;
    }

    /** The first number of a coordinate list such as a text's {@code x}, 0 if none. */
    private static double first(Element e, String name, double reference) {
        String[] items = e.getAttribute(name).strip().split("[\\s,]+");
        return zeroIfNaN(SvgValues.length(items[0], reference));
    }

    private double x(Element e, String name) {
        return length(e, name, viewBox.getWidth());
    }

    private double y(Element e, String name) {
        return length(e, name, viewBox.getHeight());
    }

    private static double length(Element e, String name, double reference) {
        return zeroIfNaN(SvgValues.length(e.getAttribute(name), reference));
    }

    /** What a percentage of a length that is neither across nor down refers to (SVG 1.1 §7.10). */
    private double diagonal() {
        return Math.hypot(viewBox.getWidth(), viewBox.getHeight()) / Math.sqrt(2);
    }

    private static double zeroIfNaN(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static double positiveOr(double value, double fallback) {
        return value > 0 ? value : fallback;
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static String localName(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The presentation attributes in force on an element, after inheritance.
     *
     * @param opacity the product of the {@code opacity} of the element and its groups (a group's opacity is
     *     applied to each of its shapes, which differs from SVG only where shapes of one group overlap)
     */
    private record Style(
            SvgValues.Paint fill,
            SvgValues.Paint stroke,
            double strokeWidth,
            float[] dash,
            int join,
            int cap,
            double fillOpacity,
            double strokeOpacity,
            double opacity,
            float fontSize,
            boolean bold,
            Anchor anchor,
            boolean strokeFirst,
            String markerEnd,
            boolean hidden) {
        static final Style INITIAL = new Style(
                new SvgValues.Solid(Color.BLACK),
                new SvgValues.NoPaint(),
                1,
                null,
                BasicStroke.JOIN_MITER,
                BasicStroke.CAP_BUTT,
                1,
                1,
                1,
                DEFAULT_FONT_SIZE,
                false,
                Anchor.START,
                false,
                null,
                false);

        /** This style with the element's own attributes applied; values that cannot be read are ignored. */
        Style with(Element e, Rectangle2D box) {
            Style s = this;
            String fill = e.getAttribute("fill");
            SvgValues.Paint fillPaint = fill.isEmpty() ? null : SvgValues.paint(fill);
            String stroke = e.getAttribute("stroke");
            SvgValues.Paint strokePaint = stroke.isEmpty() ? null : SvgValues.paint(stroke);
            double diagonal = Math.hypot(box.getWidth(), box.getHeight()) / Math.sqrt(2);
            double width = SvgValues.length(e.getAttribute("stroke-width"), diagonal);
            double fontSize = SvgValues.length(e.getAttribute("font-size"), fontSize());
            double fillOpacity = SvgValues.opacity(e.getAttribute("fill-opacity"));
            double strokeOpacity = SvgValues.opacity(e.getAttribute("stroke-opacity"));
            double ownOpacity = SvgValues.opacity(e.getAttribute("opacity"));
            return new Style(
                    fillPaint == null ? s.fill : fillPaint,
                    strokePaint == null ? s.stroke : strokePaint,
                    width >= 0 ? width : s.strokeWidth,
                    dash(e.getAttribute("stroke-dasharray"), s.dash),
                    join(e.getAttribute("stroke-linejoin"), s.join),
                    cap(e.getAttribute("stroke-linecap"), s.cap),
                    Double.isNaN(fillOpacity) ? s.fillOpacity : fillOpacity,
                    Double.isNaN(strokeOpacity) ? s.strokeOpacity : strokeOpacity,
                    Double.isNaN(ownOpacity) ? s.opacity : s.opacity * ownOpacity,
                    fontSize > 0 ? (float) fontSize : s.fontSize,
                    bold(e.getAttribute("font-weight"), s.bold),
                    anchor(e.getAttribute("text-anchor"), s.anchor),
                    strokeFirst(e.getAttribute("paint-order"), s.strokeFirst),
                    markerEnd(e.getAttribute("marker-end"), s.markerEnd),
                    hidden(e.getAttribute("visibility"), s.hidden));
        }

        Style unfilled() {
            return new Style(
                    new SvgValues.NoPaint(),
                    stroke,
                    strokeWidth,
                    dash,
                    join,
                    cap,
                    fillOpacity,
                    strokeOpacity,
                    opacity,
                    fontSize,
                    bold,
                    anchor,
                    strokeFirst,
                    markerEnd,
                    hidden);
        }

        Style withoutMarkers() {
            return new Style(
                    fill,
                    stroke,
                    strokeWidth,
                    dash,
                    join,
                    cap,
                    fillOpacity,
                    strokeOpacity,
                    opacity,
                    fontSize,
                    bold,
                    anchor,
                    strokeFirst,
                    null,
                    hidden);
        }

        Color fillColour() {
            return fill instanceof SvgValues.Solid s ? withAlpha(s.colour(), fillOpacity * opacity) : null;
        }

        Pen pen() {
            if (!(stroke instanceof SvgValues.Solid s) || !(strokeWidth > 0)) {
                return null;
            }
            return new Pen(
                    withAlpha(s.colour(), strokeOpacity * opacity),
                    new BasicStroke((float) strokeWidth, cap, join, 4, dash, 0));
        }

        private static Color withAlpha(Color c, double alpha) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
        }

        private static float[] dash(String value, float[] inherited) {
            if (value.isBlank()) {
                return inherited;
            }
            if (value.strip().equals("none")) {
                return null;
            }
            List<Double> numbers = SvgValues.numbers(value);
            double sum = numbers.stream().mapToDouble(Double::doubleValue).sum();
            if (numbers.isEmpty() || numbers.stream().anyMatch(n -> n < 0) || !(sum > 0)) {
                return null; // SVG: a list that cannot be used draws a solid line
            }
            // an odd list is repeated to make it even (SVG 1.1 §11.4)
            int n = numbers.size() % 2 == 0 ? numbers.size() : 2 * numbers.size();
            float[] dash = new float[n];
            for (int i = 0; i < n; i++) {
                dash[i] = numbers.get(i % numbers.size()).floatValue();
            }
            return dash;
        }

        private static int join(String value, int inherited) {
            return switch (value.strip()) {
                case "round" -> BasicStroke.JOIN_ROUND;
                case "bevel" -> BasicStroke.JOIN_BEVEL;
                case "miter" -> BasicStroke.JOIN_MITER;
                default -> inherited;
            };
        }

        private static int cap(String value, int inherited) {
            return switch (value.strip()) {
                case "round" -> BasicStroke.CAP_ROUND;
                case "square" -> BasicStroke.CAP_SQUARE;
                case "butt" -> BasicStroke.CAP_BUTT;
                default -> inherited;
            };
        }

        private static boolean bold(String value, boolean inherited) {
            String v = value.strip();
            if (v.equals("bold") || v.equals("bolder")) {
                return true;
            }
            if (v.equals("normal") || v.equals("lighter")) {
                return false;
            }
            double weight = SvgValues.number(v);
            return Double.isNaN(weight) ? inherited : weight >= 600;
        }

        private static Anchor anchor(String value, Anchor inherited) {
            return switch (value.strip()) {
                case "start" -> Anchor.START;
                case "middle" -> Anchor.MIDDLE;
                case "end" -> Anchor.END;
                default -> inherited;
            };
        }

        private static boolean strokeFirst(String value, boolean inherited) {
            String v = value.strip();
            if (v.isEmpty()) {
                return inherited;
            }
            // "stroke", "stroke fill", "markers stroke": the stroke comes before the fill
            int stroke = v.indexOf("stroke");
            int fill = v.indexOf("fill");
            return stroke >= 0 && (fill < 0 || stroke < fill);
        }

        private static String markerEnd(String value, String inherited) {
            String v = value.strip();
            if (v.isEmpty()) {
                return inherited;
            }
            // only a marker of this picture: url(#id)
            if (v.startsWith("url(") && v.endsWith(")")) {
                String target = v.substring(4, v.length() - 1).strip().replaceAll("^['\"]|['\"]$", "");
                if (target.startsWith("#") && target.length() > 1) {
                    return target.substring(1);
                }
            }
            return null;
        }

        private static boolean hidden(String value, boolean inherited) {
            return switch (value.strip()) {
                case "hidden", "collapse" -> true;
                case "visible" -> false;
                default -> inherited;
            };
        }
    }
}
