package org.opendossier.model;

/** Where the investigation stands on a claim. */
public enum ClaimStatus {
    UNVERIFIED,
    CORROBORATED,
    DISPUTED,
    REFUTED,
    RETRACTED
}
