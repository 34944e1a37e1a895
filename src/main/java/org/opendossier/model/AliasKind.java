package org.opendossier.model;

/** Why a name is another name of an actor. */
public enum AliasKind {
    ALIAS,
    ABBREVIATION,
    FORMER_NAME,
    TRANSLITERATION,
    MISSPELLING
}
