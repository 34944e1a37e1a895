package org.opendossier.analysis.anchor;

/** How a quote was placed on a source's text, in the order the ways are tried (decision record 0013). */
public enum PlacementMethod {
    /** The quote is still at its old offsets. */
    POSITION,
    /** The exact quote was found elsewhere; its context, then nearness to the old offsets, chose where. */
    EXACT,
    /** A passage close enough to the quote, in the right context, was found. */
    FUZZY,
    /** Nowhere: the quote is an orphan. */
    NONE
}
