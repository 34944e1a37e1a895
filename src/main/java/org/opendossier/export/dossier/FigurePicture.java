package org.opendossier.export.dossier;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

/**
 * A dossier figure read from its SVG, ready to be drawn: the size it asks for, the part of its own coordinates
 * that size shows, and what to paint, in painting order. Colours already carry every opacity that applies.
 *
 * @param width the width the picture asks for, in CSS pixels
 * @param height the height the picture asks for, in CSS pixels
 * @param viewBox the area of the picture's coordinates that fills that size
 */
record FigurePicture(double width, double height, Rectangle2D viewBox, List<Mark> marks) {
    FigurePicture {
        Objects.requireNonNull(viewBox, "viewBox");
        marks = List.copyOf(marks);
    }

    /** One thing to paint. */
    sealed interface Mark permits Area, Label {}

    /** How an outline is drawn: its colour and its stroke (width, dashes, joins, caps). */
    record Pen(Color colour, BasicStroke stroke) {
        Pen {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /**
     * A shape, filled and outlined.
     *
     * @param fill the fill, or {@code null} for none
     * @param pen the outline, or {@code null} for none
     * @param strokeFirst whether the outline goes under the fill ({@code paint-order: stroke})
     */
    record Area(Shape shape, Color fill, Pen pen, boolean strokeFirst) implements Mark {
        Area {
            Objects.requireNonNull(shape, "shape");
        }
    }

    /** Where a label's point sits on its line of text ({@code text-anchor}). */
    enum Anchor {
        START,
        MIDDLE,
        END
    }

    /**
     * One line of text, in the order it is written (not yet in display order).
     *
     * @param x where the anchor point is, on the baseline
     * @param size the font size in the picture's units
     * @param fill the colour of the letters, or {@code null} for none
     * @param pen an outline around the letters (a halo that keeps a label readable over lines), or {@code null}
     * @param strokeFirst whether the outline goes under the letters
     */
    record Label(
            String text,
            double x,
            double y,
            float size,
            boolean bold,
            Anchor anchor,
            Color fill,
            Pen pen,
            boolean strokeFirst)
            implements Mark {
        Label {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }
}
