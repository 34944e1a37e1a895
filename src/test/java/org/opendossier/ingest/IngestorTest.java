package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.RejectionReason;
import org.opendossier.testing.Fixtures;
import org.opendossier.testing.Fixtures.Story;

class IngestorTest {
    private static final Ingestor INGESTOR = new Ingestor(IngestLimits.DEFAULTS);

    @TempDir
    Path dir;

    // ------------------------------------------------------------ good formats

    @Test
    void utf8TextKeepsItsTextAndTakesTheFirstLineAsTitle() {
        ExtractedDocument doc = readOne(Fixtures.txtUtf8(dir));

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.TXT.title());
        assertThat(doc.text()).contains(Fixtures.TXT.body());
        assertThat(doc.metadata().language()).isEqualTo("en");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void windows1252TextWithoutDeclarationIsDecodedWithAccentsEuroAndLigature() {
        ExtractedDocument doc = readOne(Fixtures.txtWindows1252(dir));

        assertThat(doc.text()).contains(Fixtures.TXT_WINDOWS_1252.body()).contains("48 M€", "manœuvre", "l’opposition");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.TXT_WINDOWS_1252.title());
        assertThat(doc.metadata().language()).isEqualTo("fr");
        assertThat(doc.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void utf16TextWithByteOrderMarkIsDecoded() {
        ExtractedDocument doc = readOne(Fixtures.txtUtf16Bom(dir));

        assertThat(doc.text()).startsWith(Fixtures.TXT_UTF16.title()).contains(Fixtures.TXT_UTF16.body());
        assertThat(doc.metadata().language()).isEqualTo("de");
    }

    @Test
    void markdownIsRecognisedByItsExtensionAndTheTitleLosesTheHeadingMark() {
        ExtractedDocument doc = readOne(Fixtures.markdown(dir));

        assertThat(doc.mediaType()).isEqualTo("text/markdown");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.MARKDOWN.title());
        assertThat(doc.text()).startsWith("# " + Fixtures.MARKDOWN.title()).contains(Fixtures.MARKDOWN.body());
    }

    @Test
    void htmlPageIsReadByTheHtmlExtractorWithItsTitle() {
        ExtractedDocument doc = readOne(Fixtures.html(dir));

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.metadata().title()).contains(Fixtures.HTML.title());
        assertThat(doc.text()).contains(Fixtures.HTML.paragraphs().get(0));
        assertThat(doc.metadata().language()).isEqualTo("en");
    }

    @Test
    void pageSavedByBrowserIsHtmlDespiteLeadingCommentsByteOrderMarkAndTxtName() {
        ExtractedDocument doc = readOne(Fixtures.htmlSavedByBrowser(dir));

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.text()).contains(Fixtures.HTML.paragraphs().get(1)).doesNotStartWith("\uFEFF");
    }

    @Test
    void xhtmlIsDetectedAsXhtml() {
        ExtractedDocument doc = readOne(Fixtures.xhtml(dir));

        assertThat(doc.mediaType()).isEqualTo("application/xhtml+xml");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.XHTML.title());
        assertThat(doc.text()).contains(Fixtures.XHTML.paragraphs().get(1));
    }

    @Test
    void pdfGivesParagraphsTitleAuthorAndCreationDate() {
        ExtractedDocument doc = readOne(Fixtures.pdf(dir));

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.PDF.title());
        assertThat(doc.metadata().byline()).isEqualTo(Fixtures.PDF.byline());
        assertThat(doc.metadata().publishedAt()).isEqualTo("2024-03-07T09:30:00Z");
        assertParagraphsInOrder(doc.text(), Fixtures.PDF);
    }

    @Test
    void docxGivesParagraphsAndCoreProperties() {
        ExtractedDocument doc = readOne(Fixtures.docx(dir));

        assertThat(doc.mediaType()).isEqualTo(FormatDetector.DOCX);
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.DOCX.title());
        assertThat(doc.metadata().byline()).isEqualTo(Fixtures.DOCX.byline());
        assertThat(doc.metadata().publishedAt()).isEqualTo("2024-03-07T09:30:00Z");
        assertParagraphsInOrder(doc.text(), Fixtures.DOCX);
    }

    @Test
    void odtGivesParagraphsAndMetadata() {
        ExtractedDocument doc = readOne(Fixtures.odt(dir));

        assertThat(doc.mediaType()).isEqualTo(FormatDetector.ODT);
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.ODT.title());
        assertThat(doc.metadata().byline()).isEqualTo(Fixtures.ODT.byline());
        // meta.xml gives a local time without zone: only its date can be placed honestly
        assertThat(doc.metadata().publishedAt()).isEqualTo(Fixtures.ODT.date());
        assertParagraphsInOrder(doc.text(), Fixtures.ODT);
    }

    @Test
    void rtfGivesParagraphsAndInfoGroup() {
        ExtractedDocument doc = readOne(Fixtures.rtf(dir));

        assertThat(doc.mediaType()).isEqualTo("application/rtf");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.RTF.title());
        assertThat(doc.metadata().byline()).isEqualTo(Fixtures.RTF.byline());
        assertThat(doc.metadata().publishedAt()).startsWith(Fixtures.RTF.date());
        assertParagraphsInOrder(doc.text(), Fixtures.RTF);
        assertThat(doc.text()).contains("café Mariné");
    }

    @Test
    void emailPrefersThePlainTextPartAndNamesItsAttachments() {
        ExtractedDocument doc = readOne(Fixtures.eml(dir));

        assertThat(doc.mediaType()).isEqualTo("message/rfc822");
        assertThat(doc.metadata().title()).isEqualTo(Fixtures.EML.title());
        assertThat(doc.metadata().byline()).isEqualTo(Fixtures.EML.byline());
        assertThat(doc.metadata().publishedAt()).isEqualTo(Fixtures.EML.date());
        assertThat(doc.text()).isEqualTo(Fixtures.EML.body()).doesNotContain("HTML ALTERNATIVE");
        assertThat(doc.warnings()).anyMatch(w -> w.contains("quarry-map.pdf"));
    }

    @Test
    void emailWithOnlyAnHtmlBodyIsReadAsParagraphs() {
        ExtractedDocument doc = readOne(Fixtures.emlHtmlOnly(dir));

        assertThat(doc.text()).isEqualTo("Cargo volumes rose by nine percent.\n\nPassenger numbers fell.");
        assertThat(doc.metadata().title()).isEqualTo("Embargoed: harbour figures");
    }

    @Test
    void mboxGivesOnePartPerMessageWithItsExactByteSlice() throws IOException {
        Path file = Fixtures.mbox(dir);
        byte[] bytes = Files.readAllBytes(file);

        List<PartResult> results = INGESTOR.read(bytes, file.getFileName().toString());

        assertThat(results).hasSize(3).allMatch(PartResult::succeeded);
        assertThat(results)
                .extracting(r -> r.part().label())
                .containsExactly("message 1 of 3", "message 2 of 3", "message 3 of 3");
        int offset = 0;
        for (int i = 0; i < 3; i++) {
            PartResult result = results.get(i);
            byte[] slice = result.part().bytes();
            assertThat(slice).isEqualTo(Arrays.copyOfRange(bytes, offset, offset + slice.length));
            assertThat(new String(slice, StandardCharsets.UTF_8)).startsWith("From ");
            offset += slice.length;
            Story story = Fixtures.MBOX.get(i);
            assertThat(result.document().metadata().title()).isEqualTo(story.title());
            assertThat(result.document().metadata().byline()).isEqualTo(story.byline());
            assertThat(result.document().metadata().publishedAt()).isEqualTo(story.date());
            assertThat(result.document().mediaType()).isEqualTo("message/rfc822");
        }
        assertThat(offset).isEqualTo(bytes.length);
        assertThat(results.get(1).document().text()).contains("From the archive");
    }

    @Test
    void fileNamedPdfThatHoldsTextIsReadAsText() {
        ExtractedDocument doc = readOne(Fixtures.pdfThatIsText(dir));

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.text()).contains(Fixtures.TXT.body());
    }

    // ------------------------------------------------------------ rejections

    @Test
    void emptyFileIsRejectedAsEmpty() {
        assertThat(rejection(Fixtures.empty(dir))).isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void fileOverTheSizeLimitIsRejectedAsTooLargeBeforeParsing() throws IOException {
        Ingestor small = new Ingestor(new IngestLimits(1024, Duration.ofSeconds(10), 1000));
        Path file = Fixtures.pdf(dir);

        List<PartResult> results =
                small.read(Files.readAllBytes(file), file.getFileName().toString());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.failure().reason()).isEqualTo(RejectionReason.TOO_LARGE);
            assertThat(r.failure().getMessage()).contains("the limit is 1.0 KB");
        });
    }

    @Test
    void imageIsRejectedAsUnsupportedAndSaysItIsAnImage() {
        ImportException failure = failure(Fixtures.png(dir));

        assertThat(failure.reason()).isEqualTo(RejectionReason.UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("image/png");
    }

    @Test
    void zipInsideZipIsRejectedAsUnsupported() {
        assertThat(rejection(Fixtures.nestedZip(dir))).isEqualTo(RejectionReason.UNSUPPORTED_TYPE);
    }

    @Test
    void randomBytesNamedDocAreRejectedAsUnsupportedNotTakenForWord() {
        ImportException failure = failure(Fixtures.binaryNoise(dir));

        assertThat(failure.reason())
                .as("noise seeded with %d", Fixtures.NOISE_SEED)
                .isEqualTo(RejectionReason.UNSUPPORTED_TYPE);
    }

    @Test
    void encryptedPdfIsRejectedAsEncrypted() {
        assertThat(rejection(Fixtures.encryptedPdf(dir))).isEqualTo(RejectionReason.ENCRYPTED);
    }

    @Test
    void passwordProtectedDocxIsRejectedAsEncrypted() {
        assertThat(rejection(Fixtures.encryptedDocx(dir))).isEqualTo(RejectionReason.ENCRYPTED);
    }

    @Test
    void pdfWithoutTextLayerIsRejectedAsNoText() {
        assertThat(rejection(Fixtures.imageOnlyPdf(dir))).isEqualTo(RejectionReason.NO_TEXT);
    }

    @Test
    void truncatedPdfIsRejectedAsMalformed() {
        ImportException failure = failure(Fixtures.truncatedPdf(dir));

        assertThat(failure.reason()).isEqualTo(RejectionReason.MALFORMED);
        assertThat(failure.getMessage()).contains("truncated");
    }

    @Test
    void parserThatOverrunsTheTimeoutIsInterruptedAndAbandoned() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<String> threadName = new AtomicReference<>();
        FormatExtractor sleeper = new StubExtractor(() -> {
            threadName.set(Thread.currentThread().getName());
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never returned";
        });
        Ingestor ingestor = new Ingestor(new IngestLimits(1_000_000, Duration.ofMillis(200), 1000), List.of(sleeper));

        long start = System.nanoTime();
        List<PartResult> results = ingestor.read(bytesOf(Fixtures.txtUtf8(dir)), "harbour-vote.txt");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.failure().reason()).isEqualTo(RejectionReason.TIMEOUT));
        assertThat(millis).isLessThan(5_000);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threadName.get()).startsWith("od-parse-");
    }

    @Test
    void parserThatThrowsIsReportedAsMalformed() {
        FormatExtractor crashing = new StubExtractor(() -> {
            throw new IllegalStateException("parser bug\nsecond line of detail");
        });

        ImportException failure = failureWith(crashing);

        assertThat(failure.reason()).isEqualTo(RejectionReason.MALFORMED);
        assertThat(failure.getMessage()).endsWith("parser bug");
    }

    @Test
    void parserThatOverflowsTheStackIsReportedAsMalformed() {
        FormatExtractor recursing = new StubExtractor(IngestorTest::recurseForever);

        assertThat(failureWith(recursing).reason()).isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void textOfOnlyWhiteSpaceIsRejectedAsNoText() {
        assertThat(failureWith(new StubExtractor(() -> " \n\t\u00A0\n ")).reason())
                .isEqualTo(RejectionReason.NO_TEXT);
    }

    // ------------------------------------------------------------ limits and hostile input

    @Test
    void textOverTheCharacterLimitIsCutWithAWarning() throws IOException {
        Ingestor small = new Ingestor(new IngestLimits(1_000_000, Duration.ofSeconds(10), 100));

        List<PartResult> results = small.read(bytesOf(Fixtures.txtUtf8(dir)), "harbour-vote.txt");

        ExtractedDocument doc = results.get(0).document();
        assertThat(doc.text()).hasSizeLessThanOrEqualTo(100).startsWith(Fixtures.TXT.title());
        assertThat(doc.warnings()).anyMatch(w -> w.contains("cut at 100 characters"));
    }

    @Test
    void pdfTextOverTheCharacterLimitIsCutWithAWarningNotRejected() throws IOException {
        Ingestor small = new Ingestor(new IngestLimits(1_000_000, Duration.ofSeconds(30), 120));

        List<PartResult> results = small.read(bytesOf(Fixtures.pdf(dir)), "rail-link-report.pdf");

        ExtractedDocument doc = results.get(0).document();
        assertThat(doc).isNotNull();
        assertThat(doc.text()).hasSizeLessThanOrEqualTo(120).startsWith(Fixtures.PDF.title());
        assertThat(doc.warnings()).anyMatch(w -> w.contains("cut at 120 characters"));
    }

    @Test
    void fiftyMegabyteSingleLineTextImportsCutToTheLimitInReasonableTime() {
        Path file = Fixtures.hugeSingleLineText(dir);

        long start = System.nanoTime();
        ExtractedDocument doc = readOne(file);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(doc.text()).hasSize(IngestLimits.DEFAULTS.maxTextChars());
        assertThat(doc.warnings()).anyMatch(w -> w.contains("cut at"));
        assertThat(doc.metadata().title()).hasSizeLessThanOrEqualTo(Ingestor.MAX_DERIVED_TITLE_CHARS + 1);
        assertThat(seconds).isLessThan(30);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Fixtures.secretFile(dir);
        String hostname = Files.exists(Path.of("/etc/hostname"))
                ? Files.readString(Path.of("/etc/hostname")).strip()
                : "";
        List<Path> hostile = List.of(
                Fixtures.xxeXml(dir.resolve("a")),
                Fixtures.xxeXml(dir.resolve("b"), secret),
                Fixtures.xxeXhtml(dir, secret),
                Fixtures.xxeDocx(dir, secret),
                Fixtures.xxeOdt(dir, secret));

        for (Path file : hostile) {
            for (PartResult result :
                    INGESTOR.read(bytesOf(file), file.getFileName().toString())) {
                if (result.succeeded()) {
                    assertThat(result.document().text()).as(file.toString()).doesNotContain(Fixtures.SECRET_MARKER);
                    if (hostname.length() >= 4) {
                        assertThat(result.document().text()).as(file.toString()).doesNotContain(hostname);
                    }
                }
            }
        }
    }

    @Test
    void odtWithExternalEntityStillImportsItsText() {
        Path secret = Fixtures.secretFile(dir);

        ExtractedDocument doc = readOne(Fixtures.xxeOdt(dir, secret));

        assertThat(doc.text()).contains(Fixtures.ODT.paragraphs().get(1)).doesNotContain(Fixtures.SECRET_MARKER);
    }

    @Test
    void xmlBombsEndQuicklyRejectedOrWithBoundedText() {
        for (Path bomb : List.of(Fixtures.xmlBomb(dir), Fixtures.xhtmlBomb(dir))) {
            long start = System.nanoTime();
            List<PartResult> results =
                    INGESTOR.read(bytesOf(bomb), bomb.getFileName().toString());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(millis).as(bomb.toString()).isLessThan(10_000);
            assertThat(results).singleElement().satisfies(r -> {
                if (r.succeeded()) {
                    assertThat(r.document().text()).hasSizeLessThan(10_000).doesNotContain("lollollol");
                }
            });
        }
        assertThat(rejection(Fixtures.xmlBomb(dir))).isEqualTo(RejectionReason.UNSUPPORTED_TYPE);
    }

    @Test
    void htmlDeclaringUtf8ButWrittenInWindows1252StillImports() {
        // Whether the accents come out right is the HTML extractor's charset handling; here: no failure.
        ExtractedDocument doc = readOne(Fixtures.htmlWithWrongCharset(dir));

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.text()).contains("de la gare a rouvert samedi");
    }

    // ------------------------------------------------------------ title and language

    @Test
    void documentWithoutTitleIsNamedAfterTheFileWithoutExtension() {
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS, List.of(new StubExtractor("text/html", () -> "Body.")));

        List<PartResult> results = ingestor.read(
                "<html><body><p>Body.</p></body></html>".getBytes(StandardCharsets.UTF_8), "press-release.2024.htm");

        assertThat(results.get(0).document().metadata().title()).isEqualTo("press-release.2024");
    }

    @Test
    void declaredLanguageIsKeptOnlyWhenDetectionIsUnsure() {
        String english = "The harbour authority postponed the vote on the dredging contract after two board"
                + " members asked for an independent review of the tender.";
        Ingestor unsure = new Ingestor(IngestLimits.DEFAULTS, List.of(new StubExtractor(() -> "Oui.", "fr-FR")));
        Ingestor sure = new Ingestor(IngestLimits.DEFAULTS, List.of(new StubExtractor(() -> english, "de")));
        byte[] text = "x".getBytes(StandardCharsets.UTF_8);

        assertThat(unsure.read(text, "a.txt").get(0).document().metadata().language())
                .isEqualTo("fr");
        assertThat(sure.read(text, "a.txt").get(0).document().metadata().language())
                .isEqualTo("en");
    }

    @Test
    void everyGoodFixtureImportsWithoutFailure() {
        List<String> failures = new ArrayList<>();
        for (Path file : Fixtures.allGood(dir)) {
            for (PartResult result :
                    INGESTOR.read(bytesOf(file), file.getFileName().toString())) {
                if (!result.succeeded()) {
                    failures.add(file.getFileName() + ": " + result.failure().getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    // ------------------------------------------------------------ helpers

    private static void assertParagraphsInOrder(String text, Story story) {
        // Wrapped lines inside a paragraph may come out as line breaks; paragraphs are split by blank lines.
        List<String> paragraphs = Arrays.stream(text.split("\n\n"))
                .map(p -> p.replaceAll("\\s+", " ").strip())
                .toList();
        assertThat(paragraphs).containsSubsequence(story.paragraphs());
    }

    private ExtractedDocument readOne(Path file) {
        List<PartResult> results =
                INGESTOR.read(bytesOf(file), file.getFileName().toString());
        assertThat(results).hasSize(1);
        PartResult result = results.get(0);
        assertThat(result.failure()).as("failure for %s", file).isNull();
        return result.document();
    }

    private RejectionReason rejection(Path file) {
        return failure(file).reason();
    }

    private ImportException failure(Path file) {
        List<PartResult> results =
                INGESTOR.read(bytesOf(file), file.getFileName().toString());
        assertThat(results).hasSize(1);
        assertThat(results.get(0).document()).as("document from %s", file).isNull();
        return results.get(0).failure();
    }

    private ImportException failureWith(FormatExtractor extractor) {
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS, List.of(extractor));
        List<PartResult> results = ingestor.read(bytesOf(Fixtures.txtUtf8(dir)), "harbour-vote.txt");
        assertThat(results).singleElement().satisfies(r -> assertThat(r.succeeded())
                .isFalse());
        return results.get(0).failure();
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recurseForever() {
        return recurseForever() + "!";
    }

    /** Reads any file of one media type by running a given body of code as the "parser". */
    private static final class StubExtractor implements FormatExtractor {
        private final String mediaType;
        private final Supplier<String> text;
        private final String declaredLanguage;

        StubExtractor(Supplier<String> text) {
            this("text/plain", text, null);
        }

        StubExtractor(Supplier<String> text, String declaredLanguage) {
            this("text/plain", text, declaredLanguage);
        }

        StubExtractor(String mediaType, Supplier<String> text) {
            this(mediaType, text, null);
        }

        StubExtractor(String mediaType, Supplier<String> text, String declaredLanguage) {
            this.mediaType = mediaType;
            this.text = text;
            this.declaredLanguage = declaredLanguage;
        }

        @Override
        public boolean accepts(String type) {
            return type.equals(mediaType);
        }

        @Override
        public ExtractedDocument extract(byte[] bytes, String fileName, String type) {
            return new ExtractedDocument(
                    type, text.get(), new DocumentMetadata(null, null, null, null, null, declaredLanguage), List.of());
        }
    }

    @Test
    void plainTextTitleSkipsPageChromeBeforeTheHeadline() {
        String pasted =
                "top of page\n  \u2022 Share this\n\nRiver ferry resumes service after flood\n\nThe ferry ran again.";
        assertThat(Ingestor.firstLineTitle(pasted)).isEqualTo("River ferry resumes service after flood");
        assertThat(Ingestor.firstLineTitle("just some words\n\nmore lowercase words here"))
                .isEqualTo("just some words");
        assertThat(Ingestor.firstLineTitle("# Heading in Markdown\n\nBody.")).isEqualTo("Heading in Markdown");
    }
}
