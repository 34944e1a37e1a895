package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.export.dossier.DossierFixtures.ARABIC;
import static org.opendossier.export.dossier.DossierFixtures.EMOJI;
import static org.opendossier.export.dossier.DossierFixtures.REMOTE_URL;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDossierWriterTest {
    private final String md = new MarkdownDossierWriter().render(DossierFixtures.document());
    private final List<String> lines = md.lines().toList();

    @Test
    void escapesEveryHostileString() {
        assertThat(md).as("no < that is not escaped").doesNotContainPattern("(?<!\\\\)<");
        assertThat(md).contains("\\<script\\>alert\\(1\\)\\</script\\>");
        assertThat(md).doesNotContain("](javascript").contains("Wire \\[x\\]\\(javascript:y\\)");
        assertThat(md).contains(ARABIC).contains(EMOJI);
    }

    @Test
    void keepsTheOutlineAsHeadings() {
        assertThat(lines.getFirst()).isEqualTo("# Shipments \\<script\\>alert\\(1\\)\\</script\\>");
        assertThat(lines).contains("## Findings \\<script\\>alert\\(1\\)\\</script\\>");
        assertThat(lines).contains("### Claim: The vessel carried arms \\<script\\>alert\\(1\\)\\</script\\>");
        assertThat(lines).contains("### Who \" onload=\"x");
        assertThat(lines).contains("#### Blue Anchor Lines \" onload=\"x");
        assertThat(lines).contains("## Citations", "## Sources");
    }

    @Test
    void citesEveryQuoteAsAFootnoteDefinedOnce() {
        assertThat(lines.stream().filter(l -> l.startsWith("> — ")).map(l -> l.substring(l.lastIndexOf("[^"))))
                .containsExactly("[^1]", "[^2]", "[^3]", "[^3]", "[^1]");
        assertThat(lines.stream().filter(l -> l.startsWith("[^")).map(l -> l.substring(0, 5)))
                .containsExactly("[^1]:", "[^2]:", "[^3]:");
        String first =
                lines.stream().filter(l -> l.startsWith("[^1]:")).findFirst().orElseThrow();
        assertThat(first)
                .contains("`" + REMOTE_URL + "`")
                .contains("characters 120–170, paragraph 3")
                .contains("SHA-256 `aaaaaaaaaaaa`");
    }

    @Test
    void quotesStayInsideTheirBlockquoteAndCannotStartAList() {
        int at = lines.indexOf("> \\*Reportedly\\* the cargo was grain");
        assertThat(at).isPositive();
        assertThat(lines.get(at + 1)).isEqualTo(">");
        assertThat(lines.get(at + 2)).isEqualTo("> \\- not arms");
    }

    @Test
    void escapesLineStartsAndCodeSpans() {
        assertThat(MarkdownDossierWriter.inline("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownDossierWriter.inline("# title")).isEqualTo("\\# title");
        assertThat(MarkdownDossierWriter.inline("+ plus")).isEqualTo("\\+ plus");
        assertThat(MarkdownDossierWriter.code("a``b")).isEqualTo("```a``b```");
        assertThat(MarkdownDossierWriter.code("`x")).isEqualTo("`` `x ``");
    }
}
