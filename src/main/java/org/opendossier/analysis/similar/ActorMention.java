package org.opendossier.analysis.similar;

import java.util.Objects;
import org.opendossier.model.TextSpan;

/**
 * Where a source names one of the claim's actors, as the alias matcher found it ("Moura" for Carla Moura).
 *
 * @param actorName the actor's display name, shown as the shared fact
 */
public record ActorMention(TextSpan span, String actorName) {
    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actorName, "actorName");
    }
}
