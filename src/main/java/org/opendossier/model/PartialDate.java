package org.opendossier.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ("2022", "2022-03", "2022-03-27"); month and day are
 * 0 when unknown. Orders by what is known, an unknown part sorting before any known one.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month)
            .thenComparingInt(PartialDate::day);

    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is refused with the text. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a date: \"" + text + "\" (write 2022, 2022-03 or 2022-03-27)");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), month, day);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a date: \"" + text + "\" (write 2022, 2022-03 or 2022-03-27)", e);
        }
    }

    /** {@code null} for null or blank text, else {@link #parse}. */
    public static PartialDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
