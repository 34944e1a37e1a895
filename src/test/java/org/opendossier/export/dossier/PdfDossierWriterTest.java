package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;

/** The PDF export, read back with PDFBox: its text, its bookmarks, its fonts, and what it tried to fetch. */
class PdfDossierWriterTest {
    private static final String LATIN = "The harbour master logged the departure at dawn";
    private static final String CYRILLIC = "Судно покинуло порт на рассвете";
    private static final String ARABIC = "قال المتحدث إن الشحنة وصلت";

    private static final SourceSummary HARBOUR = DossierFixtures.source(1, "Harbour Gazette", "Departures", "", 'a');
    private static final SourceSummary RIVER = DossierFixtures.source(2, "Речной вестник", "Порт", "", 'b');
    private static final SourceSummary COAST = DossierFixtures.source(3, "صحيفة الساحل", "الميناء", "", 'c');

    static DossierDocument multilingual(String title, String extra) {
        CitedQuote latin = new CitedQuote(LATIN + extra, HARBOUR, new TextSpan(0, 47), 1, "Port office");
        CitedQuote cyrillic = new CitedQuote(CYRILLIC, RIVER, new TextSpan(10, 41), 2, "");
        CitedQuote arabic = new CitedQuote(ARABIC, COAST, new TextSpan(5, 31), 0, "");
        Claim claim = new Claim(
                7,
                "The vessel left before the storm",
                ClaimStatus.DISPUTED,
                null,
                List.of(),
                List.of(),
                List.of(),
                "",
                null,
                null);
        Dossier dossier = new Dossier(
                1,
                title,
                "",
                "An investigator",
                LocalDate.of(2025, 5, 2),
                "",
                List.of(
                        new DossierBlock.Heading(1, "Findings"),
                        new DossierBlock.ClaimCard(7),
                        new DossierBlock.Heading(2, "Excerpts"),
                        new DossierBlock.SourceExcerpt(3, new TextSpan(5, 31)),
                        new DossierBlock.TimelineFigure(null, null)));
        List<DossierDocument.Part> parts = List.of(
                new DossierDocument.Heading(1, "Findings"),
                new DossierDocument.ClaimCard(
                        claim,
                        List.of(),
                        "2 outlets, 2 articles",
                        "1 outlet, 1 article",
                        List.of(
                                new DossierDocument.StanceGroup(
                                        Stance.SUPPORTS, "2 outlets, 2 articles", List.of(latin, cyrillic)),
                                new DossierDocument.StanceGroup(Stance.DENIES, "1 outlet, 1 article", List.of(arabic))),
                        List.of(
                                DossierFixtures.evidence(1, claim, latin, Stance.SUPPORTS, null),
                                DossierFixtures.evidence(2, claim, cyrillic, Stance.SUPPORTS, null),
                                DossierFixtures.evidence(3, claim, arabic, Stance.DENIES, null))),
                new DossierDocument.Heading(2, "Excerpts"),
                new DossierDocument.Excerpt(arabic),
                new DossierDocument.Figure("Timeline of the voyage" + extra, DossierFixtures.SVG));
        return new DossierDocument(dossier, parts);
    }

    private static byte[] pdf(DossierDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDossierWriter().write(document, out);
        return out.toByteArray();
    }

    /** Text as a reader copies it: Arabic presentation forms folded back to letters, whitespace collapsed. */
    private static String text(PDDocument pdf) throws IOException {
        String raw = new PDFTextStripper().getText(pdf);
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    @Test
    void everyQuoteAndCitationCanBeReadBack(@TempDir Path dir) throws IOException {
        DossierDocument document = multilingual("Voyage of the Blue Anchor", "");
        byte[] bytes = pdf(document);
        Files.write(dir.resolve("dossier.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text).contains(LATIN, CYRILLIC, "Voyage of the Blue Anchor", "Timeline of the voyage");
            assertThat(text)
                    .containsAnyOf(ARABIC, new StringBuilder(ARABIC).reverse().toString());
            for (Citations.Citation c : Citations.of(document).all()) {
                assertThat(text).contains("[" + c.number() + "]", c.shortHash());
            }
            assertThat(text).contains("Harbour Gazette", "Речной вестник");
            assertThat(text).contains("page 2 of " + pdf.getNumberOfPages());
        }
    }

    @Test
    void quotesCopyOutLetterForLetterWithoutLigatures() throws IOException {
        String ligatures = ", the official filed a baffling flight log";
        try (PDDocument pdf = Loader.loadPDF(pdf(multilingual("Offshore", ligatures)))) {
            String raw = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(raw).contains(LATIN + ligatures).doesNotContain("\uFB01", "\uFB02", "\uFB04");
        }
    }

    @Test
    void bookmarksFollowTheOutline() throws IOException {
        DossierDocument document = multilingual("Voyage", "");
        try (PDDocument pdf = Loader.loadPDF(pdf(document))) {
            List<String> titles = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), titles);
            List<String> expected = new ArrayList<>(
                    Outline.of(document).stream().map(Outline.Entry::title).toList());
            expected.addAll(List.of("Citations", "Sources"));
            assertThat(titles).containsExactlyElementsOf(expected);
            PDOutlineItem findings =
                    pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(findings.getFirstChild().getTitle()).isEqualTo("Claim: The vessel left before the storm");
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(multilingual("Voyage", "")))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans")).anyMatch(f -> f.contains("DejaVuSerif"));
        }
    }

    @Test
    void urlsInTextReachNoServer() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            String url = server.url();
            String extra = " " + url + " url(" + url + ") <img src=\"" + url + "\"/>";
            DossierDocument document = multilingual("Title " + extra, extra);
            pdf(document);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void markupThatWouldFetchIsRefused() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            String html = fetchingPage(server.url());
            PdfDossierWriter.writeXhtml(html, new ByteArrayOutputStream());
            assertThat(server.requests()).isZero();

            // The same page through a renderer left as it comes does reach the server: the test can see a fetch.
            PdfRendererBuilder plain = new PdfRendererBuilder();
            plain.withHtmlContent(html, null)
                    .toStream(new ByteArrayOutputStream())
                    .run();
            assertThat(server.requests()).isPositive();
        }
    }

    /** A page with every way we know for XHTML and CSS to load something: image, stylesheets, font, background. */
    private static String fetchingPage(String url) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<link rel=\"stylesheet\" href=\"" + url + "?link\" />"
                + "<style>@import url(\"" + url + "?import\");"
                + "@font-face { font-family: X; src: url(\"" + url + "?font\"); }"
                + "body { font-family: X; background-image: url(\"" + url + "?background\"); }</style>"
                + "</head><body><p>text</p><img src=\"" + url + "?img\" />"
                + "<object data=\"" + url + "?object\" type=\"image/png\"></object></body></html>";
    }
}
