package org.opendossier.model;

/** How one claim bears on another, read "from TYPE to" ("the ministry's statement DENIES the accusation"). */
public enum ClaimRelationType {
    DENIES,
    CONTRADICTS,
    SUPPORTS,
    UPDATES
}
