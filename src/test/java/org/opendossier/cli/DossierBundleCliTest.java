package org.opendossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.cli.CliRun.ok;
import static org.opendossier.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format bundle} on a real case: the folder and the zip are checked by the real {@code sha256sum -c},
 * and nothing of the case that the dossier does not show is in any of their files.
 */
class DossierBundleCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of(
            "MANIFEST.sha256",
            "actors.ftm.json",
            "claims.jsonld",
            "dossier.html",
            "dossier.md",
            "dossier.pdf",
            "evidence.jsonld",
            "sources.csv");

    /** What the case holds but the dossier does not show: none of it may be in a bundle. */
    private static final List<String> SECRETS = List.of(
            "Northgate",
            "Harbour Ledger",
            "Port payments",
            "port inspectors",
            "confirmed by phone",
            "do not name this member",
            "keep this quiet");

    @TempDir
    Path tmp;

    private String caseDir;
    private String secretSha256;

    @BeforeEach
    void setUp() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(
                inbox.resolve("a.html"),
                "<html><head><title>Dam leak</title><meta property=\"og:site_name\" content=\"Valley Post\">"
                        + "<link rel=\"canonical\" href=\"https://valley.example/dam-leak\">"
                        + "<meta name=\"author\" content=\"Ana Ortiz, Ben Cole\">"
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
        Files.writeString(
                inbox.resolve("c.html"),
                "<html><head><title>Port payments</title><meta property=\"og:site_name\" content=\"Harbour"
                        + " Ledger\"></head><body><article><h1>Port payments</h1><p>Northgate Holdings paid the"
                        + " port inspectors in cash, a clerk said.</p></article></body></html>",
                StandardCharsets.UTF_8);
        caseDir = tmp.resolve("case").toString();
        ok("init", caseDir);
        ok("import", "--case", caseDir, inbox.toString());
        ok(
                "actors",
                "add",
                "--case",
                caseDir,
                "--kind",
                "organisation",
                "--notes",
                "Press office answers within a day",
                "Water Ministry");
        ok(
                "actors",
                "add",
                "--case",
                caseDir,
                "--kind",
                "organisation",
                "--notes",
                "Tip from a member: do not name this member",
                "Kelmar Engineers Guild");
        ok("actors", "add", "--case", caseDir, "--kind", "organisation", "Northgate Holdings");
        ok(
                "claims",
                "add",
                "--case",
                caseDir,
                "--statement",
                "The Kelmar dam leaked",
                "--claimant",
                "Kelmar Engineers Guild",
                "--subject",
                "Water Ministry",
                "--notes",
                "The lawyer asked us to keep this quiet");
        ok(
                "claims",
                "add",
                "--case",
                caseDir,
                "--statement",
                "Northgate Holdings paid the port inspectors",
                "--subject",
                "Northgate Holdings");
        Map<String, JsonNode> sources = new TreeMap<>();
        for (JsonNode s :
                JSON.readTree(run("sources", "--case", caseDir, "--json").out())) {
            sources.put(s.get("title").asText(), s);
        }
        String a = sources.get("Dam leak").get("id").asText();
        String b = sources.get("Ministry reply").get("id").asText();
        String c = sources.get("Port payments").get("id").asText();
        secretSha256 = sources.get("Port payments").get("sha256").asText();
        ok(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                a,
                "--quote",
                "Engineers found that the Kelmar dam was leaking",
                "--stance",
                "supports",
                "--note",
                "Private: confirmed by phone with the site manager");
        ok(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                b,
                "--quote",
                "nothing is leaking",
                "--stance",
                "denies",
                "--speaker",
                "Water Ministry");
        ok(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "2",
                "--source",
                c,
                "--quote",
                "paid the port inspectors in cash",
                "--stance",
                "reports");

        String text = JSON.readTree(run("show", "--case", caseDir, "--json", a).out())
                .get("text")
                .asText();
        int start = text.indexOf("The Water Ministry was told");
        ok(
                "dossier",
                "create",
                "--case",
                caseDir,
                "--title",
                "The Kelmar dam",
                "--author",
                "Valley Fact Desk",
                "--date",
                "2026-11-22");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--heading", "The leak");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--claim", "1");
        ok("dossier", "add", "--case", caseDir, "--dossier", "1", "--actor", "Water Ministry");
        ok(
                "dossier",
                "add",
                "--case",
                caseDir,
                "--dossier",
                "1",
                "--excerpt",
                a,
                "--start",
                String.valueOf(start),
                "--end",
                String.valueOf(start + "The Water Ministry was told".length()));
    }

    @Test
    void aFolderBundleAndAZipBundleVerifyWithSha256sumAndATamperedFileFails() throws Exception {
        Path folder = tmp.resolve("bundle");
        CliRun written =
                run("export", "--case", caseDir, "--dossier", "1", "--format", "bundle", "--out", folder.toString());
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out())
                .contains("Wrote dossier #1 as a bundle of 8 files to " + folder.toAbsolutePath())
                .contains("sha256sum -c MANIFEST.sha256");
        assertThat(names(folder)).containsExactlyElementsOf(NAMES);

        String manifest = Files.readString(folder.resolve("MANIFEST.sha256"), StandardCharsets.UTF_8);
        assertThat(manifest).endsWith("\n").doesNotContain("\r");
        List<String> lines = manifest.lines().toList();
        assertThat(lines).hasSize(7).allMatch(l -> l.matches("[0-9a-f]{64}  [a-z.]+"));
        assertThat(lines.stream().map(l -> l.substring(66))).containsExactlyElementsOf(NAMES.subList(1, 8));

        assertVerifies(folder);

        Path zip = tmp.resolve("Bundle.ZIP");
        CliRun zipped =
                run("export", "--case", caseDir, "--dossier", "1", "--format", "bundle", "--out", zip.toString());
        assertThat(zipped.status()).as(zipped.err()).isZero();
        assertThat(zipped.out()).contains("a bundle of 8 files to " + zip.toAbsolutePath());
        assertThat(Files.isRegularFile(zip)).isTrue();
        Path unzipped = unzip(zip, Files.createDirectory(tmp.resolve("unzipped")));
        assertThat(names(unzipped)).containsExactlyElementsOf(NAMES);
        assertVerifies(unzipped);
        assertThat(Files.readString(unzipped.resolve("dossier.md")))
                .isEqualTo(Files.readString(folder.resolve("dossier.md")));

        Path html = folder.resolve("dossier.html");
        byte[] bytes = Files.readAllBytes(html);
        bytes[bytes.length / 2] ^= 1;
        Files.write(html, bytes);
        Sha256sum tampered = sha256sum(folder);
        assertThat(tampered.status()).isNotZero();
        assertThat(tampered.out()).contains("dossier.html: FAILED").contains("dossier.pdf: OK");
        assertVerifies(unzipped);
    }

    @Test
    void aBundleHoldsOnlyWhatTheDossierShows() throws Exception {
        Path folder = tmp.resolve("bundle");
        ok("export", "--case", caseDir, "--dossier", "1", "--format", "bundle", "--out", folder.toString());

        // The secrets are in the case: an export of all its claims and evidence carries them.
        Path everything = tmp.resolve("all-evidence.jsonld");
        ok("claims", "export", "--case", caseDir, "--format", "annotations", "--out", everything.toString());
        assertThat(Files.readString(everything)).contains("Northgate", "port inspectors", "confirmed by phone");

        for (String name : NAMES) {
            String content = text(folder.resolve(name));
            assertThat(content).as(name).doesNotContain(SECRETS).doesNotContain(secretSha256);
        }

        assertThat(text(folder.resolve("dossier.pdf")))
                .contains("The Kelmar dam leaked", "nothing is leaking", "Press office answers within a day");
        assertThat(text(folder.resolve("claims.jsonld")))
                .contains("The Kelmar dam leaked", "Kelmar Engineers Guild", "https://valley.example/dam-leak");
        JsonNode evidence = JSON.readTree(folder.resolve("evidence.jsonld").toFile());
        assertThat(evidence.get("total").asInt()).isEqualTo(2);
        List<String> entities = Files.readAllLines(folder.resolve("actors.ftm.json"));
        assertThat(entities).hasSize(2);
        assertThat(String.join("\n", entities))
                .contains("Water Ministry", "Press office answers within a day", "Kelmar Engineers Guild");
        String csv = text(folder.resolve("sources.csv"));
        assertThat(List.of(csv.split("\r\n")))
                .hasSize(3)
                .first()
                .isEqualTo("citations,source_id,outlet,title,authors,published,url,retrieved_at,media_type,sha256");
        assertThat(csv).contains("Valley Post", "Ridge Herald", "\"Ana Ortiz, Ben Cole\"");
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndLeftAlone() throws Exception {
        Path full = Files.createDirectory(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");

        CliRun refused =
                run("export", "--case", caseDir, "--dossier", "1", "--format", "bundle", "--out", full.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds files (notes.txt)").contains("choose a new or empty folder");
        assertThat(names(full)).containsExactly("notes.txt");
        assertThat(names(tmp)).noneMatch(n -> n.endsWith(".partial"));

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        ok("export", "--case", caseDir, "--dossier", "1", "--format", "bundle", "--out", empty.toString());
        assertThat(names(empty)).containsExactlyElementsOf(NAMES);
    }

    @Test
    void aZipInAFolderThatDoesNotExistIsRefusedWithTheFolderNamed() {
        Path missing = tmp.resolve("missing");

        CliRun refused = run(
                "export",
                "--case",
                caseDir,
                "--dossier",
                "1",
                "--format",
                "bundle",
                "--out",
                missing.resolve("kelmar.zip").toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("The folder " + missing.toAbsolutePath() + " does not exist");
        assertThat(Files.exists(missing)).isFalse();
    }

    private static void assertVerifies(Path folder) throws Exception {
        Sha256sum check = sha256sum(folder);
        assertThat(check.status()).as(check.out()).isZero();
        List<String> expected =
                NAMES.subList(1, NAMES.size()).stream().map(n -> n + ": OK").toList();
        assertThat(check.out().lines().toList()).containsExactlyElementsOf(expected);
    }

    private record Sha256sum(int status, String out) {}

    /** The real {@code sha256sum -c MANIFEST.sha256}, run in {@code folder}. */
    private static Sha256sum sha256sum(Path folder) throws Exception {
        Process p = new ProcessBuilder("sha256sum", "-c", "MANIFEST.sha256")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Sha256sum(p.waitFor(), out);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                assertThat(e.getName()).doesNotContain("/", "\\", "..");
                entries.add(e.getName());
                try (InputStream in = file.getInputStream(e)) {
                    Files.copy(in, into.resolve(e.getName()));
                }
            }
            assertThat(entries).doesNotHaveDuplicates();
        }
        return into;
    }

    /** A bundle file as text a reader sees: the PDF's extracted text, every other file as UTF-8. */
    private static String text(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".pdf")) {
            try (var pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
