package org.opendossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Timeline} laid out for drawing, in pixels from the top left: the legend, the time axis with its
 * ticks, and one lane per claim with its statement already wrapped, the event date as a band and each
 * appearance as a marker. The timeline pane and the SVG export both draw this one layout, so the file shows
 * what the screen shows.
 *
 * @param axis the time axis, or {@code null} when nothing in the timeline is dated
 * @param undated the column where appearances without a date are listed, or {@code null} when there are none
 */
public record TimelineFigure(
        double width, double height, List<LegendItem> legend, Axis axis, List<Lane> lanes, Band undated) {
    /** The size of the text in lanes, legend and axis, in pixels. */
    public static final double FONT_SIZE = 12;

    /** The distance between two lines of a lane's text. */
    public static final double LINE_HEIGHT = 15;

    /** Half the width of a marker. */
    public static final double MARKER_RADIUS = 6;

    public TimelineFigure {
        legend = List.copyOf(legend);
        lanes = List.copyOf(lanes);
    }

    /**
     * The corners of a diamond or triangle marker centred at ({@code x}, {@code y}), as x, y pairs; empty for
     * the round shapes, which {@link #circleRadius} sizes.
     */
    public static double[] polygon(StanceStyle.Shape shape, double x, double y) {
        double r = MARKER_RADIUS;
        return switch (shape) {
            case DIAMOND -> new double[] {x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y};
            case TRIANGLE -> new double[] {x - r - 0.5, y - r + 0.5, x + r + 0.5, y - r + 0.5, x, y + r + 0.5};
            case CIRCLE, SMALL_CIRCLE -> new double[0];
        };
    }

    /** The radius of a round marker; 0 for the others. */
    public static double circleRadius(StanceStyle.Shape shape) {
        return switch (shape) {
            case CIRCLE -> MARKER_RADIUS;
            case SMALL_CIRCLE -> MARKER_RADIUS - 2;
            case DIAMOND, TRIANGLE -> 0;
        };
    }

    /** The top of the first lane: where the grid starts below the axis. */
    public double lanesTop() {
        return lanes.isEmpty() ? height : lanes.getFirst().top();
    }

    /** A stretch from {@code x1} to {@code x2} (x2 ≥ x1). */
    public record Band(double x1, double x2) {
        public Band {
            if (!(x2 >= x1)) {
                throw new IllegalArgumentException("a band must not end before it starts: " + x1 + " to " + x2);
            }
        }

        public double width() {
            return x2 - x1;
        }

        public double centre() {
            return (x1 + x2) / 2;
        }
    }

    /**
     * The time axis: dates from {@code from} (at {@code left}) to {@code to} (at {@code right}), drawn as a
     * line at {@code y} with tick labels above it.
     */
    public record Axis(double left, double right, double y, LocalDate from, LocalDate to, List<Tick> ticks) {
        public Axis {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            ticks = List.copyOf(ticks);
        }
    }

    /**
     * A tick at the start of a period (a day, month or year), labelled to its right.
     *
     * @param major whether a new year starts here: drawn as a stronger grid line
     */
    public record Tick(double x, String label, boolean major) {
        public Tick {
            Objects.requireNonNull(label, "label");
        }
    }

    /** What a legend entry explains. */
    public enum LegendKind {
        SUPPORTS,
        REPORTS,
        MENTIONS,
        DISPUTES,
        DENIES,
        FIRST,
        EVENT
    }

    /** A legend entry: its symbol centred at ({@code x}, {@code y}), its words after it. */
    public record LegendItem(LegendKind kind, double x, double y) {
        public LegendItem {
            Objects.requireNonNull(kind, "kind");
        }

        /** Where the words start: clear of the widest symbol, the ringed marker. */
        public double textX() {
            return x + MARKER_RADIUS + 10;
        }

        /** The baseline of the words, level with the symbol's middle. */
        public double baseline() {
            return y + 4;
        }
    }

    /**
     * One claim's lane.
     *
     * @param lines the statement, wrapped to the label column; the last line ends in "…" if it was cut
     * @param textX where the lines start
     * @param firstBaseline the baseline of the first line; each further line, and the status line after the
     *     statement, one {@link #LINE_HEIGHT} lower
     * @param event when the claimed event happened, or {@code null}
     * @param spread from the first to the last dated appearance, or {@code null} when fewer than two are dated
     * @param centre the height of the lane's middle, where the spread line runs
     */
    public record Lane(
            Timeline.Row row,
            int index,
            double top,
            double height,
            List<String> lines,
            double textX,
            double firstBaseline,
            Band event,
            Band spread,
            double centre,
            List<Marker> markers) {
        public Lane {
            Objects.requireNonNull(row, "row");
            lines = List.copyOf(lines);
            markers = List.copyOf(markers);
        }

        /** The baseline of line {@code i}; {@code i == lines().size()} is the status line. */
        public double baseline(int i) {
            return firstBaseline + i * LINE_HEIGHT;
        }

        public double bottom() {
            return top + height;
        }
    }

    /**
     * One appearance, centred at ({@code x}, {@code y}).
     *
     * @param span the days its publication date covers, or {@code null} for an undated one
     */
    public record Marker(Timeline.Appearance appearance, double x, double y, Band span) {
        public Marker {
            Objects.requireNonNull(appearance, "appearance");
        }

        public StanceStyle style() {
            return StanceStyle.of(appearance.stance());
        }
    }
}
