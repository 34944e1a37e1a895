package org.opendossier.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a date covers, from {@code start} up to but not including {@code end}: a year is the whole year,
 * a month the whole month, a day one day. What a timeline draws for a {@link PartialDate}, so that "2024"
 * reads as a stretch of time and not as a point on 1 January pretending to a precision nobody has.
 */
public record DateSpan(LocalDate start, LocalDate end) implements Comparable<DateSpan> {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a span must end after it starts: " + start + " to " + end);
        }
    }

    public static DateSpan of(PartialDate date) {
        Objects.requireNonNull(date, "date");
        if (date.month() == 0) {
            LocalDate start = LocalDate.of(date.year(), 1, 1);
            return new DateSpan(start, start.plusYears(1));
        }
        if (date.day() == 0) {
            LocalDate start = LocalDate.of(date.year(), date.month(), 1);
            return new DateSpan(start, start.plusMonths(1));
        }
        LocalDate day = LocalDate.of(date.year(), date.month(), date.day());
        return new DateSpan(day, day.plusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** Earlier start first; of two that start together, the shorter (the more precise) first. */
    @Override
    public int compareTo(DateSpan other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
