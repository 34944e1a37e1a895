package org.opendossier.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How dates and sizes read in the desktop app. */
public final class Formats {
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter SHORT_LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Formats() {}

    /** A published date as stored (an ISO date or instant) shown as its date part. */
    public static String publishedDate(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        return published.length() > 10 ? published.substring(0, 10) : published;
    }

    /** A moment in the user's time zone and locale. */
    public static String localTime(Instant instant) {
        return instant == null ? null : LOCAL_TIME.format(instant);
    }

    /** A moment in the user's time zone, compact enough for a table column: {@code 2026-03-02 14:05}. */
    public static String shortLocalTime(Instant instant) {
        return instant == null ? null : SHORT_LOCAL_TIME.format(instant);
    }

    public static String bytes(long n) {
        if (n < 1024) {
            return Messages.get("format.bytes", n);
        }
        if (n < 1024 * 1024) {
            return Messages.get("format.kib", n / 1024.0);
        }
        return Messages.get("format.mib", n / (1024.0 * 1024));
    }

    /** An enum constant as the message {@code prefix.constant_name} says it ("actor.kind.person" → "Person"). */
    public static String enumName(String prefix, Enum<?> value) {
        return value == null ? "" : Messages.get(prefix + "." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** For choice boxes of an enum: shows {@link #enumName}. */
    public static <E extends Enum<E>> javafx.util.StringConverter<E> enumConverter(String prefix) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return enumName(prefix, value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
