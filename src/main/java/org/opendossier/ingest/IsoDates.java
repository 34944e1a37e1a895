package org.opendossier.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Brings the dates documents declare into the one form {@link DocumentMetadata#publishedAt()} holds: an
 * instant in UTC when the source gives a time zone, else a plain date. A local time without a zone cannot
 * be placed on the time line honestly, so only its date is kept.
 */
public final class IsoDates {
    private IsoDates() {}

    /** The ISO-8601 form of {@code value}, or {@code null} when it is blank or not an ISO-8601 date. */
    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            return of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return of(ZonedDateTime.parse(s).toInstant());
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toLocalDate().toString();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    /** An instant as ISO-8601 UTC, to the second. */
    public static String of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
