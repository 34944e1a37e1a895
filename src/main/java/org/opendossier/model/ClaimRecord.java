package org.opendossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim with everything that hangs off it: its evidence and every relation to or from it. Taken before
 * and after an edit, it is what undo and redo put back.
 */
public record ClaimRecord(Claim claim, List<Evidence> evidence, List<ClaimRelation> relations) {
    public ClaimRecord {
        Objects.requireNonNull(claim, "claim");
        evidence = List.copyOf(evidence);
        relations = List.copyOf(relations);
    }
}
