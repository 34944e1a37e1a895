package org.opendossier.service;

/** A case could not be created, opened or used; the message says what to do about it. */
public class CaseException extends Exception {
    public CaseException(String message) {
        super(message);
    }

    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
