package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.testing.Fixtures;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    @TempDir
    Path dir;

    @Test
    void officeAndPdfFilesAreRecognisedByContentWhateverTheirName() throws Exception {
        assertThat(detect(Fixtures.docx(dir), "download.bin")).isEqualTo(FormatDetector.DOCX);
        assertThat(detect(Fixtures.odt(dir), "download")).isEqualTo(FormatDetector.ODT);
        assertThat(detect(Fixtures.pdf(dir), "report.txt")).isEqualTo(FormatDetector.PDF);
        assertThat(detect(Fixtures.rtf(dir), null)).isEqualTo(FormatDetector.RTF);
        assertThat(detect(Fixtures.eml(dir), "message.txt")).isEqualTo(FormatDetector.EML);
        assertThat(detect(Fixtures.mbox(dir), "archive")).isEqualTo(FormatDetector.MBOX);
    }

    @Test
    void nameDecidesOnlyBetweenTextTypes() throws Exception {
        byte[] text = "# Notes\n\nPlain words.\n".getBytes(StandardCharsets.UTF_8);

        assertThat(detector.detect(text, "notes.md")).isEqualTo(FormatDetector.TEXT_MARKDOWN);
        assertThat(detector.detect(text, "notes.markdown")).isEqualTo(FormatDetector.TEXT_MARKDOWN);
        assertThat(detector.detect(text, "notes.txt")).isEqualTo(FormatDetector.TEXT_PLAIN);
        assertThat(detector.detect(text, "notes.pdf")).isEqualTo(FormatDetector.TEXT_PLAIN);
        assertThat(detector.detect(text, "notes.csv")).isEqualTo(FormatDetector.TEXT_PLAIN);
    }

    @Test
    void htmlIsFoundAfterByteOrderMarkCommentsAndXmlDeclaration() {
        assertThat(FormatDetector.looksLikeHtml(bytes("\uFEFF<!-- saved from url=(0022)http://example.org/ -->\n"
                        + "<!-- " + "x".repeat(300) + " -->\n<!DOCTYPE html><p>x")))
                .isTrue();
        assertThat(FormatDetector.looksLikeHtml(bytes("<?xml version=\"1.0\"?>\n<html><body>x</body></html>")))
                .isTrue();
        assertThat(FormatDetector.looksLikeHtml(bytes("  \n<HEAD><TITLE>x</TITLE></HEAD>")))
                .isTrue();
        assertThat(FormatDetector.looksLikeHtml(bytes("A story about <html> tags in prose.")))
                .isFalse();
        assertThat(FormatDetector.looksLikeHtml(bytes("<!-- never closed <html>")))
                .isFalse();
    }

    @Test
    void textFileHoldingAnHtmlDocumentIsHtml() throws Exception {
        assertThat(detect(Fixtures.htmlSavedByBrowser(dir), "saved-page.txt")).isEqualTo(FormatDetector.TEXT_HTML);
    }

    @Test
    void otherTypesKeepTikasNameSoTheRejectionCanSayWhatTheFileIs() throws Exception {
        assertThat(detect(Fixtures.png(dir), "scan.png")).isEqualTo("image/png");
        assertThat(detect(Fixtures.nestedZip(dir), "nested.zip")).isEqualTo("application/zip");
        assertThat(detect(Fixtures.xmlBomb(dir), "bomb.xml")).isEqualTo("application/xml");
        assertThat(detect(Fixtures.binaryNoise(dir), "noise.doc")).isEqualTo("application/octet-stream");
    }

    private String detect(Path file, String name) throws IOException, ImportException {
        return detector.detect(Files.readAllBytes(file), name);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
