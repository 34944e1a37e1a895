package org.opendossier.model;

/**
 * A stretch of a source's text, {@code [start, end)} in the character offsets of {@link Source#text()}, the
 * text every offset in the case refers to.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span of text: [" + start + ", " + end + ")");
        }
    }
}
