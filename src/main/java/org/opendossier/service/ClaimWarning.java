package org.opendossier.service;

/** What a careful editor would want to know about a claim before relying on it. */
public enum ClaimWarning {
    /** No evidence at all yet. */
    UNSOURCED,
    /** Everything that backs it comes from one article. */
    SINGLE_SOURCE,
    /** Several articles back it, but they are copies of one story or from one outlet. */
    ONE_STORY,
    /** An actor the claim is about disputes or denies it. */
    DISPUTED_BY_SUBJECT,
    /** Some of its quotes could not be placed again after their source's text changed. */
    ORPHANED_EVIDENCE
}
