package org.opendossier.index;

import java.util.List;

/**
 * Answers {@code actor:"Wagner Group"} in a query: every name the actor written there goes by, so that the
 * query matches any of them. The index knows words, not actors; the case database knows actors.
 */
@FunctionalInterface
public interface ActorDirectory {
    /** No actors: every {@code actor:} query names an unknown actor. */
    ActorDirectory NONE = written -> List.of();

    /** The display name and aliases of the actor that goes by {@code written}, or empty if none does. */
    List<String> namesOf(String written);
}
