package org.opendossier.service;

import org.opendossier.model.SourceSummary;

/** Some words of a source with the text around them, for a person to judge them in context. */
public record Excerpt(SourceSummary source, String before, String words, String after) {}
