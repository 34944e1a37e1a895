package org.opendossier.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    private static String strip(String name) {
        return Titles.strip(NameFolding.key(name));
    }

    @Test
    void leadingTitlesInTheirUsualSpellingsAreStripped() {
        assertThat(strip("Col. Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Col Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Colonel Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Lt. Col Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Lt-Col. Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Lt.Col. Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Lieutenant Colonel Assimi Goïta")).isEqualTo("assimi goita");
        assertThat(strip("Mr. Smith")).isEqualTo("smith");
        assertThat(strip("Sheikh Hamdan")).isEqualTo("hamdan");
        assertThat(strip("President Mahamat Déby")).isEqualTo("mahamat deby");
        assertThat(strip("Prime Minister Ali Lamine Zeine")).isEqualTo("ali lamine zeine");
    }

    @Test
    void stackedTitlesAreAllStripped() {
        assertThat(strip("Gen. Dr. Amina Haddad")).isEqualTo("amina haddad");
        assertThat(strip("Maj Gen Amina Haddad")).isEqualTo("amina haddad");
    }

    @Test
    void aTitleMustBeAWholeWordFollowedByAName() {
        assertThat(strip("Colin Powell")).isEqualTo("colin powell");
        assertThat(strip("Presidente Lula")).isEqualTo("presidente lula");
        assertThat(strip("Drissa Traoré")).isEqualTo("drissa traore");
        assertThat(strip("Col.Assimi")).isEqualTo("col.assimi");
    }

    @Test
    void aNameThatIsOnlyTitlesOrTooShortWithoutThemIsKeptWhole() {
        assertThat(strip("President")).isEqualTo("president");
        assertThat(strip("The General")).isEqualTo("the general");
        assertThat(strip("Dr X")).isEqualTo("dr x");
        assertThat(strip("General")).isEqualTo("general");
    }

    @Test
    void theListIsFoldedAndHasTheRanksTheIssueNames() {
        assertThat(Titles.all())
                .contains("col", "colonel", "lt col", "lieutenant colonel", "gen", "general", "mr", "mrs", "ms", "dr")
                .contains("president", "minister", "sheikh")
                .allSatisfy(t -> assertThat(NameFolding.key(t)).isEqualTo(t));
    }
}
