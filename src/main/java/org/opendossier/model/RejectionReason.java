package org.opendossier.model;

/** Why a file was not imported. Each value carries the sentence a person sees first. */
public enum RejectionReason {
    EMPTY("the file is empty"),
    UNSUPPORTED_TYPE("this type of file is not supported"),
    TOO_LARGE("the file is larger than the import limit"),
    ENCRYPTED("the document is encrypted or password-protected"),
    NO_TEXT("the document has no extractable text (a scan without a text layer?)"),
    MALFORMED("the file is damaged or not what its content claims to be"),
    TIMEOUT("reading the file took longer than the time limit"),
    UNREADABLE("the file could not be read from disk");

    private final String description;

    RejectionReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
