package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Labels put in the order PDF sets glyphs: left-to-right text untouched, Arabic joined and reversed. */
class FigureTextTest {
    @Test
    void leftToRightTextIsUnchanged() {
        assertThat(FigureText.visual("Морская администрация (2024)")).isEqualTo("Морская администрация (2024)");
    }

    @Test
    void arabicIsJoinedAndSetRightToLeft() {
        String arabic = "هيئة الميناء";
        String visual = FigureText.visual(arabic);
        assertThat(visual).isNotEqualTo(arabic);
        assertThat(visual.codePoints()).as("presentation forms").anyMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF);
        String backToLogical = new StringBuilder(visual).reverse().toString();
        assertThat(Normalizer.normalize(backToLogical, Normalizer.Form.NFKC)).isEqualTo(arabic);
    }

    @Test
    void aLatinLabelWithAnArabicNameKeepsItsOrder() {
        String visual = FigureText.visual("Port هيئة office");
        assertThat(visual).startsWith("Port ").endsWith(" office").doesNotContain("هيئة");
    }
}
