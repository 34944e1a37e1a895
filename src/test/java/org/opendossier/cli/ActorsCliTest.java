package org.opendossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code actors}, {@code actors add|alias|merge} and {@code mentions} on a real case. */
class ActorsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String caseDir;

    @BeforeEach
    void setUp() throws Exception {
        caseDir = tmp.resolve("case").toString();
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(
                inbox.resolve("a.txt"),
                "Mercenaries\n\nThe Wagner Group left; PMC Wagner's men were replaced by the Africa Corps.",
                StandardCharsets.UTF_8);
        Files.writeString(
                inbox.resolve("b.txt"),
                "Handover\n\nDiplomats say the Wagner Group handed its bases over.",
                StandardCharsets.UTF_8);
        assertThat(run("init", caseDir).status()).isZero();
        assertThat(run("import", "--case", caseDir, inbox.toString()).status()).isZero();
    }

    @Test
    void addAliasMergeAndListWithCounts() throws Exception {
        CliRun added = run("actors", "add", "--case", caseDir, "--kind", "organisation", "Wagner Group");
        assertThat(added.status()).isZero();
        assertThat(added.out()).contains("Added actor #1 Wagner Group: 2 mentions in 2 sources");
        assertThat(run("actors", "alias", "--case", caseDir, "wagner group", "PMC Wagner")
                        .out())
                .contains("Wagner Group now also goes by \"PMC Wagner\"");
        assertThat(run("actors", "add", "--case", caseDir, "--kind", "org", "Africa Corps")
                        .err())
                .contains("'org' is not one of: person, organisation, place, other");
        run("actors", "add", "--case", caseDir, "--kind", "organization", "Africa Corps");

        CliRun listed = run("actors", "--case", caseDir, "--json");
        assertThat(listed.status()).isZero();
        JsonNode wagner = listed.json().get(1);
        assertThat(wagner.get("name").asText()).isEqualTo("Wagner Group");
        assertThat(wagner.get("mentions").asInt()).isEqualTo(3);
        assertThat(wagner.get("sources").asInt()).isEqualTo(2);
        assertThat(wagner.get("aliases").get(0).get("name").asText()).isEqualTo("PMC Wagner");

        CliRun merged = run("actors", "merge", "--case", caseDir, "#1", "Africa Corps");
        assertThat(merged.out()).contains("Merged #2 Africa Corps into #1 Wagner Group (1 mentions moved)");
        CliRun text = run("actors", "--case", caseDir);
        assertThat(text.out()).contains("Wagner Group", "4 mentions in 2 sources", "also: PMC Wagner; Africa Corps");
        assertThat(text.out()).contains("1 actor");
    }

    @Test
    void mentionsListsEveryPlaceWithContext() throws Exception {
        run("actors", "add", "--case", caseDir, "--kind", "organisation", "--alias", "PMC Wagner", "Wagner Group");
        CliRun mentions = run("mentions", "--case", caseDir, "PMC Wagner", "--json");
        assertThat(mentions.status()).isZero();
        assertThat(mentions.json()).hasSize(3);
        JsonNode possessive = mentions.json().get(1);
        assertThat(possessive.get("text").asText()).isEqualTo("PMC Wagner");
        assertThat(possessive.get("after").asText()).startsWith("'s men");
        assertThat(possessive.get("origin").asText()).isEqualTo("matched");

        CliRun plain = run("mentions", "--case", caseDir, "1");
        assertThat(plain.out()).contains("[Wagner Group]", "Wagner Group: 3 mentions in 2 sources");
    }

    @Test
    void exportsTheNetworkForGephiAndTheActorsAsFollowTheMoney() throws Exception {
        run("actors", "add", "--case", caseDir, "--kind", "organisation", "--alias", "PMC Wagner", "Wagner Group");
        run("actors", "add", "--case", caseDir, "--kind", "organisation", "Africa Corps");
        Path gexf = tmp.resolve("out/network.gexf");
        CliRun network = run("actors", "export", "--case", caseDir, "--format", "gexf", "--out", gexf.toString());
        assertThat(network.status()).isZero();
        assertThat(network.out()).contains("Wrote 2 actors and 1 links");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(gexf.toFile());
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(1);

        Path ftm = tmp.resolve("out/actors.ftm.json");
        assertThat(run("actors", "export", "--case", caseDir, "--format", "ftm", "--out", ftm.toString())
                        .status())
                .isZero();
        List<String> lines = Files.readAllLines(ftm);
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(1)).get("schema").asText()).isEqualTo("Organization");
        assertThat(run("actors", "export", "--case", caseDir, "--format", "png", "--out", "x.png")
                        .err())
                .contains("Unknown format 'png'; use gexf, graphml, svg or ftm.");
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("network.gexf", "actors.ftm.json");
        }
    }

    @Test
    void unknownAndAmbiguousActorsAreExplained() {
        CliRun unknown = run("mentions", "--case", caseDir, "Hemedti");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("No actor goes by \"Hemedti\"");
        run("actors", "add", "--case", caseDir, "--alias", "Wagner", "Richard Wagner");
        run("actors", "add", "--case", caseDir, "--kind", "organisation", "--alias", "Wagner", "Wagner Group");
        CliRun ambiguous = run("mentions", "--case", caseDir, "wagner");
        assertThat(ambiguous.err()).contains("is a name of several actors (#1 Richard Wagner, #2 Wagner Group)");
        CliRun missing = run("actors");
        assertThat(missing.err()).contains("Missing --case DIR");
    }
}
