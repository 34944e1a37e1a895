package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendossier.model.RejectionReason;

class PlainTextExtractorTest {
    private final PlainTextExtractor extractor = new PlainTextExtractor(1_000);

    @Test
    void byteOrderMarksDecideTheCharsetAndAreNotPartOfTheText() throws Exception {
        assertThat(read(concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Zoë".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Zoë");
        assertThat(read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Zoë".getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo("Zoë");
        assertThat(read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zoë".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("Zoë");
    }

    @Test
    void validUtf8IsReadAsUtf8WithoutWarning() throws Exception {
        ExtractedDocument doc =
                extractor.extract("Ærøskøbing café".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain");

        assertThat(doc.text()).isEqualTo("Ærøskøbing café");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void invalidUtf8IsReadAsALegacyCharsetWithAWarning() throws Exception {
        byte[] bytes = "Le café « Chez Amélie » a coûté 12 € à rénover, dit l’œnologue."
                .getBytes(Charset.forName("windows-1252"));

        ExtractedDocument doc = extractor.extract(bytes, "a.txt", "text/plain");

        assertThat(doc.text()).isEqualTo("Le café « Chez Amélie » a coûté 12 € à rénover, dit l’œnologue.");
        assertThat(doc.warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void textBeyondTheLimitIsCutWithAWarning() throws Exception {
        ExtractedDocument doc = new PlainTextExtractor(10).extract(bytes("0123456789abcdef"), "a.txt", "text/plain");

        assertThat(doc.text()).isEqualTo("0123456789");
        assertThat(doc.warnings()).singleElement().asString().contains("cut at 10 characters");
    }

    @Test
    void onlyAByteOrderMarkIsNoText() {
        assertThatThrownBy(() ->
                        extractor.extract(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a.txt", "text/plain"))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(RejectionReason.NO_TEXT));
    }

    private String read(byte[] bytes) throws ImportException {
        return extractor.extract(bytes, "a.txt", "text/plain").text();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
