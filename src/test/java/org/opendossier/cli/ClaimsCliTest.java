package org.opendossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claims}, {@code claims add|export} and {@code evidence add|import} on real cases. */
class ClaimsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path inbox;
    private String caseDir;

    @BeforeEach
    void setUp() throws Exception {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(
                inbox.resolve("a.txt"),
                "Dam report\n\nEngineers found that the Kelmar dam was leaking. The Kelmar dam was leaking for weeks.",
                StandardCharsets.UTF_8);
        Files.writeString(
                inbox.resolve("b.txt"),
                "Ministry reply\n\nThe ministry said the dam is sound and “nothing is leaking”.",
                StandardCharsets.UTF_8);
        caseDir = newCase("case");
        assertThat(run("actors", "add", "--case", caseDir, "--kind", "organisation", "Water Ministry")
                        .status())
                .isZero();
    }

    private String newCase(String name) {
        String dir = tmp.resolve(name).toString();
        assertThat(run("init", dir).status()).isZero();
        assertThat(run("import", "--case", dir, inbox.toString()).status()).isZero();
        return dir;
    }

    private long sourceTitled(String dir, String title) throws Exception {
        for (JsonNode s : run("sources", "--case", dir, "--json").json()) {
            if (s.get("title").asText().equals(title)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no source " + title);
    }

    @Test
    void aClaimWithQuotedEvidenceIsListedWithItsCounts() throws Exception {
        CliRun added = run(
                "claims",
                "add",
                "--case",
                caseDir,
                "--statement",
                "The Kelmar dam leaked",
                "--date",
                "2025-11",
                "--subject",
                "water ministry",
                "--tag",
                "infrastructure");
        assertThat(added.out()).contains("Added claim #1: The Kelmar dam leaked");
        String report = Long.toString(sourceTitled(caseDir, "Dam report"));
        String reply = Long.toString(sourceTitled(caseDir, "Ministry reply"));

        CliRun quoted = run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                report,
                "--quote",
                "Engineers found that the Kelmar dam was leaking",
                "--stance",
                "supports");
        assertThat(quoted.status()).as(quoted.err()).isZero();
        assertThat(quoted.out()).contains("Added evidence #1 (supports)").contains("for 1 outlet, 1 article");

        CliRun denied = run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                reply,
                "--quote",
                "nothing is leaking",
                "--stance",
                "denies",
                "--speaker",
                "Water Ministry");
        assertThat(denied.status()).as(denied.err()).isZero();

        CliRun listed = run("claims", "--case", caseDir);
        assertThat(listed.out())
                .contains("#1    unverified   2025-11  The Kelmar dam leaked")
                .contains("for: 1 outlet, 1 article · against: 1 outlet, 1 article")
                .contains("warning: single source")
                .contains("warning: disputed by subject");

        run("claims", "add", "--case", caseDir, "--statement", "The ministry says nothing leaks");
        assertThat(run("claims", "relate", "--case", caseDir, "2", "denies", "1")
                        .out())
                .contains("Claim #2 denies claim #1.");
        assertThat(run("claims", "relate", "--case", caseDir, "2", "denies", "1")
                        .err())
                .contains("already denies");

        JsonNode claim = run("claims", "--case", caseDir, "--json").json().get(0);
        assertThat(claim.get("tags").get(0).asText()).isEqualTo("infrastructure");
        assertThat(claim.get("evidence")).hasSize(2);
        JsonNode denial = claim.get("evidence").get(1);
        assertThat(denial.get("stance").asText()).isEqualTo("denies");
        assertThat(denial.get("speaker").asText()).isEqualTo("Water Ministry");
        assertThat(denial.get("quote").asText()).isEqualTo("nothing is leaking");
        assertThat(denial.get("prefix").asText()).endsWith("sound and “");
    }

    @Test
    void missingAndAmbiguousQuotesAreExplained() throws Exception {
        run("claims", "add", "--case", caseDir, "--statement", "The dam leaked");
        String report = Long.toString(sourceTitled(caseDir, "Dam report"));

        CliRun missing = run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                report,
                "--quote",
                "the dam burst",
                "--stance",
                "supports");
        assertThat(missing.status()).isEqualTo(Cli.SOME_FAILED);
        assertThat(missing.err()).contains("The quote is not in source " + report);

        CliRun twice = run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                report,
                "--quote",
                "Kelmar dam was leaking",
                "--stance",
                "supports");
        assertThat(twice.status()).isEqualTo(Cli.SOME_FAILED);
        assertThat(twice.err()).contains("appears 2 times").contains("[Kelmar dam was leaking]");

        CliRun cut = run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                report,
                "--quote",
                "Engineers found that the Kelmar dam was leak",
                "--stance",
                "supports");
        assertThat(cut.err()).contains("The quote cuts a word at its end").contains("[Engineers found that");

        CliRun badStance = run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                report,
                "--quote",
                "Engineers",
                "--stance",
                "agrees");
        assertThat(badStance.err()).contains("'agrees' is not one of: supports, reports, mentions, disputes, denies");
        assertThat(run("claims", "--case", caseDir, "--json").json().get(0).get("evidence"))
                .isEmpty();
    }

    @Test
    void evidenceExportedAsWebAnnotationsImportsIntoAnotherCaseWithTheSameSources() throws Exception {
        run("claims", "add", "--case", caseDir, "--statement", "The Kelmar dam leaked");
        String report = Long.toString(sourceTitled(caseDir, "Dam report"));
        String reply = Long.toString(sourceTitled(caseDir, "Ministry reply"));
        run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                report,
                "--quote",
                "Engineers found that the Kelmar dam was leaking",
                "--stance",
                "supports");
        run(
                "evidence",
                "add",
                "--case",
                caseDir,
                "--claim",
                "1",
                "--source",
                reply,
                "--quote",
                "nothing is leaking",
                "--stance",
                "denies",
                "--speaker",
                "Water Ministry",
                "--note",
                "press office");
        Path annotations = tmp.resolve("out/evidence.jsonld");
        CliRun exported =
                run("claims", "export", "--case", caseDir, "--format", "annotations", "--out", annotations.toString());
        assertThat(exported.out()).contains("Wrote 2 annotations");
        assertThat(JSON.readTree(annotations.toFile()).get("type").asText()).isEqualTo("AnnotationCollection");

        String other = newCase("other");
        run("actors", "add", "--case", other, "--kind", "organisation", "Water Ministry");
        CliRun imported = run("evidence", "import", "--case", other, annotations.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Added 2 pieces of evidence; 0 skipped.");
        JsonNode claim = run("claims", "--case", other, "--json").json().get(0);
        assertThat(claim.get("statement").asText()).isEqualTo("The Kelmar dam leaked");
        JsonNode denial = claim.get("evidence").get(1);
        assertThat(denial.get("stance").asText()).isEqualTo("denies");
        assertThat(denial.get("speaker").asText()).isEqualTo("Water Ministry");
        assertThat(denial.get("note").asText()).isEqualTo("press office");
        assertThat(denial.get("quote").asText()).isEqualTo("nothing is leaking");

        CliRun again = run("evidence", "import", "--case", other, annotations.toString());
        assertThat(again.out()).contains("Added 0 pieces of evidence; 2 skipped.");

        Path reviews = tmp.resolve("out/claims.jsonld");
        CliRun written = run(
                "claims",
                "export",
                "--case",
                caseDir,
                "--format",
                "claimreview",
                "--out",
                reviews.toString(),
                "--author",
                "Valley Fact Desk");
        assertThat(written.out()).contains("Wrote 1 claim reviews");
        assertThat(Files.readString(reviews)).contains("ClaimReview", "The Kelmar dam leaked", "Valley Fact Desk");
    }
}
