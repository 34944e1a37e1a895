package org.opendossier.model;

import java.util.Map;
import java.util.Objects;

/**
 * Which actors each source mentions, and what every actor is called: what the library needs to filter
 * sources by actor. Mentions a person rejected do not count. The pairs are two parallel arrays rather than
 * a list of objects because a large case has hundreds of thousands of them; they are handed over as they
 * are, not copied, and must not be changed. They come in no particular order, and a source that names an
 * actor several times may bring the same pair several times (sorting them out is left to the one reader
 * that needs it, where it costs least).
 *
 * @param sourceIds the source of each pair
 * @param actorIds the actor of each pair
 * @param names the display name of every actor of the case, mentioned or not, by id
 */
public record SourceActors(long[] sourceIds, long[] actorIds, Map<Long, String> names) {
    public SourceActors {
        Objects.requireNonNull(sourceIds, "sourceIds");
        Objects.requireNonNull(actorIds, "actorIds");
        names = Map.copyOf(names);
        if (sourceIds.length != actorIds.length) {
            throw new IllegalArgumentException(
                    sourceIds.length + " sources but " + actorIds.length + " actors: the pairs must match up");
        }
    }

    /** How many (source, actor) pairs there are. */
    public int pairs() {
        return sourceIds.length;
    }
}
