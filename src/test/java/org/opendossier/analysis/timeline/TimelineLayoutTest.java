package org.opendossier.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.DateSpan;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Stance;
import org.opendossier.model.Timeline;
import org.opendossier.model.Timeline.Appearance;
import org.opendossier.model.TimelineFigure;
import org.opendossier.model.TimelineFigure.Lane;
import org.opendossier.model.TimelineFigure.Marker;
import org.opendossier.model.TimelineFigure.Tick;

/** Laying the timeline out: the axis and its ticks, lanes, markers and wrapped statements. */
class TimelineLayoutTest {
    private final TimelineLayout layout = new TimelineLayout();

    private static Claim claim(long id, String statement, String event) {
        return new Claim(
                id,
                statement,
                ClaimStatus.UNVERIFIED,
                PartialDate.parseOrNull(event),
                List.of(),
                List.of(),
                List.of(),
                "",
                null,
                null);
    }

    private static Appearance at(long source, String date, Stance stance) {
        return Appearance.of(source, "Title " + source, "Outlet " + source, PartialDate.parseOrNull(date), stance);
    }

    /** One claim with appearances on {@code dates}. */
    private static Timeline published(String... dates) {
        List<Appearance> appearances = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            appearances.add(at(i + 1, dates[i], Stance.REPORTS));
        }
        return new Timeline(List.of(Timeline.Row.of(claim(1, "A claim", null), appearances)));
    }

    private static List<String> labels(TimelineFigure figure) {
        return figure.axis().ticks().stream().map(Tick::label).toList();
    }

    @Test
    void aFortnightIsTickedByWeekOrByDayWhenThereIsRoomAndTheYearIsNamedOnce() {
        TimelineFigure weeks = layout.layout(published("2024-03-04", "2024-03-12"), 1400);
        TimelineFigure days = layout.layout(published("2024-03-04", "2024-03-12"), 2000);

        assertThat(labels(weeks)).containsExactly("4 Mar 2024", "11 Mar");
        assertThat(labels(days)).containsSubsequence("1 Mar", "2 Mar", "3 Mar", "4 Mar", "12 Mar", "13 Mar");
        assertThat(labels(days).stream().filter(l -> l.endsWith("2024"))).hasSize(1);
        // a week of room around what is dated, as the axis shows at least a fortnight
        assertThat(days.axis().from()).isBefore(LocalDate.of(2024, 3, 4));
        assertThat(days.axis().to()).isAfter(LocalDate.of(2024, 3, 13));
        assertThat(labels(days).getFirst())
                .isEqualTo(days.axis().from().getDayOfMonth() + " "
                        + days.axis()
                                .from()
                                .getMonth()
                                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                        + " 2024");
    }

    @Test
    void monthsAreTickedByMonthWithTheYearWhereItChanges() {
        TimelineFigure figure = layout.layout(published("2023-10-20", "2024-04-02"), 1400);

        assertThat(labels(figure)).containsSubsequence("Nov 2023", "Dec", "Jan 2024", "Feb", "Mar", "Apr");
        Tick january = figure.axis().ticks().stream()
                .filter(t -> t.label().equals("Jan 2024"))
                .findFirst()
                .orElseThrow();
        assertThat(january.major()).isTrue();
        assertThat(figure.axis().ticks().stream().filter(Tick::major)).containsExactly(january);
    }

    @Test
    void decadesAreTickedByRoundYearsThatFit() {
        TimelineFigure figure = layout.layout(published("1961-05-01", "2024-03-04"), 800);

        List<Integer> years = labels(figure).stream().map(Integer::parseInt).toList();
        assertThat(years).isSorted().hasSizeBetween(3, 20);
        int step = years.get(1) - years.get(0);
        assertThat(years).allSatisfy(y -> assertThat(y % step).isZero());
        List<Tick> ticks = figure.axis().ticks();
        for (int i = 1; i < ticks.size(); i++) {
            double room = ticks.get(i).x() - ticks.get(i - 1).x();
            assertThat(room).isGreaterThan(TextWidths.width(ticks.get(i - 1).label(), TimeAxis.LABEL_SIZE));
        }
    }

    @Test
    void datesKnownToTheMonthOrYearCoverTheirWholeSpan() {
        Timeline timeline = new Timeline(List.of(Timeline.Row.of(
                claim(1, "Happened in 2023", "2023"),
                List.of(at(1, "2024-03", Stance.SUPPORTS), at(2, "2024-03-15", Stance.REPORTS)))));
        TimelineFigure figure = layout.layout(timeline, 1400);
        Lane lane = figure.lanes().getFirst();
        TimelineFigure.Axis axis = figure.axis();
        double perDay =
                (axis.right() - axis.left()) / java.time.temporal.ChronoUnit.DAYS.between(axis.from(), axis.to());

        assertThat(lane.event().width() / perDay).isCloseTo(365, within(1e-6));
        Marker month = lane.markers().getFirst();
        assertThat(month.span().width() / perDay).isCloseTo(31, within(1e-6));
        assertThat(month.x()).isCloseTo(month.span().centre(), within(1e-9));
        Marker day = lane.markers().get(1);
        assertThat(day.span().width() / perDay).isCloseTo(1, within(1e-6));
        // the month's marker sits at mid-March, the day's on the 15th: they do not pretend to be the same
        assertThat(day.x()).isNotCloseTo(month.x(), within(perDay / 2));
    }

    @Test
    void markersOnTheSameDayAreStackedAndTheLaneGrowsToHoldThem() {
        TimelineFigure one = layout.layout(published("2024-03-04"), 1400);
        TimelineFigure five =
                layout.layout(published("2024-03-04", "2024-03-04", "2024-03-04", "2024-03-04", "2024-03-04"), 1400);

        List<Marker> markers = five.lanes().getFirst().markers();
        Set<Double> heights = new HashSet<>();
        markers.forEach(m -> heights.add(m.y()));
        assertThat(heights).hasSize(5);
        Lane lane = five.lanes().getFirst();
        assertThat(markers).allSatisfy(m -> assertThat(m.y())
                .isBetween(lane.top() + TimelineFigure.MARKER_RADIUS, lane.bottom() - TimelineFigure.MARKER_RADIUS));
        assertThat(lane.height()).isGreaterThan(one.lanes().getFirst().height());
        assertThat(one.lanes().getFirst().markers().getFirst().y())
                .isEqualTo(one.lanes().getFirst().centre());
    }

    @Test
    void lanesFollowEachOtherWithoutOverlapAndTheFigureHoldsThemAll() {
        Timeline timeline = new Timeline(List.of(
                Timeline.Row.of(claim(1, "First", "2024-01"), List.of(at(1, "2024-02-01", Stance.SUPPORTS))),
                Timeline.Row.of(claim(2, "Second", null), List.of(at(2, null, Stance.DENIES))),
                Timeline.Row.of(claim(3, "Third", null), List.of())));
        TimelineFigure figure = layout.layout(timeline, 1000);

        List<Lane> lanes = figure.lanes();
        assertThat(lanes).extracting(Lane::index).containsExactly(0, 1, 2);
        for (int i = 1; i < lanes.size(); i++) {
            assertThat(lanes.get(i).top()).isEqualTo(lanes.get(i - 1).bottom());
        }
        assertThat(figure.height()).isGreaterThan(lanes.getLast().bottom());
        assertThat(lanes.getFirst().top()).isGreaterThan(figure.axis().y());
        assertThat(figure.legend()).hasSize(TimelineFigure.LegendKind.values().length);
        assertThat(figure.legend())
                .allSatisfy(l -> assertThat(l.y()).isLessThan(figure.axis().y() - 12));
        Marker undated = lanes.get(1).markers().getFirst();
        assertThat(undated.span()).isNull();
        assertThat(undated.x())
                .isBetween(figure.undated().x1(), figure.undated().x2());
        assertThat(figure.axis().right()).isLessThan(figure.undated().x1());
        assertThat(lanes.get(2).markers()).isEmpty();
    }

    @Test
    void longStatementsAreWrappedToTheLabelColumnAndCutWithAnEllipsis() {
        String statement = "The regional water authority knew about the solvent leak at the plant for three"
                + " years before the fish kill and said nothing to the fishermen or the town council";
        TimelineFigure figure =
                layout.layout(new Timeline(List.of(Timeline.Row.of(claim(1, statement, "2024"), List.of()))), 1000);

        Lane lane = figure.lanes().getFirst();
        assertThat(lane.lines()).hasSize(2);
        assertThat(lane.lines().getLast()).endsWith("…");
        assertThat(statement).startsWith(lane.lines().getFirst());
        double room = figure.axis().left() - lane.textX() - 8;
        assertThat(lane.lines()).allSatisfy(l -> assertThat(TextWidths.width(l, TimelineFigure.FONT_SIZE))
                .isLessThanOrEqualTo(room));
        assertThat(lane.baseline(2)).isLessThan(lane.bottom());
    }

    @Test
    void wrappingKeepsShortTextWholeAndCutsAWordWiderThanTheLine() {
        assertThat(TextWidths.wrap("Short claim", 200, 12, 2)).containsExactly("Short claim");
        assertThat(TextWidths.wrap("  spaced   out  ", 200, 12, 2)).containsExactly("spaced out");
        List<String> cut = TextWidths.wrap("Donaudampfschifffahrtsgesellschaftskapitän says", 100, 12, 2);
        assertThat(cut.getFirst()).startsWith("Donau").endsWith("…");
        assertThat(TextWidths.width(cut.getFirst(), 12)).isLessThanOrEqualTo(100);
        assertThat(cut).hasSize(2);
        assertThat(TextWidths.wrap("one two three four five six", 60, 12, 1))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith("…"));
    }

    @Test
    void aNarrowWidthIsWidenedToTheMinimum() {
        assertThat(layout.layout(published("2024-03-04"), 100).width()).isEqualTo(TimelineLayout.MIN_WIDTH);
        assertThat(DateSpan.of(PartialDate.parse("2024-02")).days()).isEqualTo(29);
    }
}
