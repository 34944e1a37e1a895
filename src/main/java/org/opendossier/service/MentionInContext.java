package org.opendossier.service;

import org.opendossier.model.Mention;
import org.opendossier.model.SourceSummary;

/** A mention with the words around it and the source it is in, for a person to confirm or reject. */
public record MentionInContext(Mention mention, SourceSummary source, String before, String words, String after) {}
