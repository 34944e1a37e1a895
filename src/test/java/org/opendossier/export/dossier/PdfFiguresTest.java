package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.StanceStyle;
import org.opendossier.model.TimelineFigure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dossier's figures in the PDF, read back and rendered with PDFBox: labels as text on the page of their caption,
 * vector paths rather than images, the stance and kind colours where the marks are, the size of the text column or
 * less, and nothing fetched.
 */
class PdfFiguresTest {
    private static final float DPI = 150;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** A4 less the margins of the print style sheet, in points. */
    private static final double TEXT_WIDTH = (210 - 18 - 18) / 25.4 * 72;

    private static final double TEXT_HEIGHT = (297 - 22 - 20) / 25.4 * 72;

    private static final TimelineFigure TIMELINE = FigureFixtures.layout(FigureFixtures.timeline());

    private static DossierDocument bothFigures() {
        return FigureFixtures.dossier(List.of(
                new DossierDocument.Figure(FigureFixtures.TIMELINE_CAPTION, FigureFixtures.timelineSvg(TIMELINE)),
                new DossierDocument.Figure(FigureFixtures.NETWORK_CAPTION, FigureFixtures.networkSvg())));
    }

    private static byte[] pdf(DossierDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDossierWriter().write(document, out);
        return out.toByteArray();
    }

    /** The text of one page (0-based) as a reader copies it: presentation forms and ligatures folded. */
    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    /** The last page that shows {@code text}: a caption's own page, not the contents that list it. */
    private static int pageWith(PDDocument pdf, String text) throws IOException {
        for (int i = pdf.getNumberOfPages() - 1; i >= 0; i--) {
            if (pageText(pdf, i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    @Test
    void theLabelsOfEachFigureAreTextOnThePageOfItsCaption(@TempDir Path dir) throws IOException {
        byte[] bytes = pdf(bothFigures());
        Files.write(dir.resolve("figures.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String timeline = pageText(pdf, pageWith(pdf, FigureFixtures.TIMELINE_CAPTION));
            assertThat(timeline)
                    .contains(
                            FigureFixtures.GRAIN_CLAIM,
                            FigureFixtures.FIRE_CLAIM,
                            "Disputed · event 2024-05-03",
                            "Supports",
                            "First appearance",
                            "May 2024",
                            "Undated");
            String network = pageText(pdf, pageWith(pdf, FigureFixtures.NETWORK_CAPTION));
            assertThat(network)
                    .contains(FigureFixtures.HARBOUR_BOARD, FigureFixtures.CYRILLIC_ACTOR, "Captain Ilyas", "Place");
            assertThat(network)
                    .containsAnyOf(
                            FigureFixtures.ARABIC_ACTOR,
                            new StringBuilder(FigureFixtures.ARABIC_ACTOR)
                                    .reverse()
                                    .toString());
        }
    }

    @Test
    void figuresArePathsAndTextInTheEmbeddedFontNeverImages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(bothFigures()))) {
            int page = pageWith(pdf, FigureFixtures.TIMELINE_CAPTION);
            List<Placed> forms = Placed.on(pdf.getPage(page));
            assertThat(forms).hasSize(2);
            for (Placed figure : forms) {
                Set<String> operators = operators(figure.form());
                assertThat(operators).as("path construction").contains("m", "l");
                assertThat(operators).as("path painting").containsAnyOf("f", "S", "B");
                assertThat(operators).as("text").contains("BT", "Tf", "ET").containsAnyOf("Tj", "TJ");
                List<PDFont> fonts = fonts(figure.form().getResources());
                assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                    assertThat(f.isEmbedded()).isTrue();
                    assertThat(f.getName()).contains("DejaVuSans");
                });
            }
            for (PDPage p : pdf.getPages()) {
                assertThat(images(p.getResources(), 0)).isZero();
            }
        }
    }

    @Test
    void figuresAreAsWideAsTheTextAndKeepTheirProportions() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(bothFigures()))) {
            List<Placed> forms = Placed.on(pdf.getPage(pageWith(pdf, FigureFixtures.TIMELINE_CAPTION)));
            Rectangle2D timeline = forms.get(0).area();
            Rectangle2D network = forms.get(1).area();
            assertThat(timeline.getWidth()).isCloseTo(TEXT_WIDTH, within(1.0));
            assertThat(network.getWidth()).isCloseTo(TEXT_WIDTH, within(1.0));
            assertThat(timeline.getWidth() / timeline.getHeight())
                    .isCloseTo(TIMELINE.width() / Math.ceil(TIMELINE.height()), within(0.05));
            assertThat(network.getWidth() / network.getHeight()).isCloseTo(900.0 / 640, within(0.01));
        }
    }

    @Test
    void aFigureTallerThanAPageIsMadeSmallerToFitOnOne() throws IOException {
        TimelineFigure tall = FigureFixtures.layout(FigureFixtures.longTimeline(60));
        assertThat(tall.height() * TEXT_WIDTH / tall.width()).isGreaterThan(TEXT_HEIGHT); // the test needs it
        DossierDocument document = FigureFixtures.dossier(
                List.of(new DossierDocument.Figure("A long timeline", FigureFixtures.timelineSvg(tall))));
        try (PDDocument pdf = Loader.loadPDF(pdf(document))) {
            int page = pageWith(pdf, "A long timeline");
            assertThat(pageText(pdf, page))
                    .contains("Claim number 1 about the harbour", "Claim number 60 about the harbour");
            List<Placed> forms = Placed.on(pdf.getPage(page));
            assertThat(forms).hasSize(1);
            Rectangle2D area = forms.getFirst().area();
            assertThat(area.getHeight()).isLessThan(TEXT_HEIGHT);
            assertThat(area.getWidth()).isLessThan(TEXT_WIDTH / 2);
            assertThat(area.getWidth() / area.getHeight())
                    .isCloseTo(tall.width() / Math.ceil(tall.height()), within(0.01));
        }
    }

    @Test
    void theMarksAreDrawnWhereTheyBelongInTheirColours() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(bothFigures()))) {
            int page = pageWith(pdf, FigureFixtures.TIMELINE_CAPTION);
            List<Placed> forms = Placed.on(pdf.getPage(page));
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, DPI);
            float pageHeight = pdf.getPage(page).getMediaBox().getHeight();

            Picture timeline =
                    new Picture(forms.get(0).area(), TIMELINE.width(), Math.ceil(TIMELINE.height()), pageHeight);
            assertThat(inkShare(image, timeline.pixels())).isGreaterThan(0.02);
            List<String> stancesSeen = new ArrayList<>();
            for (TimelineFigure.Lane lane : TIMELINE.lanes()) {
                for (TimelineFigure.Marker m : lane.markers()) {
                    if (m.appearance().dated()) {
                        StanceStyle style = m.style();
                        assertThat(colourAt(image, timeline.pixel(m.x(), m.y())))
                                .as(style.name())
                                .satisfies(c -> assertClose(c, Color.decode(style.hex())));
                        stancesSeen.add(style.name());
                    }
                }
            }
            assertThat(stancesSeen).contains("SUPPORTS", "REPORTS", "DENIES", "DISPUTES");

            Picture network = new Picture(forms.get(1).area(), 900, 640, pageHeight);
            assertThat(inkShare(image, network.pixels())).isGreaterThan(0.005);
            Document svg = DocumentBuilderFactory.newDefaultNSInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(FigureFixtures.networkSvg().getBytes(StandardCharsets.UTF_8)));
            NodeList circles = svg.getElementsByTagNameNS(SVG_NS, "circle");
            int nodes = 0;
            for (int i = 0; i < circles.getLength(); i++) {
                Element c = (Element) circles.item(i);
                if (c.hasAttribute("data-actor")) {
                    double cx = Double.parseDouble(c.getAttribute("cx"));
                    double cy = Double.parseDouble(c.getAttribute("cy"));
                    assertClose(colourAt(image, network.pixel(cx, cy)), Color.decode(c.getAttribute("fill")));
                    nodes++;
                }
            }
            assertThat(nodes).isEqualTo(FigureFixtures.network().nodes().size());
        }
    }

    @Test
    void aHostileFigureIsDrawnWithoutFetchingAnything() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            String svg = hostileSvg(server.url());
            // through the whole writer, after SafeSvg has cleaned the picture
            byte[] cleaned = pdf(FigureFixtures.dossier(List.of(new DossierDocument.Figure("Hostile", svg))));
            // and straight to the renderer, as written, so that the interpreter itself meets every reference
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            PdfDossierWriter.writeXhtml(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><figure>" + svg + "</figure></body></html>",
                    raw);
            assertThat(server.requests()).isZero();
            for (byte[] bytes : List.of(cleaned, raw.toByteArray())) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    assertThat(pageText(pdf, pdf.getNumberOfPages() - 1)).contains("Still drawn");
                    assertThat(Placed.on(pdf.getPage(pdf.getNumberOfPages() - 1)))
                            .hasSize(1);
                }
            }
        }
    }

    /** A picture that points at {@code url} in every way SVG can: images, uses, paints, markers, styles, links. */
    private static String hostileSvg(String url) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"300\" height=\"100\" viewBox=\"0 0 300 100\">"
                + "<style>@import url(\"" + url + "?style\"); rect { fill: url(\"" + url + "?css\"); }</style>"
                + "<defs><marker id=\"m\" markerWidth=\"5\" markerHeight=\"5\"><path d=\"M0,0L5,2z\"/></marker></defs>"
                + "<image href=\"" + url + "?image\" width=\"50\" height=\"50\"/>"
                + "<image xlink:href=\"" + url + "?xlink\" width=\"50\" height=\"50\"/>"
                + "<use href=\"" + url + "?use#m\"/>"
                + "<rect width=\"40\" height=\"40\" fill=\"url(" + url + "?fill#g)\" stroke=\"#123456\"/>"
                + "<line x1=\"0\" y1=\"50\" x2=\"200\" y2=\"50\" stroke=\"#000\" marker-end=\"url(" + url
                + "?marker#m)\"/>"
                + "<a href=\"" + url + "?link\"><text x=\"10\" y=\"80\">Still drawn</text></a>"
                + "<foreignObject width=\"10\" height=\"10\"><img xmlns=\"http://www.w3.org/1999/xhtml\" src=\""
                + url + "?foreign\"/></foreignObject>"
                + "<filter id=\"f\"><feImage href=\"" + url + "?feimage\"/></filter>"
                + "<script href=\"" + url + "?script\"/>"
                + "</svg>";
    }

    /** Where a picture of {@code width} × {@code height} units was drawn, fitted into a form's area on a page. */
    private record Picture(Rectangle2D area, double width, double height, float pageHeight) {
        /** The rendered pixel of a point of the picture. */
        int[] pixel(double x, double y) {
            double scale = Math.min(area.getWidth() / width, area.getHeight() / height);
            double left = area.getX() + (area.getWidth() - width * scale) / 2;
            double top = area.getMaxY() - (area.getHeight() - height * scale) / 2;
            double pageX = left + x * scale;
            double pageY = top - y * scale;
            return new int[] {(int) Math.round(pageX * DPI / 72), (int) Math.round((pageHeight - pageY) * DPI / 72)};
        }

        /** The rendered pixels of the whole area: left, top, right, bottom. */
        int[] pixels() {
            int[] topLeft = pixel(0, 0);
            int[] bottomRight = pixel(width, height);
            return new int[] {topLeft[0], topLeft[1], bottomRight[0], bottomRight[1]};
        }
    }

    /** The share of pixels in the box that are not white. */
    private static double inkShare(BufferedImage image, int[] box) {
        int ink = 0;
        int all = 0;
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                all++;
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }

    private static Color colourAt(BufferedImage image, int[] pixel) {
        return new Color(image.getRGB(pixel[0], pixel[1]));
    }

    private static void assertClose(Color actual, Color expected) {
        assertThat(new int[] {actual.getRed(), actual.getGreen(), actual.getBlue()})
                .as("%s near %s", actual, expected)
                .satisfies(rgb -> {
                    assertThat(rgb[0]).isCloseTo(expected.getRed(), within(12));
                    assertThat(rgb[1]).isCloseTo(expected.getGreen(), within(12));
                    assertThat(rgb[2]).isCloseTo(expected.getBlue(), within(12));
                });
    }

    private static Set<String> operators(PDFormXObject form) throws IOException {
        Set<String> names = new HashSet<>();
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op) {
                names.add(op.getName());
            }
        }
        return names;
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** Image XObjects in the resources and in those of every form inside them. */
    private static int images(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                count++;
            } else if (x instanceof PDFormXObject form) {
                count += images(form.getResources(), depth + 1);
            }
        }
        return count;
    }

    /** A form XObject drawn on a page, and the area its bounding box covers there, in page points. */
    private record Placed(PDFormXObject form, Rectangle2D area) {
        static List<Placed> on(PDPage page) throws IOException {
            List<Placed> placed = new ArrayList<>();
            PDFStreamEngine engine = new PDFStreamEngine() {
                @Override
                public void showForm(PDFormXObject form) {
                    Matrix m = form.getMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
                    placed.add(new Placed(
                            form,
                            m.createAffineTransform()
                                    .createTransformedShape(form.getBBox().toGeneralPath())
                                    .getBounds2D()));
                }
            };
            engine.addOperator(new Concatenate(engine));
            engine.addOperator(new Save(engine));
            engine.addOperator(new Restore(engine));
            engine.addOperator(new DrawObject(engine));
            engine.processPage(page);
            return placed;
        }
    }
}
