package org.opendossier.service;

import java.util.List;
import org.opendossier.model.ActorSuggestion;

/**
 * A suggested actor as the person sees it: the suggestion, the other spellings the texts use for it (which
 * become aliases on accepting), and its example passages with their context.
 */
public record Suggested(ActorSuggestion suggestion, List<String> variants, List<Excerpt> examples) {
    public Suggested {
        variants = List.copyOf(variants);
        examples = List.copyOf(examples);
    }
}
