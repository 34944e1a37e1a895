package org.opendossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A name the texts suggest is an actor nobody has listed yet, for a person to accept, attach to an existing
 * actor as an alias, or reject.
 *
 * @param key the folded name (case and accents removed): what a rejection is remembered by
 * @param abbreviation an acronym the texts define for it ("Rapid Support Forces (RSF)"), or {@code null}
 * @param score higher is more likely a real actor; only the order matters
 * @param examples a few places it occurs, for the person to judge it in context
 */
public record ActorSuggestion(
        String key,
        String name,
        ActorKind kind,
        String abbreviation,
        double score,
        int occurrences,
        int sources,
        int outlets,
        List<Passage> examples) {

    public ActorSuggestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        examples = List.copyOf(examples);
    }
}
