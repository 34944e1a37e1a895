package org.opendossier.model;

/** How one file (or one message of a mailbox) ended in an import. */
public enum ImportStatus {
    IMPORTED,
    DUPLICATE,
    REJECTED
}
