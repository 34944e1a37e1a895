package org.opendossier.export.dossier;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.opendossier.export.dossier.FigurePicture.Pen;

/**
 * Sets a figure's labels as PDF text in the dossier's own embedded DejaVu Sans, so that they can be selected,
 * searched and copied like the rest of the page, rather than drawn as outlines.
 *
 * <p>The Graphics2D bridge refuses right-to-left text, because it cannot shape or reorder it; {@link FigureText}
 * has already done both, so every label whose letters the font has is set as text. A label that carries an
 * {@link #OUTLINE} is stroked instead of filled (text rendering mode 1), which draws the halo that keeps network
 * labels readable over the lines they cross.
 */
final class FigureFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
    /** The attribute of a label to stroke rather than fill, with the {@link Pen} to stroke it with. */
    static final AttributedCharacterIterator.Attribute OUTLINE = new Outline();

    private final PDFont regular;
    private final PDFont bold;

    /** @param regular and {@code bold}: DejaVu Sans as the document has loaded it, so the page embeds it once */
    FigureFontDrawer(PDFont regular, PDFont bold) {
        this.regular = Objects.requireNonNull(regular, "regular");
        this.bold = Objects.requireNonNull(bold, "bold");
    }

    /** The face for a label: the bold one for bold labels, the regular one otherwise. */
    PDFont face(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** How wide {@code text} (in display order) is set at {@code size}, in the units of the size. */
    double width(String text, boolean isBold, float size) {
        PDFont font = face(isBold);
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            try {
                width += font.getStringWidth(Character.toString(cp));
            } catch (IllegalArgumentException e) {
                width += 600; // a letter DejaVu lacks (emoji): drawn by Java in another font, about this wide
            } catch (IOException e) {
                throw new UncheckedIOException("Could not measure a figure's label in DejaVu Sans", e);
            }
        }
        return width / 1000 * size;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        return face(font.isBold());
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException {
        Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        try {
            face(font != null ? font.isBold() : env.getFont().isBold()).encode(text.toString());
            return true;
        } catch (IllegalArgumentException e) {
            return false; // a letter the font lacks: the label is drawn as shapes in a font Java has
        }
    }

    @Override
    public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        iterator.first();
        if (!(iterator.getAttribute(OUTLINE) instanceof Pen pen)) {
            super.drawText(iterator, env);
            return;
        }
        PDPageContentStream stream = env.getContentStream();
        stream.saveGraphicsState();
        stream.setRenderingMode(RenderingMode.STROKE);
        stream.setLineWidth(pen.stroke().getLineWidth());
        stream.setLineJoinStyle(pen.stroke().getLineJoin());
        Color colour = pen.colour();
        stream.setStrokingColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue()));
        if (colour.getAlpha() < 255) {
            PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
            alpha.setStrokingAlphaConstant(colour.getAlpha() / 255f);
            stream.setGraphicsStateParameters(alpha);
        }
        super.drawText(iterator, env);
        stream.restoreGraphicsState();
    }

    private static final class Outline extends AttributedCharacterIterator.Attribute {
        private static final long serialVersionUID = 1L;

        Outline() {
            super("opendossier-figure-outline");
        }
    }
}
