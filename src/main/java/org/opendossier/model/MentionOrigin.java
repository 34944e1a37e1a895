package org.opendossier.model;

/** How a mention came to be: found by matching an actor's names, or tagged by a person in the reader. */
public enum MentionOrigin {
    MATCHED,
    TAGGED
}
