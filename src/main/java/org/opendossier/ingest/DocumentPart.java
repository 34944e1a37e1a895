package org.opendossier.ingest;

import java.util.Objects;

/**
 * One document inside an imported file: the whole file, or one message of a mailbox.
 *
 * @param label {@code null} for a whole file; {@code "message 2 of 7"} for a message of an mbox file
 * @param bytes the exact bytes of this document (for an mbox message, its slice of the file)
 */
public record DocumentPart(String label, byte[] bytes) {
    public DocumentPart {
        Objects.requireNonNull(bytes, "bytes");
    }

    public static DocumentPart wholeFile(byte[] bytes) {
        return new DocumentPart(null, bytes);
    }

    @Override
    public String toString() {
        return "DocumentPart[" + (label == null ? "whole file" : label) + ", " + bytes.length + " bytes]";
    }
}
