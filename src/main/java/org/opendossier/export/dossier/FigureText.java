package org.opendossier.export.dossier;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * A figure's label in the order its glyphs are set from left to right. PDF text is shown glyph after glyph, left to
 * right, with no shaping of its own, so a label in Arabic must arrive joined (presentation forms) and reversed, as
 * openhtmltopdf does for the rest of the page with the same ICU (Unicode bidirectional algorithm, UAX #9). The base
 * direction is taken from the first strong letter, as {@code dir="auto"} does.
 */
final class FigureText {
    private FigureText() {}

    /** {@code text} (in logical order) shaped and reordered for display; text with no right-to-left letters as is. */
    static String visual(String text) {
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        if (bidi.isLeftToRight()) {
            return text;
        }
        String shaped = shape(text);
        Bidi reorder = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        return reorder.writeReordered(Bidi.DO_MIRRORING);
    }

    private static String shape(String text) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            return text; // with the length free to change (ligatures), these options have nothing to refuse
        }
    }
}
