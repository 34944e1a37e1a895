package org.opendossier.service;

import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;

/** A piece of evidence in a source with the claim it feeds: what the reader highlights. */
public record ClaimQuote(Evidence evidence, Claim claim) {}
