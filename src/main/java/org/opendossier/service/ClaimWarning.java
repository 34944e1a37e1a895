package org.opendossier.service;

/** What a careful editor would want to know about a claim before relying on it. */
public enum ClaimWarning {
    /** No evidence at all yet. */
    UNSOURCED("No evidence yet."),
    /** Everything that backs it comes from one article. */
    SINGLE_SOURCE("Single source: everything for it comes from one article."),
    /** Several articles back it, but they are copies of one story or from one outlet. */
    ONE_STORY("All support comes from one outlet or from copies of one story."),
    /** An actor the claim is about disputes or denies it. */
    DISPUTED_BY_SUBJECT("Disputed or denied by an actor the claim is about."),
    /** Some of its quotes could not be placed again after their source's text changed. */
    ORPHANED_EVIDENCE("Some quotes could not be found again after their source's text changed.");

    private final String sentence;

    ClaimWarning(String sentence) {
        this.sentence = sentence;
    }

    /** The warning as a sentence, as exported documents print it (the desktop app has its own words). */
    public String sentence() {
        return sentence;
    }
}
