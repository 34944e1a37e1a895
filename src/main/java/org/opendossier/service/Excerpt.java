package org.opendossier.service;

import org.opendossier.model.Source;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;

/** Some words of a source with the text around them, for a person to judge them in context. */
public record Excerpt(SourceSummary source, String before, String words, String after) {

    /** The words at {@code span} with up to {@code context} characters either side, white space made single. */
    static Excerpt of(Source s, TextSpan span, int context) {
        String text = s.text();
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        String before = text.substring(Math.max(0, start - context), start).replaceAll("\\s+", " ");
        String after =
                text.substring(end, Math.min(text.length(), end + context)).replaceAll("\\s+", " ");
        return new Excerpt(s.summary(), before, text.substring(start, end), after);
    }
}
