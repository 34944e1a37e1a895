package org.opendossier.export.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DossierUrnTest {

    @Test
    void anyCaseIdReadsBackFromItsUrn() {
        for (String caseId :
                List.of("port-ellery", "Étude du port / 2026: cas #1", "قضية الميناء", "a%b:c", "🐟 case", "x")) {
            for (DossierUrn.Kind kind : DossierUrn.Kind.values()) {
                DossierUrn urn = new DossierUrn(caseId, kind, 42);

                assertThat(urn.toString()).matches("urn:opendossier:[A-Za-z0-9%._~-]+:(evidence|claim|actor):42");
                assertThat(DossierUrn.parse(urn.toString())).contains(urn);
            }
        }
    }

    @Test
    void otherNamesAreNotDossierUrns() {
        assertThat(DossierUrn.parse(null)).isEmpty();
        assertThat(DossierUrn.parse("https://example.org/claim/1")).isEmpty();
        assertThat(DossierUrn.parse("urn:opendossier:case:annotations")).isEmpty();
        assertThat(DossierUrn.parse("urn:opendossier:case:source:1")).isEmpty();
        assertThat(DossierUrn.parse("urn:opendossier:case:claim:0")).isEmpty();
        assertThat(DossierUrn.parse("urn:opendossier:case:claim:-1")).isEmpty();
        assertThat(DossierUrn.parse("urn:opendossier:ca%2:claim:1")).isEmpty();
        assertThat(DossierUrn.parse("urn:opendossier:cas é:claim:1")).isEmpty();
        assertThat(DossierUrn.parse("URN:OpenDossier:case:CLAIM:7"))
                .contains(new DossierUrn("case", DossierUrn.Kind.CLAIM, 7));
    }

    @Test
    void anOriginalIsNamedByItsContentHash() {
        String hex = "0123456789abcdef".repeat(4);

        assertThat(DossierUrn.sha256(hex)).isEqualTo("urn:sha256:" + hex);
        assertThat(DossierUrn.sha256Of("urn:sha256:" + hex.toUpperCase(java.util.Locale.ROOT)))
                .contains(hex);
        assertThat(DossierUrn.sha256Of("https://example.org/")).isEmpty();
        assertThatThrownBy(() -> DossierUrn.sha256Of("urn:sha256:abc"))
                .hasMessage("urn:sha256:abc does not hold a SHA-256 (64 hex digits)");
        assertThatThrownBy(() -> new DossierUrn("case", DossierUrn.Kind.EVIDENCE, 0))
                .hasMessage("a dossier URN needs a stored evidence (id 0 has not been saved)");
    }
}
