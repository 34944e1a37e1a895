package org.opendossier.analysis.similar;

import java.util.List;
import java.util.Objects;

/**
 * What the evidence finder looks for: a claim's statement, the names of the actors it involves (claimants and
 * subjects, any of their names), and the quotes already attached to it as evidence, whose wording other
 * sources may share more than the statement's.
 */
public record ClaimText(String statement, List<String> actorNames, List<String> quotes) {
    public ClaimText {
        Objects.requireNonNull(statement, "statement");
        actorNames = List.copyOf(actorNames);
        quotes = List.copyOf(quotes);
    }
}
