package org.opendossier.model;

import java.util.Locale;

/** Short names for the media types a case holds, as search ({@code type:pdf}) and the library show them. */
public final class MediaTypes {
    private MediaTypes() {}

    public static String shortName(String mediaType) {
        if (mediaType == null) {
            return "other";
        }
        return switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "text/plain" -> "text";
            case "text/markdown" -> "markdown";
            case "text/html", "application/xhtml+xml" -> "html";
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/msword" -> "doc";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "application/rtf", "text/rtf" -> "rtf";
            case "message/rfc822", "application/mbox" -> "email";
            default -> "other";
        };
    }
}
