package org.opendossier.ui.dossier;

/** Where on a row of the outline something is dropped: above it, below it, or onto it (into a heading). */
public enum DropPlace {
    BEFORE,
    AFTER,
    INTO
}
