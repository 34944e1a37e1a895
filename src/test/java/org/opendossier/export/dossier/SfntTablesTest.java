package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class SfntTablesTest {

    @Test
    void dropsTheGlyphSubstitutionsAndKeepsEveryOtherTableReadable() throws Exception {
        byte[] font = bundled("DejaVuSerif.ttf");
        TrueTypeFont before = parse(font);
        assertThat(before.getTableMap()).containsKey("GSUB");
        assertThat(before.getGsubData()).isNotEqualTo(GsubData.NO_DATA_FOUND);

        TrueTypeFont after = parse(SfntTables.without(font, "GSUB"));

        assertThat(after.getTableMap()).doesNotContainKey("GSUB");
        assertThat(after.getTableMap().keySet())
                .containsExactlyInAnyOrderElementsOf(before.getTableMap().keySet().stream()
                        .filter(tag -> !tag.equals("GSUB"))
                        .toList());
        assertThat(after.getGsubData()).isEqualTo(GsubData.NO_DATA_FOUND);
        int glyph = after.getUnicodeCmapLookup().getGlyphId('Ж');
        assertThat(glyph).isPositive().isEqualTo(before.getUnicodeCmapLookup().getGlyphId('Ж'));
        assertThat(after.getAdvanceWidth(glyph)).isEqualTo(before.getAdvanceWidth(glyph));
    }

    @Test
    void aFontWithoutTheTableComesBackUnchanged() throws Exception {
        byte[] font = SfntTables.without(bundled("DejaVuSans.ttf"), "GSUB");

        assertThat(SfntTables.without(font, "GSUB")).isEqualTo(font).isNotSameAs(font);
    }

    @Test
    void refusesWhatIsNotAFont() {
        assertThatThrownBy(() -> SfntTables.without(new byte[] {0, 1, 0, 0, 0, 9}, "GSUB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a font file");
        assertThatThrownBy(() -> SfntTables.without(new byte[] {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0}, "GSUB"))
                .hasMessageContaining("cut short");
    }

    private static byte[] bundled(String file) throws Exception {
        try (InputStream in = SfntTablesTest.class.getResourceAsStream("fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
