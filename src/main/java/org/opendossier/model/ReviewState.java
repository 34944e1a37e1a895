package org.opendossier.model;

/** Whether a person has looked at a mention (or another suggestion) and what they decided. */
public enum ReviewState {
    UNREVIEWED,
    CONFIRMED,
    REJECTED
}
