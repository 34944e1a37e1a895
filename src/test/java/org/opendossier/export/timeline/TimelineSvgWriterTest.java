package org.opendossier.export.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.opendossier.analysis.timeline.TimelineLayout;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Stance;
import org.opendossier.model.StanceStyle;
import org.opendossier.model.Timeline;
import org.opendossier.model.Timeline.Appearance;
import org.opendossier.model.TimelineFigure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The timeline's SVG, read back with a DOM parser. */
class TimelineSvgWriterTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" \u0001claims";

    private static Claim claim(long id, String statement, String event) {
        return new Claim(
                id,
                statement,
                ClaimStatus.DISPUTED,
                PartialDate.parseOrNull(event),
                List.of(),
                List.of(),
                List.of(),
                "",
                null,
                null);
    }

    private static Timeline timeline() {
        Timeline.Row hostile = Timeline.Row.of(
                claim(1, HOSTILE, "2023"),
                List.of(
                        Appearance.of(
                                10,
                                "Title <b>&amp;</b>",
                                "Outlet \"A\" & <Co>",
                                PartialDate.parse("2024-03-04"),
                                Stance.SUPPORTS),
                        Appearance.of(11, "Later", "Outlet B", PartialDate.parse("2024-05-10"), Stance.REPORTS),
                        Appearance.of(12, "No", "Outlet C", PartialDate.parse("2024-05-12"), Stance.DENIES),
                        Appearance.of(13, "Letter", "Outlet A", null, Stance.REPORTS)));
        Timeline.Row quiet = Timeline.Row.of(claim(2, "Nobody wrote this", null), List.of());
        return new Timeline(List.of(hostile, quiet));
    }

    private static Document parse(TimelineFigure figure) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimelineSvgWriter().write(figure, out);
        return DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theFileDrawsTheLayoutLaneByLaneWithEveryAppearance() throws Exception {
        TimelineFigure figure = new TimelineLayout().layout(timeline(), 1200);
        Document svg = parse(figure);

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(TimelineSvg.NS);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1200 " + (long) Math.ceil(figure.height()));
        assertThat(TimelineSvg.title(root)).isEqualTo("Claims timeline: 2 claims, 4 appearances");
        assertThat(TimelineSvg.elements(svg, "g", "lane"))
                .extracting(e -> e.getAttribute("data-claim"))
                .containsExactly("1", "2");

        List<Element> appearances = TimelineSvg.elements(svg, "g", "appearance");
        assertThat(appearances)
                .extracting(e -> e.getAttribute("data-source") + " " + e.getAttribute("data-stance") + " "
                        + e.getAttribute("data-role") + " " + e.getAttribute("data-date"))
                .containsExactly(
                        "10 SUPPORTS FIRST 2024-03-04",
                        "11 REPORTS REPEAT 2024-05-10",
                        "12 DENIES CONTESTS 2024-05-12",
                        "13 REPORTS REPEAT ");
        // the first appearance is ringed, and only it (the legend shows the ring once more)
        assertThat(TimelineSvg.elements(svg, "circle", "first-ring"))
                .extracting(Node::getParentNode)
                .containsExactly(TimelineSvg.elements(svg, "g", "legend").getFirst(), appearances.getFirst());
        // a denial is a triangle in its own colour; a repeat a circle in another
        Element denial = marker(appearances.get(2));
        assertThat(denial.getLocalName()).isEqualTo("polygon");
        assertThat(denial.getAttribute("fill")).isEqualTo(StanceStyle.DENIES.hex());
        assertThat(denial.getAttribute("points").split(" ")).hasSize(3);
        assertThat(marker(appearances.get(1)).getLocalName()).isEqualTo("circle");
        assertThat(marker(appearances.get(1)).getAttribute("fill"))
                .isEqualTo(StanceStyle.REPORTS.hex())
                .isNotEqualTo(StanceStyle.DENIES.hex());
        assertThat(TimelineSvg.title(appearances.get(2))).isEqualTo("Outlet C, 2024-05-12, denies: No");
        assertThat(TimelineSvg.title(appearances.get(3))).isEqualTo("Outlet A, undated, reports: Letter");
        // the undated letter sits in its column, right of the axis
        double undatedX = Double.parseDouble(marker(appearances.get(3)).getAttribute("cx"));
        assertThat(undatedX).isBetween(figure.undated().x1(), figure.undated().x2());
        assertThat(undatedX).isGreaterThan(figure.axis().right());
    }

    @Test
    void aClaimedYearIsDrawnAsTheWholeYear() throws Exception {
        TimelineFigure figure = new TimelineLayout().layout(timeline(), 1200);
        Document svg = parse(figure);

        Element event = TimelineSvg.elements(svg, "rect", "event").getFirst();
        TimelineFigure.Band band = figure.lanes().getFirst().event();
        assertThat(Double.parseDouble(event.getAttribute("x"))).isCloseTo(band.x1(), within(0.01));
        assertThat(Double.parseDouble(event.getAttribute("width"))).isCloseTo(band.width(), within(0.01));
        assertThat(TimelineSvg.title(event)).isEqualTo("Event: 2023");
        // about 365 of the axis's days
        TimelineFigure.Axis axis = figure.axis();
        double perDay =
                (axis.right() - axis.left()) / java.time.temporal.ChronoUnit.DAYS.between(axis.from(), axis.to());
        assertThat(band.width() / perDay).isCloseTo(365, within(0.01));
        // the band starts at the tick of January 2023, the year's first day
        List<Element> labels = TimelineSvg.elements(svg, "text", "tick-label");
        assertThat(labels).extracting(Element::getTextContent).contains("Jan 2023", "Apr", "Jan 2024");
        Element january = labels.stream()
                .filter(l -> l.getTextContent().equals("Jan 2023"))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(january.getAttribute("x")) - 3).isCloseTo(band.x1(), within(0.01));
    }

    @Test
    void hostileTextIsEscapedAndNothingIsLoadedFromOutside() throws Exception {
        TimelineFigure figure = new TimelineLayout().layout(timeline(), 1200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimelineSvgWriter().write(figure, out);
        String text = out.toString(StandardCharsets.UTF_8);
        Document svg = parse(figure);

        assertThat(text).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u0001");
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        List<Element> statement = TimelineSvg.elements(svg, "text", "statement");
        String firstLane = statement.stream()
                .filter(e -> e.getParentNode()
                        == TimelineSvg.elements(svg, "g", "lane").getFirst())
                .map(Element::getTextContent)
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
        assertThat(firstLane).isEqualTo("<script>alert('x')</script> & \"quoted\" claims");
        assertThat(TimelineSvg.title(
                        TimelineSvg.elements(svg, "g", "appearance").getFirst()))
                .isEqualTo("Outlet \"A\" & <Co>, 2024-03-04, supports (first appearance): Title <b>&amp;</b>");
        assertNoExternalReference(svg.getDocumentElement());
    }

    /** No attribute anywhere links out: no href, no url(…), no scheme. */
    private static void assertNoExternalReference(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (a.getNodeName().startsWith("xmlns")) {
                continue;
            }
            assertThat(a.getLocalName())
                    .as("attribute of <%s>", e.getLocalName())
                    .doesNotContain("href");
            assertThat(a.getNodeValue())
                    .as("%s of <%s>", a.getNodeName(), e.getLocalName())
                    .doesNotContain("url(")
                    .doesNotContain("://");
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c) {
                assertNoExternalReference(c);
            }
        }
    }

    private static Element marker(Element appearance) {
        for (Element e : TimelineSvg.elements(appearance.getOwnerDocument(), "*", "marker")) {
            if (e.getParentNode() == appearance) {
                return e;
            }
        }
        throw new AssertionError("no marker in appearance " + appearance.getAttribute("data-source"));
    }

    @Test
    void aTimelineWithNothingDatedHasNoAxisButStillListsItsClaims() throws Exception {
        Timeline undated = new Timeline(List.of(Timeline.Row.of(
                claim(5, "Said somewhere, some time", null),
                List.of(Appearance.of(3, "Undated page", "Blog", null, Stance.SUPPORTS)))));
        TimelineFigure figure = new TimelineLayout().layout(undated, 900);
        Document svg = parse(figure);

        assertThat(figure.axis()).isNull();
        assertThat(TimelineSvg.elements(svg, "line", "axis-line")).isEmpty();
        assertThat(TimelineSvg.elements(svg, "g", "appearance"))
                .extracting(e -> e.getAttribute("data-role"))
                .containsExactly("REPEAT");
        assertThat(TimelineSvg.elements(svg, "text", "undated-label"))
                .extracting(Element::getTextContent)
                .containsExactly("Undated");
    }
}
