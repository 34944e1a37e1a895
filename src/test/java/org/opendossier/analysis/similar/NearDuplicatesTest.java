package org.opendossier.analysis.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final Signature WIRE = MinHash.of(Stories.WIRE);

    @Test
    void theWireStoryInOtherFurnitureIsACopy() {
        assertThat(NearDuplicates.areCopies(WIRE, MinHash.of(Stories.ON_DAILY_SITE)))
                .isTrue();
    }

    @Test
    void aLightlyEditedCopyIsACopy() {
        assertThat(NearDuplicates.areCopies(WIRE, MinHash.of(Stories.EDITED))).isTrue();
        assertThat(NearDuplicates.areCopies(MinHash.of(Stories.EDITED), MinHash.of(Stories.ON_DAILY_SITE)))
                .isTrue();
    }

    @Test
    void aCopyCutShortIsACopyThoughItsJaccardIsLow() {
        Signature truncated = MinHash.of(Stories.TRUNCATED);

        assertThat(WIRE.jaccard(truncated)).isLessThan(NearDuplicates.MIN_JACCARD);
        assertThat(NearDuplicates.areCopies(WIRE, truncated)).isTrue();
        assertThat(NearDuplicates.areCopies(truncated, MinHash.of(Stories.ON_DAILY_SITE)))
                .isTrue();
    }

    @Test
    void anotherReportOnTheSameEventsWithTheSameNamesAndAQuoteIsNot() {
        Signature own = MinHash.of(Stories.OWN_REPORT);

        assertThat(NearDuplicates.areCopies(WIRE, own)).isFalse();
        assertThat(NearDuplicates.areCopies(MinHash.of(Stories.EDITED), own)).isFalse();
        assertThat(NearDuplicates.areCopies(MinHash.of(Stories.TRUNCATED), own)).isFalse();
        assertThat(WIRE.jaccard(own)).isLessThan(0.1);
    }

    @Test
    void oneParagraphQuotedInsideALongTextIsNotACopyOfIt() {
        String paragraph = Stories.WIRE.substring(0, Stories.WIRE.indexOf("\n\n"));
        Signature quoted = MinHash.of(paragraph);

        assertThat(quoted.containment(WIRE)).isGreaterThan(0.9);
        assertThat(NearDuplicates.areCopies(quoted, WIRE)).isFalse();
    }

    @Test
    void groupsFindTheCopiesAmongManyTexts() {
        long seed = 7L;
        Random random = new Random(seed);
        List<SignedText> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            texts.add(new SignedText(1_000 + i, MinHash.of(Stories.filler(random.nextLong(), 300))));
        }
        texts.add(new SignedText(5, MinHash.of(Stories.EDITED)));
        texts.add(new SignedText(3, WIRE));
        texts.add(new SignedText(4, MinHash.of(Stories.ON_DAILY_SITE)));
        texts.add(new SignedText(6, MinHash.of(Stories.OWN_REPORT)));
        texts.add(new SignedText(7, MinHash.of(Stories.TRUNCATED)));
        texts.add(new SignedText(8, MinHash.of("")));
        texts.add(new SignedText(9, MinHash.of("")));

        assertThat(NearDuplicates.groups(texts)).as("seed %d", seed).containsExactly(List.of(3L, 4L, 5L, 7L));
    }

    @Test
    void groupsRefuseATextGivenTwice() {
        List<SignedText> texts = List.of(new SignedText(1, WIRE), new SignedText(1, WIRE));

        assertThatThrownBy(() -> NearDuplicates.groups(texts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Text 1 was given twice");
    }
}
