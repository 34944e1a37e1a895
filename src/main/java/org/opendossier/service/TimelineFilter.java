package org.opendossier.service;

/**
 * Which claims a timeline shows.
 *
 * @param actorId only claims this actor asserts, is the subject of, or speaks in the evidence of; or
 *     {@code null} for all
 * @param tag only claims with this tag (as written); or {@code null} for all
 */
public record TimelineFilter(Long actorId, String tag) {
    /** Every claim. */
    public static final TimelineFilter ALL = new TimelineFilter(null, null);

    public TimelineFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }
}
