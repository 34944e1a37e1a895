package org.opendossier.service;

import org.opendossier.model.Evidence;
import org.opendossier.model.SourceSummary;

/**
 * A piece of evidence as a person reads it: the quote with the words around it, the source it is from,
 * who speaks in it.
 *
 * @param speaker the speaking actor's name, or "" when none is set
 * @param outletGroup the independent outlet the source counts as (copies of one story share one)
 */
public record QuotedEvidence(
        Evidence evidence, SourceSummary source, String speaker, String before, String after, int outletGroup) {}
