package org.opendossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Claims on a time axis: one row per claim with the date of the event it states and every source that quotes
 * it, placed at the source's publication date. It answers when a claim first appeared in print, who repeated
 * it afterwards, and when it was denied or disputed. The service builds it from a case; the timeline pane and
 * the SVG export draw it through {@link TimelineFigure}.
 */
public record Timeline(List<Row> rows) {
    public static final Timeline EMPTY = new Timeline(List.of());

    public Timeline {
        rows = List.copyOf(rows);
    }

    /** How many appearances all rows hold together. */
    public int appearances() {
        return rows.stream().mapToInt(r -> r.appearances().size()).sum();
    }

    /** What an appearance is in the story of its claim. */
    public enum Role {
        /** The earliest dated source that backs the claim: where it first appeared. */
        FIRST,
        /** Another source that backs it: later than the first, on the same day, or at a date unknown. */
        REPEAT,
        /** A source that disputes or denies it. */
        CONTESTS,
        /** A source that touches on it without taking or relaying a position. */
        MENTIONS
    }

    /**
     * One source quoting one claim.
     *
     * @param published the source's publication date, or {@code null} when it has none: listed, not placed
     */
    public record Appearance(
            long sourceId, String title, String outlet, PartialDate published, Stance stance, Role role) {
        private static final Comparator<Appearance> ORDER = Comparator.comparing(
                        (Appearance a) -> a.published() == null ? null : DateSpan.of(a.published()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Appearance::sourceId)
                .thenComparing(Appearance::stance);

        public Appearance {
            title = title == null ? "" : title;
            outlet = outlet == null ? "" : outlet;
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(role, "role");
        }

        /** An appearance with the role its stance gives it; {@link Row#of} marks the first among them. */
        public static Appearance of(long sourceId, String title, String outlet, PartialDate published, Stance stance) {
            Role role = stance.backs() ? Role.REPEAT : stance.contests() ? Role.CONTESTS : Role.MENTIONS;
            return new Appearance(sourceId, title, outlet, published, stance, role);
        }

        public boolean dated() {
            return published != null;
        }

        /** The days its publication date covers, if it has one. */
        public Optional<DateSpan> span() {
            return published == null ? Optional.empty() : Optional.of(DateSpan.of(published));
        }

        Appearance withRole(Role value) {
            return new Appearance(sourceId, title, outlet, published, stance, value);
        }
    }

    /**
     * One claim and its appearances, dated ones in order of publication, then the undated.
     *
     * @param eventDate when what it states happened, or {@code null}
     */
    public record Row(
            long claimId,
            String statement,
            ClaimStatus status,
            PartialDate eventDate,
            List<String> tags,
            List<Appearance> appearances) {
        public Row {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(status, "status");
            tags = List.copyOf(tags);
            appearances = List.copyOf(appearances);
            if (appearances.stream().filter(a -> a.role() == Role.FIRST).count() > 1) {
                throw new IllegalArgumentException("claim " + claimId + " has more than one first appearance");
            }
        }

        /**
         * The row of {@code claim}: its appearances put in order, and the earliest dated one that backs the
         * claim marked {@link Role#FIRST}. Of two that came out on the same day, the source imported first
         * (the lower id) is the first; a date known only to the month or year counts from its first day.
         */
        public static Row of(Claim claim, List<Appearance> appearances) {
            List<Appearance> sorted = new ArrayList<>(appearances.size());
            appearances.stream()
                    .map(a -> a.role() == Role.FIRST ? a.withRole(Role.REPEAT) : a)
                    .sorted(Appearance.ORDER)
                    .forEach(sorted::add);
            for (int i = 0; i < sorted.size(); i++) {
                Appearance a = sorted.get(i);
                if (a.dated() && a.stance().backs()) {
                    sorted.set(i, a.withRole(Role.FIRST));
                    break;
                }
            }
            return new Row(claim.id(), claim.statement(), claim.status(), claim.eventDate(), claim.tags(), sorted);
        }

        /** The days the event date covers, if the claim has one. */
        public Optional<DateSpan> eventSpan() {
            return eventDate == null ? Optional.empty() : Optional.of(DateSpan.of(eventDate));
        }

        public Optional<Appearance> first() {
            return appearances.stream().filter(a -> a.role() == Role.FIRST).findFirst();
        }

        public List<Appearance> dated() {
            return appearances.stream().filter(Appearance::dated).toList();
        }

        public List<Appearance> undated() {
            return appearances.stream().filter(a -> !a.dated()).toList();
        }
    }
}
