package org.opendossier.ingest.html;

import java.nio.charset.StandardCharsets;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.ImportException;

/** Small hand-written pages for the extractor tests; the prose is invented for them. */
final class HtmlFixtures {
    static final String P1 = "The harbour authority confirmed on Tuesday that the dredging contract, worth"
            + " several million euros, had been awarded without a public tender, according to documents seen by"
            + " this newspaper.";
    static final String P2 = "Officials said the urgency of the work, after a winter of storms, justified the"
            + " shortcut, but two rival firms have since filed complaints with the regional court.";
    static final String P3 = "A spokesperson for the authority declined to say who had signed the contract,"
            + " citing an ongoing internal review, and promised a full statement within the month.";

    private HtmlFixtures() {}

    static String article() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static ExtractedDocument extract(String html) throws ImportException {
        return new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "page.html", "text/html");
    }

    static ExtractedDocument extract(byte[] bytes) throws ImportException {
        return new HtmlExtractor().extract(bytes, "page.html", "text/html");
    }
}
