package org.opendossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.Sha256;
import org.opendossier.testing.Fixtures;

/** The command line as a user runs it, in-process: output, JSON shapes and exit statuses. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path caseDir;
    private Path inbox;

    @BeforeEach
    void setUp() throws Exception {
        caseDir = tmp.resolve("case");
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        assertThat(run("init", caseDir.toString()).status()).isZero();
    }

    @Test
    void initCreatesTheCaseFolderLayout() {
        assertThat(caseDir.resolve("case.db")).isRegularFile();
        assertThat(caseDir.resolve("originals")).isDirectory();
        assertThat(caseDir.resolve("index")).isDirectory();
        CliRun again = run("init", caseDir.toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("not an empty folder");
    }

    @Test
    void importReportsEachFileAndExitsZeroWhenAllWent() throws Exception {
        Path txt = Fixtures.txtUtf8(inbox);
        Path html = Fixtures.html(inbox);
        CliRun r = run("import", "--case", caseDir.toString(), txt.toString(), html.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("imported   #1", "imported   #2", "2 imported, 0 duplicate, 0 rejected");

        CliRun again = run("import", "--case", caseDir.toString(), txt.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("duplicate  #", "0 imported, 1 duplicate, 0 rejected");
    }

    @Test
    void importExitsOneWhenSomeFilesWereRejectedAndReportsJson() throws Exception {
        Fixtures.txtUtf8(inbox);
        Fixtures.empty(inbox);
        Fixtures.encryptedPdf(inbox);
        CliRun r = run("import", "--case", caseDir.toString(), "--json", inbox.toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode report = r.json();
        assertThat(report.at("/summary/imported").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/rejected").asInt()).isEqualTo(2);
        List<String> reasons = report.get("files").findValuesAsText("reason").stream()
                .filter(s -> !s.equals("null"))
                .toList();
        assertThat(reasons).containsExactlyInAnyOrder("empty", "encrypted");
        assertThat(report.get("files").get(0).fieldNames())
                .toIterable()
                .containsExactly("path", "part", "status", "id", "title", "reason", "message");
    }

    @Test
    void searchJsonHasTheDocumentedShape() throws Exception {
        run(
                "import",
                "--case",
                caseDir.toString(),
                Fixtures.txtUtf8(inbox).toString(),
                Fixtures.html(inbox).toString());
        CliRun r = run("search", "--case", caseDir.toString(), "--json", "--limit", "5", "*:*");
        assertThat(r.status()).isZero();
        JsonNode json = r.json();
        assertThat(json.fieldNames()).toIterable().containsExactly("total", "hits", "facets");
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("hits").get(0).fieldNames())
                .toIterable()
                .containsExactly("id", "title", "outlet", "publishedAt", "url", "score", "snippets");
        assertThat(json.get("facets").fieldNames()).toIterable().containsExactly("outlet", "year", "language", "type");
        assertThat(json.at("/facets/type/text").asInt()
                        + json.at("/facets/type/html").asInt())
                .isEqualTo(2);
    }

    @Test
    void searchTextShowsHighlightedPassages() throws Exception {
        Path file = inbox.resolve("note.txt");
        Files.writeString(file, "Harbour inspection\n\nInspectors found the harbour cranes idle for a week.");
        run("import", "--case", caseDir.toString(), file.toString());
        CliRun r = run("search", "--case", caseDir.toString(), "cranes");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("1 match", "#1  Harbour inspection", "[cranes]");
    }

    @Test
    void aBadQueryPointsAtTheErrorAndExitsTwo() {
        CliRun r = run("search", "--case", caseDir.toString(), "title:(harbour");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("error:", "title:(harbour", "^");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void showAndSourcesPrintTheDocumentedJson() throws Exception {
        Path file = Fixtures.txtUtf8(inbox);
        run("import", "--case", caseDir.toString(), file.toString());

        CliRun show = run("show", "--case", caseDir.toString(), "--json", "1");
        assertThat(show.status()).isZero();
        JsonNode s = show.json();
        assertThat(s.fieldNames())
                .toIterable()
                .contains(
                        "id",
                        "sha256",
                        "title",
                        "byline",
                        "outlet",
                        "publishedAt",
                        "url",
                        "language",
                        "mediaType",
                        "text",
                        "acquisitions",
                        "warnings");
        assertThat(s.get("sha256").asText()).isEqualTo(Sha256.hex(Files.readAllBytes(file)));
        assertThat(s.at("/acquisitions/0").fieldNames())
                .toIterable()
                .containsExactly("path", "fileName", "part", "importedAt", "url");

        CliRun sources = run("sources", "--case", caseDir.toString(), "--json");
        JsonNode list = sources.json();
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "id", "title", "outlet", "publishedAt", "mediaType", "language", "importedAt", "sha256");

        CliRun missing = run("show", "--case", caseDir.toString(), "99");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no source #99");
    }

    @Test
    void verifyExitsOneWhenAnOriginalChanged() throws Exception {
        Path file = Fixtures.txtUtf8(inbox);
        run("import", "--case", caseDir.toString(), file.toString());
        assertThat(run("verify", "--case", caseDir.toString()).out()).contains("1 originals checked: 1 intact");

        String sha = Sha256.hex(Files.readAllBytes(file));
        Path original =
                caseDir.resolve("originals").resolve(sha.substring(0, 2)).resolve(sha);
        original.toFile().setWritable(true);
        Files.writeString(original, "tampered");
        CliRun r = run("verify", "--case", caseDir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("CHANGED  #1", sha);
    }

    @Test
    void reindexRebuildsAndSearchStillWorks() throws Exception {
        run("import", "--case", caseDir.toString(), Fixtures.txtUtf8(inbox).toString());
        CliRun r = run("reindex", "--case", caseDir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Rebuilt the search index of 1 sources");
        assertThat(run("search", "--case", caseDir.toString(), "*:*").out()).contains("1 match");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("search", "Moura").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run("import", "--case", caseDir.toString()).status()).isEqualTo(2);
    }

    @Test
    void openingSomethingThatIsNotACaseSaysHowToMakeOne() {
        CliRun r = run("sources", "--case", inbox.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("not an OpenDossier case", "opendossier init");
    }
}
