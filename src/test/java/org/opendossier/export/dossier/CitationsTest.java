package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendossier.export.dossier.DossierFixtures.ARABIC_DENIAL;
import static org.opendossier.export.dossier.DossierFixtures.COAST;
import static org.opendossier.export.dossier.DossierFixtures.HARBOUR;
import static org.opendossier.export.dossier.DossierFixtures.SHIP_LEFT;
import static org.opendossier.export.dossier.DossierFixtures.SHIP_LEFT_AGAIN;
import static org.opendossier.export.dossier.DossierFixtures.WIRE;
import static org.opendossier.export.dossier.DossierFixtures.WIRE_REPORT;

import org.junit.jupiter.api.Test;
import org.opendossier.model.TextSpan;

class CitationsTest {
    private final Citations citations = Citations.of(DossierFixtures.document());

    @Test
    void numbersEachQuoteOnceInOrderOfFirstUse() {
        assertThat(citations.all())
                .extracting(Citations.Citation::number, c -> c.quote().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, SHIP_LEFT.text()),
                        org.assertj.core.groups.Tuple.tuple(2, WIRE_REPORT.text()),
                        org.assertj.core.groups.Tuple.tuple(3, ARABIC_DENIAL.text()));
    }

    @Test
    void aQuoteUsedAgainKeepsItsNumber() {
        assertThat(citations.of(SHIP_LEFT_AGAIN).number()).isEqualTo(1);
        assertThat(citations.of(ARABIC_DENIAL).number()).isEqualTo(3);
    }

    @Test
    void listsEverySourceOnceInOrderOfFirstCitation() {
        assertThat(citations.sources()).containsExactly(HARBOUR, WIRE, COAST);
    }

    @Test
    void givesShortHashAndLocation() {
        Citations.Citation first = citations.of(SHIP_LEFT);
        assertThat(first.shortHash()).isEqualTo("a".repeat(12)).hasSize(Citations.Citation.SHORT_HASH);
        assertThat(first.location()).isEqualTo("characters 120–170, paragraph 3");
        assertThat(citations.of(ARABIC_DENIAL).location()).isEqualTo("characters 10–60");
    }

    @Test
    void refusesAQuoteFromAnotherDossier() {
        CitedQuote stranger = new CitedQuote("elsewhere", HARBOUR, new TextSpan(1, 2), 0, "");
        assertThatThrownBy(() -> citations.of(stranger)).hasMessageContaining("not in the dossier");
    }

    @Test
    void countsParagraphsSeparatedByBlankLines() {
        String text = "First one.\n\nSecond\nstill second.\n\n\nThird.";
        assertThat(CitedQuote.paragraphAt(text, 0)).isEqualTo(1);
        assertThat(CitedQuote.paragraphAt(text, text.indexOf("still"))).isEqualTo(2);
        assertThat(CitedQuote.paragraphAt(text, text.indexOf("Third"))).isEqualTo(3);
        assertThat(CitedQuote.paragraphAt(text, text.length())).isEqualTo(3);
    }
}
