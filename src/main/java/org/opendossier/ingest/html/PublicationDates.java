package org.opendossier.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the dates pages declare to the two forms {@code DocumentMetadata.publishedAt} allows: an
 * instant in UTC when the page gives a time with its offset, otherwise only the calendar date, because a
 * time without an offset cannot be placed on the timeline honestly.
 */
final class PublicationDates {
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    /** "+0100" offsets without a colon are common in meta tags and not accepted by ISO_OFFSET_DATE_TIME. */
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("yyyy-MM-dd HH:mm[:ss][.SSS]XXX")
                    .toFormatter(Locale.ROOT));

    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            formatter("MMMM d, yyyy"),
            formatter("MMM d, yyyy"),
            formatter("d MMMM yyyy"),
            formatter("d MMM yyyy"),
            formatter("yyyy/MM/dd"),
            formatter("yyyyMMdd"));

    private PublicationDates() {}

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** Returns the normalised date, or {@code null} when the value is not a date we can read. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        String zoned = COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2");
        for (DateTimeFormatter f : ZONED) {
            try {
                Instant instant = f.parse(zoned, ZonedDateTime::from).toInstant();
                return instant.truncatedTo(ChronoUnit.SECONDS).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return OffsetDateTime.parse(zoned.replace(' ', 'T'))
                    .toInstant()
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        } catch (DateTimeParseException e) {
            // not an instant
        }
        Matcher iso = ISO_DATE_PREFIX.matcher(s);
        if (iso.find()) {
            try {
                return LocalDate.parse(iso.group()).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        for (DateTimeFormatter f : DATE_ONLY) {
            try {
                return LocalDate.parse(s, f).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(s).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
