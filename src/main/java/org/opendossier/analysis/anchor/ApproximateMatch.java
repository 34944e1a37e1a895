package org.opendossier.analysis.anchor;

/** A stretch {@code [start, end)} of a text that a pattern turns into with {@code errors} edits. */
record ApproximateMatch(int start, int end, int errors) {}
