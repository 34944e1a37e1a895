package org.opendossier.ui.dialog;

import org.opendossier.model.ClaimRelationType;

/** A relation a person described: "this claim TYPE claim {@code toClaimId}". */
public record ClaimRelationChoice(ClaimRelationType type, long toClaimId) {}
