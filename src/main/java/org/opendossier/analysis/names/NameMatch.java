package org.opendossier.analysis.names;

import java.util.Objects;
import org.opendossier.model.TextSpan;

/**
 * One place where a text names an actor.
 *
 * @param span where, in the original text's {@code char} offsets: just the name, without a title before it
 *     or a possessive after it
 * @param alias the actor's name that matched, as the actor lists it (its display name or one of its
 *     aliases), not as the text spells it
 */
public record NameMatch(long actorId, TextSpan span, String alias) {
    public NameMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(alias, "alias");
    }
}
