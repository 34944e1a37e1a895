package org.opendossier.export.annotation;

import org.opendossier.model.TextSpan;

/**
 * Converts offsets between the case's UTF-16 offsets ({@link TextSpan}, Java string indexes) and the Unicode code
 * points that a W3C {@code TextPositionSelector} counts ("in terms of unicode code points, not in terms of code
 * units", Web Annotation Data Model §4.2.4). The two differ after any character outside the Basic Multilingual
 * Plane, an emoji say.
 */
final class TextPositions {
    private TextPositions() {}

    /** {@code span} of {@code text} in code points, or {@code null} when the span is not within the text. */
    static TextSpan toCodePoints(String text, TextSpan span) {
        if (span.end() > text.length()) {
            return null;
        }
        int start = text.codePointCount(0, span.start());
        return new TextSpan(start, start + text.codePointCount(span.start(), span.end()));
    }

    /** {@code span}, counted in code points, as UTF-16 offsets into {@code text}; {@code null} beyond its end. */
    static TextSpan toUtf16(String text, TextSpan span) {
        if (span.end() > text.codePointCount(0, text.length())) {
            return null;
        }
        int start = text.offsetByCodePoints(0, span.start());
        return new TextSpan(start, text.offsetByCodePoints(start, span.end() - span.start()));
    }
}
