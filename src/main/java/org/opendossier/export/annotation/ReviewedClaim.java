package org.opendossier.export.annotation;

import java.util.List;
import java.util.Objects;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.SourceSummary;

/**
 * A claim to publish a fact check of, with what the check names besides it.
 *
 * @param claimants the actors who assert it (the claim's {@code claimantIds}), its authors in the review
 * @param appearances the sources where the claim appears, in any order; only those with a URL are published,
 *     and the earliest dated one is its first appearance
 * @param url the page that carries the fact check (Google requires it), or {@code null}
 */
public record ReviewedClaim(Claim claim, List<Actor> claimants, List<SourceSummary> appearances, String url) {
    public ReviewedClaim {
        Objects.requireNonNull(claim, "claim");
        claimants = List.copyOf(claimants);
        appearances = List.copyOf(appearances);
    }
}
