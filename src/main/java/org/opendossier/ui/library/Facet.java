package org.opendossier.ui.library;

import java.util.function.Function;
import org.opendossier.model.MediaTypes;
import org.opendossier.model.SourceSummary;

/**
 * The dimensions the library filters by. Most are a column of the source, one value per source (none counts
 * as the value {@link #NONE}); {@link #ACTOR} is read from the source's mentions and a source has any
 * number of its values, or none at all.
 */
public enum Facet {
    OUTLET("facet.outlet", s -> s.outlet()),
    YEAR(
            "facet.year",
            s -> s.publishedAt() == null || s.publishedAt().length() < 4
                    ? null
                    : s.publishedAt().substring(0, 4)),
    LANGUAGE("facet.language", s -> s.language()),
    TYPE("facet.type", s -> MediaTypes.shortName(s.mediaType())),
    /**
     * The actors a source mentions (leaving out mentions a person rejected), each value an actor's id. A
     * source that mentions none has no value here rather than {@link #NONE}: "mentions nobody" is not an
     * actor, and ticking it beside actors would read oddly.
     */
    ACTOR("facet.actor", null);

    /** The value shown for a source that has none in a single-valued dimension (no outlet, no date, …). */
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

    /** Whether a source may have several values (or none) here, rather than exactly one. */
    public boolean isMultiValued() {
        return reader == null;
    }

    /**
     * The source's value in a single-valued dimension.
     *
     * @throws IllegalStateException for a multi-valued dimension, which is not a column of the source
     */
    public String valueOf(SourceSummary source) {
        if (reader == null) {
            throw new IllegalStateException("The " + name() + " facet is read from mentions, not from a source's"
                    + " columns; ask the library's facet table for it.");
        }
        String v = reader.apply(source);
        return v == null || v.isBlank() ? NONE : v;
    }
}
