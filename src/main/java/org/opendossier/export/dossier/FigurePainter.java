package org.opendossier.export.dossier;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import org.opendossier.export.dossier.FigurePicture.Area;
import org.opendossier.export.dossier.FigurePicture.Label;
import org.opendossier.export.dossier.FigurePicture.Mark;
import org.opendossier.export.dossier.FigurePicture.Pen;

/**
 * Paints a {@link FigurePicture} on a Graphics2D, fitted into a box with its proportions kept and centred (SVG's
 * {@code xMidYMid meet}), clipped to its view box. On the PDFBox Graphics2D every shape becomes PDF path operators
 * and every label PDF text through {@link FigureFontDrawer}, so the figure stays sharp at any zoom.
 */
final class FigurePainter {
    /** The family asked of Java for a label; {@link FigureFontDrawer} maps it to the embedded DejaVu Sans. */
    private static final String FAMILY = "DejaVu Sans";

    private final FigureFontDrawer fonts;

    FigurePainter(FigureFontDrawer fonts) {
        this.fonts = fonts;
    }

    /** Paints {@code picture} into the box from (0, 0) to ({@code width}, {@code height}) of {@code g}. */
    void paint(Graphics2D g, FigurePicture picture, double width, double height) {
        Rectangle2D box = picture.viewBox();
        if (picture.marks().isEmpty() || !(width > 0) || !(height > 0)) {
            return;
        }
        double scale = Math.min(width / box.getWidth(), height / box.getHeight());
        Graphics2D fitted = (Graphics2D) g.create();
        try {
            fitted.translate((width - box.getWidth() * scale) / 2, (height - box.getHeight() * scale) / 2);
            fitted.scale(scale, scale);
            fitted.translate(-box.getX(), -box.getY());
            fitted.clip(box);
            for (Mark mark : picture.marks()) {
                if (mark instanceof Area a) {
                    area(fitted, a);
                } else if (mark instanceof Label l) {
                    label(fitted, l);
                }
            }
        } finally {
            fitted.dispose();
        }
    }

    private static void area(Graphics2D g, Area a) {
        if (a.strokeFirst()) {
            outline(g, a);
        }
        if (a.fill() != null) {
            g.setPaint(a.fill());
            g.fill(a.shape());
        }
        if (!a.strokeFirst()) {
            outline(g, a);
        }
    }

    private static void outline(Graphics2D g, Area a) {
        if (a.pen() != null) {
            g.setPaint(a.pen().colour());
            g.setStroke(a.pen().stroke());
            g.draw(a.shape());
        }
    }

    private void label(Graphics2D g, Label l) {
        String text = FigureText.visual(l.text());
        Font font = new Font(FAMILY, l.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(l.size());
        double width = fonts.width(text, l.bold(), l.size());
        float x = (float)
                switch (l.anchor()) {
                    case START -> l.x();
                    case MIDDLE -> l.x() - width / 2;
                    case END -> l.x() - width;
                };
        float y = (float) l.y();
        if (l.pen() != null && l.strokeFirst()) {
            g.drawString(styled(text, font, l.pen()).getIterator(), x, y);
        }
        if (l.fill() != null) {
            g.setPaint(l.fill());
            g.drawString(styled(text, font, null).getIterator(), x, y);
        }
        if (l.pen() != null && !l.strokeFirst()) {
            g.drawString(styled(text, font, l.pen()).getIterator(), x, y);
        }
    }

    private static AttributedString styled(String text, Font font, Pen outline) {
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        if (outline != null) {
            s.addAttribute(TextAttribute.FOREGROUND, outline.colour());
            s.addAttribute(FigureFontDrawer.OUTLINE, outline);
        }
        return s;
    }
}
