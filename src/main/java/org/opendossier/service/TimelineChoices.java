package org.opendossier.service;

import java.util.List;
import org.opendossier.model.Actor;

/**
 * What a timeline can be filtered by: the actors named in claims (as claimant, subject or speaker in the
 * evidence), by name, and every tag claims carry, in alphabetical order.
 */
public record TimelineChoices(List<Actor> actors, List<String> tags) {
    public TimelineChoices {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
    }
}
