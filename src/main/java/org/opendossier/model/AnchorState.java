package org.opendossier.model;

/** Whether a quote still sits where it was taken from in its source's text. */
public enum AnchorState {
    /** Placed on the text it was taken from. */
    ANCHORED,
    /** The text changed and the quote was found again, exactly or closely enough. */
    REANCHORED,
    /** The text changed and the quote could not be placed; kept, flagged, never dropped. */
    ORPHANED
}
