package org.opendossier.export.dossier;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendossier.export.graph.XmlText;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;

/**
 * The words every dossier format uses for the same thing, so that the HTML, the Markdown and later the PDF
 * say it alike: names of statuses and stances, the cover line, and the fields of a citation.
 */
final class DossierText {
    private static final DateTimeFormatter RETRIEVED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DossierText() {}

    /** "Corroborated". */
    static String status(ClaimStatus status) {
        return name(status);
    }

    /** "Supports". */
    static String stance(Stance stance) {
        return name(stance);
    }

    /** An enum constant as a reader writes it: "PERSON" is "Person", "MEMBER_OF" is "Member of". */
    static String name(Enum<?> value) {
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** One line of text: XML-safe, each run of white space one space; {@code null} becomes "". */
    static String line(String text) {
        return XmlText.label(text);
    }

    /** "Author · 2026-11-23", leaving out what is missing. */
    static String byline(String author, Object date) {
        List<String> parts = new ArrayList<>();
        if (!line(author).isEmpty()) {
            parts.add(line(author));
        }
        if (date != null) {
            parts.add(date.toString());
        }
        return String.join(" · ", parts);
    }

    static String retrieved(Instant importedAt) {
        return importedAt == null ? "" : RETRIEVED.format(importedAt);
    }

    /**
     * The fields of a citation in print order, each "label: value" or a bare value, missing ones left out:
     * outlet, title, published, URL, retrieved, location, short hash. The URL is a field like the others,
     * shown as text.
     */
    static List<Field> citationFields(Citations.Citation citation) {
        SourceSummary s = citation.source();
        List<Field> fields = new ArrayList<>();
        addIfPresent(fields, "", s.outlet(), FieldKind.PROSE);
        addIfPresent(fields, "", s.title(), FieldKind.PROSE);
        addIfPresent(fields, "published ", s.publishedAt(), FieldKind.PLAIN);
        addIfPresent(fields, "", s.url(), FieldKind.URL);
        addIfPresent(fields, "retrieved ", retrieved(s.importedAt()), FieldKind.PLAIN);
        fields.add(new Field("", citation.location(), FieldKind.PLAIN));
        fields.add(new Field("SHA-256 ", citation.shortHash(), FieldKind.HASH));
        return fields;
    }

    private static void addIfPresent(List<Field> fields, String label, String value, FieldKind kind) {
        String v = line(value);
        if (!v.isEmpty()) {
            fields.add(new Field(label, v, kind));
        }
    }

    /**
     * What a citation field holds, which decides how it is set: words from the source (outlet, title) may be in
     * any script and direction; a URL and a hash are set as code, never as a link.
     */
    enum FieldKind {
        PROSE,
        URL,
        HASH,
        PLAIN
    }

    /** One field of a citation: {@code label} is ours, {@code value} came from the source or the case. */
    record Field(String label, String value, FieldKind kind) {}
}
