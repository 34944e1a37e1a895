package org.opendossier.service;

import java.util.List;
import java.util.Map;
import org.opendossier.model.Claim;
import org.opendossier.model.Stance;

/**
 * A claim as the claims table shows it: its evidence counted by stance, and together for and against,
 * each by independent outlet and by article, and its warnings.
 *
 * @param backing evidence that supports or reports it
 * @param contesting evidence that disputes or denies it
 */
public record ClaimListing(
        Claim claim, Map<Stance, Tally> tallies, Tally backing, Tally contesting, List<ClaimWarning> warnings) {
    public ClaimListing {
        tallies = Map.copyOf(tallies);
        warnings = List.copyOf(warnings);
    }

    public Tally tally(Stance stance) {
        return tallies.getOrDefault(stance, Tally.NONE);
    }
}
