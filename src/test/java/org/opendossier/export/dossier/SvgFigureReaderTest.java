package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.opendossier.export.dossier.FigurePicture.Anchor;
import org.opendossier.export.dossier.FigurePicture.Area;
import org.opendossier.export.dossier.FigurePicture.Label;
import org.opendossier.export.dossier.FigurePicture.Mark;

/** The SVG subset read into a picture: sizes, inherited attributes, markers, and what is left out. */
class SvgFigureReaderTest {
    private static FigurePicture read(String body, String rootAttributes) throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + rootAttributes + ">" + body + "</svg>";
        return SvgFigureReader.read(DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement());
    }

    private static FigurePicture read(String body) throws Exception {
        return read(body, "width=\"200\" height=\"100\" viewBox=\"0 0 400 200\"");
    }

    @Test
    void theSizeComesFromTheAttributesAndTheViewBoxOrEitherAlone() throws Exception {
        FigurePicture both = read("", "width=\"200\" height=\"100\" viewBox=\"10 20 400 200\"");
        assertThat(both.width()).isEqualTo(200);
        assertThat(both.height()).isEqualTo(100);
        assertThat(both.viewBox()).isEqualTo(new Rectangle2D.Double(10, 20, 400, 200));

        FigurePicture viewBoxOnly = read("", "viewBox=\"0 0 300 150\"");
        assertThat(viewBoxOnly.width()).isEqualTo(300);
        assertThat(viewBoxOnly.height()).isEqualTo(150);

        FigurePicture widthOnly = read("", "width=\"600px\" viewBox=\"0 0 300 150\"");
        assertThat(widthOnly.height()).isEqualTo(300);

        FigurePicture neither = read("<rect width=\"5\" height=\"5\"/>", "");
        assertThat(neither.width()).isZero();
        assertThat(neither.marks()).isEmpty();
    }

    @Test
    void groupsPassTheirAttributesDownAndOpacitiesMultiply() throws Exception {
        FigurePicture picture = read("<g fill=\"#336699\" stroke=\"red\" stroke-width=\"2\" opacity=\"0.5\""
                + " font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\">"
                + "<rect width=\"100%\" height=\"50%\" fill-opacity=\"0.5\"/>"
                + "<circle cx=\"10\" cy=\"10\" r=\"4\" stroke=\"none\" fill=\"#abc\"/>"
                + "<text x=\"20\" y=\"30\" fill=\"#202124\">  Harbour\n  Board </text>"
                + "</g>");
        assertThat(picture.marks()).hasSize(3);

        Area rect = (Area) picture.marks().get(0);
        assertThat(rect.shape().getBounds2D()).isEqualTo(new Rectangle2D.Double(0, 0, 400, 100));
        assertThat(rect.fill()).isEqualTo(new Color(0x33, 0x66, 0x99, 64));
        assertThat(rect.pen().colour()).isEqualTo(new Color(255, 0, 0, 128));
        assertThat(rect.pen().stroke().getLineWidth()).isEqualTo(2);

        Area circle = (Area) picture.marks().get(1);
        assertThat(circle.fill()).isEqualTo(new Color(0xaa, 0xbb, 0xcc, 128));
        assertThat(circle.pen()).isNull();

        Label label = (Label) picture.marks().get(2);
        assertThat(label.text()).isEqualTo("Harbour Board");
        assertThat(label.size()).isEqualTo(11);
        assertThat(label.bold()).isTrue();
        assertThat(label.anchor()).isEqualTo(Anchor.MIDDLE);
        assertThat(label.fill()).isEqualTo(new Color(0x20, 0x21, 0x24, 128));
    }

    @Test
    void aHaloUnderALabelIsAnOutlineDrawnFirst() throws Exception {
        FigurePicture picture = read("<g fill=\"#202124\" stroke=\"#ffffff\" stroke-width=\"3\""
                + " stroke-linejoin=\"round\" paint-order=\"stroke\"><text x=\"5\" y=\"5\">Node</text></g>"
                + "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"9\" stroke=\"#000\" stroke-dasharray=\"3 3\"/>");
        Label label = (Label) picture.marks().get(0);
        assertThat(label.strokeFirst()).isTrue();
        assertThat(label.pen().colour()).isEqualTo(Color.WHITE);
        assertThat(label.pen().stroke().getLineWidth()).isEqualTo(3);
        Area line = (Area) picture.marks().get(1);
        assertThat(line.fill()).as("a line has no inside").isNull();
        assertThat(line.pen().stroke().getDashArray()).containsExactly(3, 3);
    }

    @Test
    void anArrowMarkerSitsOnTheEndOfItsLineTurnedAlongIt() throws Exception {
        String defs = "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#3c4043\"/></marker></defs>";
        FigurePicture across = read(defs + "<line x1=\"0\" y1=\"50\" x2=\"100\" y2=\"50\" stroke=\"#3c4043\""
                + " stroke-width=\"2\" marker-end=\"url(#arrow)\"/>");
        assertThat(across.marks()).hasSize(2);
        Area arrow = (Area) across.marks().get(1);
        // 10 units of marker box → 7 marker units × stroke width 2 = 14 user units, tip on the end point
        Rectangle2D bounds = arrow.shape().getBounds2D();
        assertThat(bounds.getMaxX()).isCloseTo(100, within(1e-9));
        assertThat(bounds.getMinX()).isCloseTo(86, within(1e-9));
        assertThat(bounds.getCenterY()).isCloseTo(50, within(1e-9));
        assertThat(bounds.getHeight()).isCloseTo(14, within(1e-9));
        assertThat(arrow.fill()).isEqualTo(new Color(0x3c, 0x40, 0x43));

        FigurePicture down = read(defs + "<line x1=\"30\" y1=\"0\" x2=\"30\" y2=\"80\" stroke=\"#000\""
                + " marker-end=\"url(#arrow)\"/>");
        Rectangle2D pointingDown = ((Area) down.marks().get(1)).shape().getBounds2D();
        assertThat(pointingDown.getMaxY()).isCloseTo(80, within(1e-9));
        assertThat(pointingDown.getMinY()).isCloseTo(73, within(1e-9));
        assertThat(pointingDown.getCenterX()).isCloseTo(30, within(1e-9));
    }

    @Test
    void onlyMarkersOfThePictureItselfAreUsed() throws Exception {
        FigurePicture picture = read("<defs><marker id=\"arrow\"><path d=\"M0,0L3,1.5L0,3z\"/></marker></defs>"
                + "<line x2=\"50\" y2=\"50\" stroke=\"#000\" marker-end=\"url(http://example.net/a.svg#arrow)\"/>"
                + "<line x2=\"50\" y2=\"50\" stroke=\"#000\" marker-end=\"url(#missing)\"/>");
        assertThat(picture.marks()).hasSize(2).allMatch(m -> ((Area) m).shape() instanceof Line2D);
    }

    @Test
    void whatIsNotDrawnIsSkippedWithItsContentAndBadValuesAreIgnored() throws Exception {
        FigurePicture picture = read("<title>Claims</title><desc>no</desc><script>alert(1)</script>"
                + "<image xlink:href=\"http://example.net/i.png\" width=\"5\" height=\"5\"/>"
                + "<use xlink:href=\"#r\"/><foreignObject><text>inside</text></foreignObject>"
                + "<blink><rect width=\"5\" height=\"5\"/></blink><svg><rect width=\"5\" height=\"5\"/></svg>"
                + "<g display=\"none\"><rect width=\"5\" height=\"5\"/></g>"
                + "<rect width=\"5\" height=\"5\" visibility=\"hidden\"/>"
                + "<rect width=\"-5\" height=\"5\"/><circle r=\"0\"/><text>   </text>"
                + "<rect id=\"r\" width=\"NaN\" height=\"5\"/>"
                + "<g fill=\"#00ff00\"><rect width=\"5\" height=\"5\" fill=\"url(http://example.net/#g)\"/>"
                + "<rect width=\"7\" height=\"7\" fill=\"wobbly\" stroke-width=\"x\" font-size=\"-3\"/></g>"
                + "<text x=\"1\" y=\"2\">Kept<title>not this</title></text>");
        List<Mark> marks = picture.marks();
        assertThat(marks).hasSize(2);
        Area unreadable = (Area) marks.get(0);
        assertThat(unreadable.shape().getBounds2D().getWidth()).isEqualTo(7);
        assertThat(unreadable.fill())
                .as("an unreadable colour keeps the inherited one")
                .isEqualTo(Color.GREEN);
        assertThat(((Label) marks.get(1)).text()).isEqualTo("Kept");
    }

    @Test
    void pathDataDrawsStraightLinesAbsoluteAndRelativeAndStopsAtWhatItCannotRead() {
        assertThat(points(SvgValues.path("M0,0L10,5L0,10z")))
                .containsExactly(List.of(0.0, 0.0), List.of(10.0, 5.0), List.of(0.0, 10.0), List.of(0.0, 0.0));
        assertThat(points(SvgValues.path("m 1 1 h 5 v 5 l -5 0 1e1,0 Z")))
                .containsExactly(
                        List.of(1.0, 1.0),
                        List.of(6.0, 1.0),
                        List.of(6.0, 6.0),
                        List.of(1.0, 6.0),
                        List.of(11.0, 6.0),
                        List.of(1.0, 1.0));
        assertThat(points(SvgValues.path("M0 0 L 4 4 C 1 1 2 2 3 3 L 9 9"))).hasSize(2);
        assertThat(points(SvgValues.path("L 4 4"))).isEmpty();
    }

    /** The points the outline passes through, a close returning to where its subpath began. */
    private static List<List<Double>> points(Path2D path) {
        List<List<Double>> out = new ArrayList<>();
        double[] c = new double[6];
        List<Double> start = null;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            List<Double> p = type == PathIterator.SEG_CLOSE ? start : List.of(c[0], c[1]);
            if (type == PathIterator.SEG_MOVETO) {
                start = p;
            }
            out.add(p);
        }
        return out;
    }
}
