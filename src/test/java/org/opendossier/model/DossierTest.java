package org.opendossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierTest {
    @Test
    void refusesBlankTitleAndBadBlocks() {
        assertThatThrownBy(() -> new Dossier(1, " ", "", "", null, "", List.of()))
                .hasMessageContaining("needs a title");
        assertThatThrownBy(() -> new DossierBlock.Heading(4, "Deep")).hasMessageContaining("1, 2 or 3");
        assertThatThrownBy(() -> new DossierBlock.SourceExcerpt(1, new TextSpan(5, 5)))
                .hasMessageContaining("at least one character");
        assertThatThrownBy(() -> new DossierBlock.NetworkFigure(null, 0)).hasMessageContaining("at least 1");
    }

    @Test
    void keepsItsOutlineAsGivenAndUnchangeable() {
        List<DossierBlock> blocks =
                new ArrayList<>(List.of(new DossierBlock.Heading(1, "Start"), new DossierBlock.ClaimCard(3)));
        Dossier dossier = new Dossier(1, "Title", null, null, null, null, blocks);
        blocks.clear();
        assertThat(dossier.blocks())
                .containsExactly(new DossierBlock.Heading(1, "Start"), new DossierBlock.ClaimCard(3));
        assertThat(dossier.subtitle()).isEmpty();
        assertThat(new DossierBlock.TimelineFigure(null, "  ").tag()).isNull();
    }
}
