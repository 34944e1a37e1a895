package org.opendossier.analysis.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendossier.model.TimelineFigure.Tick;

/**
 * The ticks of a time axis: days, weeks, months, quarters or years (up to millennia), whichever is the finest
 * step whose labels still fit side by side. Each tick marks the start of its period, labelled "3 May", "May"
 * or "2024", with the year added where it changes so the reader never has to guess it.
 */
final class TimeAxis {
    /** The size of the tick labels. */
    static final double LABEL_SIZE = 11;

    private static final double LABEL_GAP = 10;

    private static final List<Step> STEPS = List.of(
            new Step(ChronoUnit.DAYS, 1),
            new Step(ChronoUnit.WEEKS, 1),
            new Step(ChronoUnit.MONTHS, 1),
            new Step(ChronoUnit.MONTHS, 3),
            new Step(ChronoUnit.MONTHS, 6),
            new Step(ChronoUnit.YEARS, 1),
            new Step(ChronoUnit.YEARS, 2),
            new Step(ChronoUnit.YEARS, 5),
            new Step(ChronoUnit.YEARS, 10),
            new Step(ChronoUnit.YEARS, 20),
            new Step(ChronoUnit.YEARS, 50),
            new Step(ChronoUnit.YEARS, 100),
            new Step(ChronoUnit.YEARS, 200),
            new Step(ChronoUnit.YEARS, 500),
            new Step(ChronoUnit.YEARS, 1000));

    private final LocalDate from;
    private final LocalDate to;
    private final double left;
    private final double pixelsPerDay;

    /** An axis showing the days from {@code from} up to {@code to} between {@code left} and {@code right}. */
    TimeAxis(LocalDate from, LocalDate to, double left, double right) {
        if (!to.isAfter(from) || !(right > left)) {
            throw new IllegalArgumentException("an empty axis: " + from + " to " + to + " over " + left + "-" + right);
        }
        this.from = from;
        this.to = to;
        this.left = left;
        this.pixelsPerDay = (right - left) / ChronoUnit.DAYS.between(from, to);
    }

    /** Where the start of {@code day} lies. */
    double x(LocalDate day) {
        return left + (day.toEpochDay() - from.toEpochDay()) * pixelsPerDay;
    }

    List<Tick> ticks() {
        Step step = STEPS.getLast();
        for (Step s : STEPS) {
            if (s.approximateDays() * pixelsPerDay >= TextWidths.width(s.widestLabel(), LABEL_SIZE) + LABEL_GAP) {
                step = s;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate t = step.firstAtOrAfter(from); t.isBefore(to); t = t.plus(step.amount(), step.unit())) {
            boolean newYear = previous == null || previous.getYear() != t.getYear();
            ticks.add(new Tick(x(t), step.label(t, newYear), t.getDayOfYear() == 1));
            previous = t;
        }
        return ticks;
    }

    /** A step between ticks: {@code amount} {@code unit}s. */
    private record Step(ChronoUnit unit, int amount) {
        double approximateDays() {
            return unit.getDuration().toSeconds() * amount / 86_400.0;
        }

        String widestLabel() {
            return switch (unit) {
                case DAYS, WEEKS -> "30 Sep 2024";
                case MONTHS -> "Sep 2024";
                default -> "2024";
            };
        }

        LocalDate firstAtOrAfter(LocalDate day) {
            return switch (unit) {
                case DAYS -> day;
                case WEEKS -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                case MONTHS -> {
                    LocalDate t = day.withDayOfMonth(1);
                    t = t.isBefore(day) ? t.plusMonths(1) : t;
                    while ((t.getMonthValue() - 1) % amount != 0) {
                        t = t.plusMonths(1);
                    }
                    yield t;
                }
                default -> {
                    LocalDate t = day.withDayOfYear(1);
                    t = t.isBefore(day) ? t.plusYears(1) : t;
                    yield t.plusYears(Math.floorMod(-t.getYear(), amount));
                }
            };
        }

        /** "3 May", "May" or "2024"; with the year where it is new on the axis. */
        String label(LocalDate t, boolean newYear) {
            String month = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return switch (unit) {
                case DAYS, WEEKS -> t.getDayOfMonth() + " " + month + (newYear ? " " + t.getYear() : "");
                case MONTHS -> month + (newYear ? " " + t.getYear() : "");
                default -> Integer.toString(t.getYear());
            };
        }
    }
}
