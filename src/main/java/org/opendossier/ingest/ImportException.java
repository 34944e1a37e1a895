package org.opendossier.ingest;

import org.opendossier.model.RejectionReason;

/** A file that cannot become a source, with a reason a person can act on. */
public final class ImportException extends Exception {
    private final RejectionReason reason;

    public ImportException(RejectionReason reason, String detail) {
        super(detail == null || detail.isBlank() ? reason.description() : reason.description() + ": " + detail);
        this.reason = reason;
    }

    public ImportException(RejectionReason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    public RejectionReason reason() {
        return reason;
    }
}
