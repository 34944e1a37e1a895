package org.opendossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.cli.CliRun.ok;
import static org.opendossier.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier list|create|add} and {@code export} on a real case, the HTML read back with jsoup. */
class DossierCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "<script>alert(1)</script> \" onload=\"x";

    @TempDir
    Path tmp;

    private String caseDir;

    @BeforeEach
    void setUp() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(
                inbox.resolve("a.html"),
                "<html><head><title>Dam leak</title><meta property=\"og:site_name\" content=\"Valley Post\">"
                        + "<meta property=\"article:published_time\" content=\"2025-11-03T08:00:00Z\"></head><body>"
                        + "<article><h1>Dam leak</h1><p>Engineers found that the Kelmar dam was leaking. The Water"
                        + " Ministry was told in October.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(
                inbox.resolve("b.html"),
                "<html><head><title>Ministry reply</title><meta property=\"og:site_name\" content=\"Ridge"
                        + " Herald\"></head><body><article><h1>Ministry reply</h1><p>The Water Ministry said"
                        + " “nothing is leaking” at the Kelmar dam.</p></article></body></html>",
                StandardCharsets.UTF_8);
        caseDir = tmp.resolve("case").toString();
        ok("init", caseDir);
        ok("import", "--case", caseDir, inbox.toString());
        ok("actors", "add", "--case", caseDir, "--kind", "organisation", "Water Ministry");
        ok("claims", "add", "--case", caseDir, "--statement", "The Kelmar dam leaked", "--subject", "Water Ministry");
        for (JsonNode s :
                JSON.readTree(run("sources", "--case", caseDir, "--json").out())) {
            String id = s.get("id").asText();
            if (s.get("title").asText().equals("Dam leak")) {
                ok(
                        "evidence",
                        "add",
                        "--case",
                        caseDir,
                        "--claim",
                        "1",
                        "--source",
                        id,
                        "--quote",
                        "Engineers found that the Kelmar dam was leaking",
                        "--stance",
                        "supports");
            } else {
                ok(
                        "evidence",
                        "add",
                        "--case",
                        caseDir,
                        "--claim",
                        "1",
                        "--source",
                        id,
                        "--quote",
                        "nothing is leaking",
                        "--stance",
                        "denies",
                        "--speaker",
                        "Water Ministry");
            }
        }
    }

    @Test
    void aDossierIsComposedAndExportedAsHtmlAndMarkdownWithEveryQuoteCited() throws Exception {
        ok(
                "dossier",
                "create",
                "--case",
                caseDir,
                "--title",
                "The Kelmar dam " + HOSTILE,
                "--author",
                "Valley Fact Desk",
                "--date",
                "2026-11-22",
                "--summary",
                "What we know about the leak.");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--heading", "The leak");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--note", "Checked with two engineers. " + HOSTILE);
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--claim", "1");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--heading", "Who is who", "--level", "2");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--actor", "water ministry");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--timeline");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--network");
        CliRun bad = run("dossier", "add", "--case", caseDir, "--dossier", "1", "--claim", "99");
        assertThat(bad.err()).contains("There is no claim 99.");

        CliRun listed = run("dossier", "list", "--case", caseDir);
        assertThat(listed.out())
                .contains("#1")
                .contains("3. claim #1")
                .contains("5. actor #1")
                .contains("6. timeline");

        Path html = tmp.resolve("out/dam.html");
        assertThat(run("export", "--case", caseDir, "--dossier", "1", "--format", "html", "--out", html.toString())
                        .out())
                .contains("Wrote dossier #1");
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(doc.select("script")).isEmpty();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey()).doesNotStartWith("on");
                assertThat(a.getValue()).doesNotStartWith("javascript:");
                if (a.getKey().endsWith("href") || a.getKey().equals("src")) {
                    assertThat(a.getValue()).as(a.getKey()).startsWith("#");
                }
            });
        }
        String text = doc.text();
        assertThat(text)
                .contains("The Kelmar dam " + HOSTILE)
                .contains("Engineers found that the Kelmar dam was leaking")
                .contains("nothing is leaking")
                .contains("Valley Post")
                .contains("Ridge Herald")
                .contains("Checked with two engineers.");
        assertThat(doc.select("svg")).hasSizeGreaterThanOrEqualTo(2);

        Path pdf = tmp.resolve("out/dam.pdf");
        ok("export", "--case", caseDir, "--dossier", "1", "--format", "pdf", "--out", pdf.toString());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String pages = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(pages)
                    .contains("Engineers found that the Kelmar dam was leaking")
                    .contains("nothing is leaking")
                    .contains("Valley Post")
                    .contains("The Kelmar dam <script>alert(1)</script>");
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            assertThat(outline.getFirstChild().getTitle()).isEqualTo("The leak");
        }

        Path md = tmp.resolve("out/dam.md");
        ok("export", "--case", caseDir, "--dossier", "1", "--format", "md", "--out", md.toString());
        String markdown = Files.readString(md);
        assertThat(markdown).contains("[^1]").contains("[^2]").contains("nothing is leaking");
        assertThat(markdown).doesNotContain("<script>");
    }
}
