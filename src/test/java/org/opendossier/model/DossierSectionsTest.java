package org.opendossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DossierSectionsTest {
    private static final DossierBlock A = new DossierBlock.Heading(1, "A");
    private static final DossierBlock NOTE_A = new DossierBlock.Note("under A");
    private static final DossierBlock A1 = new DossierBlock.Heading(2, "A.1");
    private static final DossierBlock CLAIM = new DossierBlock.ClaimCard(7);
    private static final DossierBlock A2 = new DossierBlock.Heading(3, "A.1.a");
    private static final DossierBlock B = new DossierBlock.Heading(1, "B");
    private static final DossierBlock NOTE_B = new DossierBlock.Note("under B");
    private static final DossierBlock LOOSE = new DossierBlock.Note("before any heading");

    /** loose, A, note, A.1, claim, A.1.a, B, note */
    private static final List<DossierBlock> OUTLINE = List.of(LOOSE, A, NOTE_A, A1, CLAIM, A2, B, NOTE_B);

    @Test
    void aHeadingHoldsEverythingUpToTheNextHeadingOfItsRankOrHigher() {
        assertThat(DossierSections.end(OUTLINE, 1)).isEqualTo(6);
        assertThat(DossierSections.end(OUTLINE, 3)).isEqualTo(6);
        assertThat(DossierSections.end(OUTLINE, 5)).isEqualTo(6);
        assertThat(DossierSections.end(OUTLINE, 6)).isEqualTo(8);
        assertThat(DossierSections.end(OUTLINE, 2))
                .as("a note is a section of one")
                .isEqualTo(3);
    }

    @Test
    void blocksBelongToTheNearestHeadingAboveThatOutranksThem() {
        assertThat(DossierSections.parent(OUTLINE, 0)).isEqualTo(-1);
        assertThat(DossierSections.parent(OUTLINE, 1)).isEqualTo(-1);
        assertThat(DossierSections.parent(OUTLINE, 2)).isEqualTo(1);
        assertThat(DossierSections.parent(OUTLINE, 3)).isEqualTo(1);
        assertThat(DossierSections.parent(OUTLINE, 4)).isEqualTo(3);
        assertThat(DossierSections.parent(OUTLINE, 5)).isEqualTo(3);
        assertThat(DossierSections.parent(OUTLINE, 7)).isEqualTo(6);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream()
                        .map(i -> DossierSections.depth(OUTLINE, i))
                        .toList())
                .containsExactly(0, 0, 1, 1, 2, 2, 0, 1);
    }

    @Test
    void theLastDirectSlotOfAHeadingIsBeforeItsFirstSubheading() {
        assertThat(DossierSections.lastDirectSlot(OUTLINE, 1)).isEqualTo(3);
        assertThat(DossierSections.lastDirectSlot(OUTLINE, 3)).isEqualTo(5);
        assertThat(DossierSections.lastDirectSlot(OUTLINE, 6)).isEqualTo(8);
    }

    @Test
    void aRunMovesToAGapCountedInTheOutlineAsItWas() {
        assertThat(DossierSections.moved(OUTLINE, 6, 8, 1)).containsExactly(LOOSE, B, NOTE_B, A, NOTE_A, A1, CLAIM, A2);
        assertThat(DossierSections.moved(OUTLINE, 0, 1, 8)).containsExactly(A, NOTE_A, A1, CLAIM, A2, B, NOTE_B, LOOSE);
        assertThat(DossierSections.moved(OUTLINE, 4, 5, 2)).containsExactly(LOOSE, A, CLAIM, NOTE_A, A1, A2, B, NOTE_B);
        assertThat(DossierSections.moved(OUTLINE, 1, 6, 3)).as("into itself").isEqualTo(OUTLINE);
        assertThat(DossierSections.moved(OUTLINE, 4, 5, 5)).as("where it is").isEqualTo(OUTLINE);
        assertThatThrownBy(() -> DossierSections.moved(OUTLINE, 4, 5, 9)).hasMessageContaining("No place 9");
        assertThatThrownBy(() -> DossierSections.end(OUTLINE, 8)).hasMessageContaining("No block 8");
    }
}
