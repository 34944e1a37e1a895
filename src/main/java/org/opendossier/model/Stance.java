package org.opendossier.model;

/** How a source stands towards a claim it quotes; in the order lists show them, from backing to contesting. */
public enum Stance {
    /** The source asserts or backs the claim. */
    SUPPORTS,
    /** The source relays it without endorsing it ("according to the UN"). */
    REPORTS,
    /** The source touches on it without taking or relaying a position. */
    MENTIONS,
    /** The source questions it or gives conflicting facts. */
    DISPUTES,
    /** Someone in the source says it is false. */
    DENIES;

    /** Whether this stance counts against the claim. */
    public boolean contests() {
        return this == DISPUTES || this == DENIES;
    }

    /** Whether this stance counts for the claim (relaying it counts: it is how most claims travel). */
    public boolean backs() {
        return this == SUPPORTS || this == REPORTS;
    }
}
