package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.ingest.html.HtmlFixtures.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.ImportException;

class HtmlCharsetsTest {
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final String STORY = "<p>Café owners in Århus say the new rules, announced in März, cost them"
            + " €200 a week – a figure the council disputes, citing its own survey of façades.</p>";

    private static String page(String head) {
        return "<html><head>" + head + "<title>Ça va</title></head><body><div>" + STORY + "</div></body></html>";
    }

    @Test
    void utf8ByteOrderMarkWinsOverADeclaration() throws ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8));

        ExtractedDocument doc = extract(out.toByteArray());

        assertThat(doc.text()).startsWith("Café owners in Århus").contains("€200");
        assertThat(doc.metadata().title()).isEqualTo("Ça va");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void utf16ByteOrderMarkIsHonoured() throws ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(page("").getBytes(StandardCharsets.UTF_16LE));

        assertThat(extract(out.toByteArray()).text()).startsWith("Café owners in Århus");
    }

    @Test
    void metaCharsetLatin1IsHonoured() throws ImportException {
        String html = page("<meta charset=\"iso-8859-1\">").replace("€", "EUR ");

        ExtractedDocument doc = extract(html.getBytes(LATIN_1));

        assertThat(doc.text()).startsWith("Café owners in Århus").contains("März");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void httpEquivContentTypeIsHonoured() throws ImportException {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">");

        assertThat(extract(html.getBytes(Charset.forName("windows-1252"))).text())
                .contains("€200", "façades");
    }

    @Test
    void undeclaredValidUtf8IsReadAsUtf8() throws ImportException {
        assertThat(extract(page("").getBytes(StandardCharsets.UTF_8)).text()).contains("Århus", "€200");
    }

    @Test
    void undeclaredInvalidUtf8FallsBackToWindows1252() throws ImportException {
        ExtractedDocument doc = extract(page("").getBytes(Charset.forName("windows-1252")));

        assertThat(doc.text()).contains("Århus", "€200");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void wrongUtf8DeclarationFallsBackAndWarns() throws ImportException {
        byte[] bytes = page("<meta charset=\"utf-8\">").getBytes(Charset.forName("windows-1252"));

        ExtractedDocument doc = extract(bytes);

        assertThat(doc.text()).contains("Café", "Århus", "€200");
        assertThat(doc.warnings()).singleElement().asString().contains("UTF-8");
    }

    @Test
    void legacyDeclarationOnAPageSavedAsUtf8IsOverruledAndWarns() throws ImportException {
        byte[] bytes = page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8);

        ExtractedDocument doc = extract(bytes);

        assertThat(doc.text()).contains("Café", "Århus", "€200");
        assertThat(doc.warnings()).singleElement().asString().contains("UTF-8");
    }

    @Test
    void unknownDeclarationIsGuessedAndWarns() throws ImportException {
        ExtractedDocument doc = extract(page("<meta charset=\"klingon-8\">").getBytes(StandardCharsets.UTF_8));

        assertThat(doc.text()).contains("Århus");
        assertThat(doc.warnings()).singleElement().asString().contains("klingon-8");
    }
}
