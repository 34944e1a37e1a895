package org.opendossier.analysis.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.opendossier.model.DateSpan;
import org.opendossier.model.Timeline;
import org.opendossier.model.TimelineFigure;
import org.opendossier.model.TimelineFigure.Axis;
import org.opendossier.model.TimelineFigure.Band;
import org.opendossier.model.TimelineFigure.Lane;
import org.opendossier.model.TimelineFigure.LegendItem;
import org.opendossier.model.TimelineFigure.LegendKind;
import org.opendossier.model.TimelineFigure.Marker;

/**
 * Lays a {@link Timeline} out at a given width: a legend along the top, the time axis below it, and one lane
 * per claim, the statement on the left and the axis's stretch on the right, with a column for undated
 * appearances at the far right when there are any. Markers that would overlap in a lane are stacked above and
 * below its middle, and the lane grows to hold them. The axis spans every dated thing in the timeline with a
 * little room on either side, and at least a fortnight.
 */
public final class TimelineLayout {
    /** Narrower than this, the label column and the axis would not both fit. */
    public static final double MIN_WIDTH = 600;

    private static final double MARGIN = 16;
    private static final double GAP = 16;
    private static final double LEGEND_ENTRY = 128;
    private static final double LEGEND_ROW = 20;
    private static final double AXIS_ROOM = 22;
    private static final double LANE_PADDING = 8;
    private static final double MIN_LANE = 44;
    private static final int MAX_LINES = 2;
    private static final double UNDATED_WIDTH = 96;
    private static final double MIN_DAYS = 14;
    /** Room on either side of the dated things, as a share of their stretch. */
    private static final double PADDING_SHARE = 0.03;

    private static final double R = TimelineFigure.MARKER_RADIUS;
    /** Horizontal room one marker needs before the next one in its level. */
    private static final double MARKER_ROOM = 2 * R + 3;
    /** Vertical distance between two levels of stacked markers. */
    private static final double LEVEL = 2 * R + 4;

    /** Lays {@code timeline} out {@code width} pixels wide (at least {@link #MIN_WIDTH}). */
    public TimelineFigure layout(Timeline timeline, double width) {
        if (!Double.isFinite(width)) {
            throw new IllegalArgumentException("the width must be a number, not " + width);
        }
        double w = Math.max(MIN_WIDTH, width);
        double labelWidth = Math.clamp(w * 0.28, 160, 340);
        double plotLeft = MARGIN + labelWidth + GAP;
        boolean anyUndated = timeline.rows().stream().anyMatch(r -> !r.undated().isEmpty());
        double plotRight = w - MARGIN - (anyUndated ? UNDATED_WIDTH + GAP : 0);
        Band undated = anyUndated ? new Band(w - MARGIN - UNDATED_WIDTH, w - MARGIN) : null;

        List<LegendItem> legend = new ArrayList<>();
        double y = MARGIN + LEGEND_ROW / 2;
        double x = MARGIN + R;
        for (LegendKind kind : LegendKind.values()) {
            if (x - R + LEGEND_ENTRY > w - MARGIN && x > MARGIN + R) {
                x = MARGIN + R;
                y += LEGEND_ROW;
            }
            legend.add(new LegendItem(kind, x, y));
            x += LEGEND_ENTRY;
        }
        double axisY = y + LEGEND_ROW / 2 + AXIS_ROOM;

        TimeAxis scale = null;
        Axis axis = null;
        DateSpan extent = extent(timeline);
        if (extent != null) {
            DateSpan shown = padded(extent);
            scale = new TimeAxis(shown.start(), shown.end(), plotLeft, plotRight);
            axis = new Axis(plotLeft, plotRight, axisY, shown.start(), shown.end(), scale.ticks());
        }

        List<Lane> lanes = new ArrayList<>();
        double top = axisY + LANE_PADDING;
        for (Timeline.Row row : timeline.rows()) {
            Lane lane = lane(row, lanes.size(), top, labelWidth, scale, undated);
            lanes.add(lane);
            top = lane.bottom();
        }
        return new TimelineFigure(w, top + MARGIN, legend, axis, lanes, undated);
    }

    private static Lane lane(
            Timeline.Row row, int index, double top, double labelWidth, TimeAxis scale, Band undatedColumn) {
        List<String> lines = TextWidths.wrap(row.statement(), labelWidth, TimelineFigure.FONT_SIZE, MAX_LINES);
        double textHeight = (lines.size() + 1) * TimelineFigure.LINE_HEIGHT + 2 * LANE_PADDING;

        // Levels first (0 is the middle, then 1 above, 2 below, …), so the lane knows its height.
        List<Timeline.Appearance> dated = row.dated();
        List<Band> spans = new ArrayList<>();
        int[] levels = new int[dated.size()];
        List<Double> lastInLevel = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            DateSpan s = dated.get(i).span().orElseThrow();
            Band span = new Band(scale.x(s.start()), scale.x(s.end()));
            spans.add(span);
            int level = 0;
            while (level < lastInLevel.size() && Math.abs(span.centre() - lastInLevel.get(level)) < MARKER_ROOM) {
                level++;
            }
            if (level == lastInLevel.size()) {
                lastInLevel.add(span.centre());
            } else {
                lastInLevel.set(level, span.centre());
            }
            levels[i] = level;
        }
        List<Timeline.Appearance> undated = row.undated();
        int perRow = undatedColumn == null ? 1 : Math.max(1, (int) (undatedColumn.width() / MARKER_ROOM));
        int undatedLevels = (undated.size() + perRow - 1) / perRow;
        int levelCount = Math.max(lastInLevel.size(), undatedLevels);
        double markerHeight = 2 * (offset(levelCount - 1) + R) + 2 * LANE_PADDING;
        double height = Math.max(MIN_LANE, Math.max(textHeight, markerHeight));
        double centre = top + height / 2;

        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Band span = spans.get(i);
            markers.add(new Marker(dated.get(i), span.centre(), centre + signedOffset(levels[i]), span));
        }
        for (int i = 0; i < undated.size(); i++) {
            double mx = undatedColumn.x1() + R + 2 + (i % perRow) * MARKER_ROOM;
            markers.add(new Marker(undated.get(i), mx, centre + signedOffset(i / perRow), null));
        }
        Band event = row.eventSpan()
                .map(s -> new Band(scale.x(s.start()), scale.x(s.end())))
                .orElse(null);
        Band spread = spans.size() < 2
                ? null
                : new Band(
                        spans.stream().mapToDouble(Band::centre).min().orElseThrow(),
                        spans.stream().mapToDouble(Band::centre).max().orElseThrow());
        double textTop = top + (height - (lines.size() + 1) * TimelineFigure.LINE_HEIGHT) / 2;
        double firstBaseline = textTop + TimelineFigure.LINE_HEIGHT - 3.5;
        return new Lane(row, index, top, height, lines, MARGIN, firstBaseline, event, spread, centre, markers);
    }

    /** How far level {@code level} lies from the middle. */
    private static double offset(int level) {
        return ((level + 1) / 2) * LEVEL;
    }

    /** Odd levels above the middle, even ones below. */
    private static double signedOffset(int level) {
        return level % 2 == 1 ? -offset(level) : offset(level);
    }

    /** From the earliest to the latest day anything dated covers, or null if nothing is dated. */
    private static DateSpan extent(Timeline timeline) {
        LocalDate start = null;
        LocalDate end = null;
        for (Timeline.Row row : timeline.rows()) {
            List<DateSpan> spans = new ArrayList<>();
            row.eventSpan().ifPresent(spans::add);
            row.dated().forEach(a -> spans.add(a.span().orElseThrow()));
            for (DateSpan s : spans) {
                start = start == null || s.start().isBefore(start) ? s.start() : start;
                end = end == null || s.end().isAfter(end) ? s.end() : end;
            }
        }
        return start == null ? null : new DateSpan(start, end);
    }

    private static DateSpan padded(DateSpan extent) {
        long days = extent.days();
        long pad = Math.max(1, Math.round(days * PADDING_SHARE));
        long widen = Math.max(0, Math.round((MIN_DAYS - days) / 2));
        return new DateSpan(
                extent.start().minus(pad + widen, ChronoUnit.DAYS), extent.end().plus(pad + widen, ChronoUnit.DAYS));
    }
}
