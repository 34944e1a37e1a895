package org.opendossier.export.annotation;

import java.util.Objects;
import org.opendossier.model.ClaimStatus;

/**
 * A claim's status as a schema.org {@code Rating} on a scale from 1 (refuted) to 5 (corroborated), the scale
 * Google's fact-check guide shows. Only verdicts about truth get a number; a claim still unverified, or retracted
 * by whoever made it, is named but not placed on the scale.
 *
 * <table>
 *   <caption>Status to rating</caption>
 *   <tr><th>status</th><th>ratingValue</th><th>alternateName</th></tr>
 *   <tr><td>REFUTED</td><td>1</td><td>Refuted</td></tr>
 *   <tr><td>DISPUTED</td><td>3</td><td>Disputed</td></tr>
 *   <tr><td>CORROBORATED</td><td>5</td><td>Corroborated</td></tr>
 *   <tr><td>RETRACTED</td><td>none</td><td>Retracted</td></tr>
 *   <tr><td>UNVERIFIED</td><td>none</td><td>Unverified</td></tr>
 * </table>
 *
 * @param value the rating, or {@code null} when the status is not a verdict
 * @param name the textual rating, the one that fact-check readers show
 */
public record ReviewRating(Integer value, String name) {
    public static final int WORST = 1;
    public static final int BEST = 5;

    public ReviewRating {
        Objects.requireNonNull(name, "name");
        if (value != null && (value < WORST || value > BEST)) {
            throw new IllegalArgumentException("a rating is from " + WORST + " to " + BEST + ", not " + value);
        }
    }

    /** The rating of a claim with this status. */
    public static ReviewRating of(ClaimStatus status) {
        return switch (status) {
            case REFUTED -> new ReviewRating(1, "Refuted");
            case DISPUTED -> new ReviewRating(3, "Disputed");
            case CORROBORATED -> new ReviewRating(5, "Corroborated");
            case RETRACTED -> new ReviewRating(null, "Retracted");
            case UNVERIFIED -> new ReviewRating(null, "Unverified");
        };
    }
}
