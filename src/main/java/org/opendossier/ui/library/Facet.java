package org.opendossier.ui.library;

import java.util.function.Function;
import org.opendossier.model.MediaTypes;
import org.opendossier.model.SourceSummary;

/** The dimensions the library filters by, each with how to read its value off a source. */
public enum Facet {
    OUTLET("facet.outlet", s -> s.outlet()),
    YEAR(
            "facet.year",
            s -> s.publishedAt() == null || s.publishedAt().length() < 4
                    ? null
                    : s.publishedAt().substring(0, 4)),
    LANGUAGE("facet.language", s -> s.language()),
    TYPE("facet.type", s -> MediaTypes.shortName(s.mediaType()));

    /** The value shown for a source that has none in a dimension (no outlet, no date, …). */
    public static final String NONE = "";

    private final String labelKey;
    private final Function<SourceSummary, String> reader;

    Facet(String labelKey, Function<SourceSummary, String> reader) {
        this.labelKey = labelKey;
        this.reader = reader;
    }

    public String labelKey() {
        return labelKey;
    }

    public String valueOf(SourceSummary source) {
        String v = reader.apply(source);
        return v == null || v.isBlank() ? NONE : v;
    }
}
