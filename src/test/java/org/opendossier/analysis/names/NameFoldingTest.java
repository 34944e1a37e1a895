package org.opendossier.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opendossier.model.TextSpan;

class NameFoldingTest {
    @Test
    void keyIgnoresCaseAccentsAndSpacing() {
        assertThat(NameFolding.key("  Col.  Assimi\n\tGoïta ")).isEqualTo("col. assimi goita");
        assertThat(NameFolding.key("ASSIMI GOITA")).isEqualTo(NameFolding.key("Assimi Goïta"));
        assertThat(NameFolding.key("Bogotá")).isEqualTo("bogota");
    }

    @Test
    void decomposedAndComposedAccentsGiveTheSameKey() {
        assertThat(NameFolding.key("Goi\u0308ta"))
                .isEqualTo(NameFolding.key("Go\u00EFta"))
                .isEqualTo("goita");
    }

    @Test
    void lettersWithoutADecompositionAreSpelledOut() {
        assertThat(NameFolding.key("Ørsted Łódź Đoković Straße ẞ Æthelred Œuvre Þór Ħal Ŧ ı"))
                .isEqualTo("orsted lodz dokovic strasse ss aethelred oeuvre thor hal t i");
    }

    @Test
    void apostrophesAndDashesAreUnified() {
        assertThat(NameFolding.key("O’Brien"))
                .isEqualTo(NameFolding.key("O'Brien"))
                .isEqualTo(NameFolding.key("O‘Brien"))
                .isEqualTo(NameFolding.key("Oʼbrien"))
                .isEqualTo(NameFolding.key("O`Brien"))
                .isEqualTo("o'brien");
        assertThat(NameFolding.key("Jean–Pierre"))
                .isEqualTo(NameFolding.key("Jean—Pierre"))
                .isEqualTo(NameFolding.key("Jean‐Pierre"))
                .isEqualTo(NameFolding.key("Jean\u2011Pierre"))
                .isEqualTo(NameFolding.key("Jean−Pierre"))
                .isEqualTo("jean-pierre");
    }

    @Test
    void compatibilityFormsBecomePlainLetters() {
        assertThat(NameFolding.key("ﬁnance")).isEqualTo("finance");
        assertThat(NameFolding.key("ＵＮ")).isEqualTo("un");
        assertThat(NameFolding.key("Wagner\u00A0Group")).isEqualTo("wagner group");
        assertThat(NameFolding.key("Wagner\u3000\u2028Group")).isEqualTo("wagner group");
    }

    @Test
    void invisibleCharactersAreDropped() {
        assertThat(NameFolding.key("Wag\u00ADner")).isEqualTo("wagner");
        assertThat(NameFolding.key("\u200BWag\u200Dner\u200E")).isEqualTo("wagner");
    }

    @Test
    void caseFoldsTheSameInEveryLanguage() {
        assertThat(NameFolding.key("İSTANBUL")).isEqualTo("istanbul");
        assertThat(NameFolding.key("ıstanbul")).isEqualTo("istanbul");
        assertThat(NameFolding.key("ΟΔΥΣΣΕΑΣ")).isEqualTo(NameFolding.key("Οδυσσέας"));
        assertThat(NameFolding.key("ШЕВЧЕНКО")).isEqualTo("шевченко");
    }

    @Test
    void scriptsWithoutCaseStayAsTheyAre() {
        assertThat(NameFolding.key("北京")).isEqualTo("北京");
        assertThat(NameFolding.key("서울")).isEqualTo("서울");
        assertThat(NameFolding.key("محمد")).isEqualTo("محمد");
    }

    @Test
    void foldedOffsetsLeadBackToTheOriginalText() {
        String text = "The  Wagner\n\n Group";
        FoldedText folded = NameFolding.fold(text);

        assertThat(folded.text()).isEqualTo("the wagner group");
        assertThat(folded.original()).isSameAs(text);
        int start = folded.text().indexOf("wagner group");
        TextSpan span = folded.originalSpan(start, start + "wagner group".length());
        assertThat(text.substring(span.start(), span.end())).isEqualTo("Wagner\n\n Group");
        TextSpan space = folded.originalSpan(3, 4);
        assertThat(text.substring(space.start(), space.end())).isEqualTo("  ");
    }

    @Test
    void aCharacterThatExpandsLeadsBackToItselfFromEachOfItsParts() {
        String text = "Straße";
        FoldedText folded = NameFolding.fold(text);

        assertThat(folded.text()).isEqualTo("strasse");
        assertThat(folded.originalSpan(4, 5)).isEqualTo(new TextSpan(4, 5));
        assertThat(folded.originalSpan(5, 6)).isEqualTo(new TextSpan(4, 5));
        assertThat(folded.originalSpan(0, 7)).isEqualTo(new TextSpan(0, 6));
    }

    @Test
    void aCombiningAccentBelongsToItsLetter() {
        String text = "Jose\u0301 said";
        FoldedText folded = NameFolding.fold(text);

        assertThat(folded.text()).isEqualTo("jose said");
        assertThat(folded.originalSpan(0, 4)).isEqualTo(new TextSpan(0, 5));
    }

    @Test
    void surrogatePairsKeepTheirTwoOffsets() {
        String text = "\uD83D\uDE42Éa\uD835\uDC00";
        FoldedText folded = NameFolding.fold(text);

        assertThat(folded.text()).isEqualTo("\uD83D\uDE42eaa");
        assertThat(folded.originalSpan(2, 3)).isEqualTo(new TextSpan(2, 3));
        assertThat(folded.originalSpan(0, 2)).isEqualTo(new TextSpan(0, 2));
        assertThat(folded.originalSpan(4, 5))
                .as("mathematical bold A folds to a, from both halves of its pair")
                .isEqualTo(new TextSpan(4, 6));
    }

    @Test
    void emptySpansAndEmptyText() {
        FoldedText empty = NameFolding.fold("");
        assertThat(empty.length()).isZero();
        assertThat(empty.originalSpan(0, 0)).isEqualTo(new TextSpan(0, 0));
        assertThatThrownBy(() -> empty.originalSpan(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(NameFolding.key("   ")).isEmpty();
    }

    /**
     * The table is built from one normalisation of all characters at once; it must give what normalising
     * each character on its own gives.
     */
    @Test
    void tableAgreesWithFoldingEachCharacterOnItsOwn() {
        int compared = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int type = Character.getType(c);
            if (Character.isSurrogate((char) c)
                    || NameFolding.foldsToItself(c)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                continue;
            }
            String alone = NameFolding.foldSlow(c).replaceAll(" +", " ");
            assertThat(NameFolding.fold(String.valueOf((char) c)).text())
                    .as("U+%04X", c)
                    .isEqualTo(alone);
            compared++;
        }
        assertThat(compared).isGreaterThan(15_000);
    }

    @Test
    void wordCharactersAreLettersDigitsAndMarks() {
        assertThat("aZé5٣中\u0301\u0903".codePoints()).allMatch(NameFolding::isWordChar);
        assertThat("-' .,_@#\uD83D\uDE42\u2019".codePoints()).noneMatch(NameFolding::isWordChar);
    }
}
