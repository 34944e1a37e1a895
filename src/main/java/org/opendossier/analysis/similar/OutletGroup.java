package org.opendossier.analysis.similar;

import java.util.List;
import java.util.Objects;

/**
 * Sources that count as one independent voice: one outlet's articles, and every copy of a story that
 * some of them share with other outlets.
 *
 * @param name what to call the group: its outlets' names joined by {@code " / "}, the most prolific first;
 *     empty when no source in it has an outlet or an address
 * @param outlets the outlets' names (or hosts) in that order
 * @param sourceIds the sources in the group, ascending
 * @param copiesOfOneStory whether the group joins different outlets because they carry copies of one story
 *     (a wire report on several sites), rather than being one outlet's own articles
 */
public record OutletGroup(String name, List<String> outlets, List<Long> sourceIds, boolean copiesOfOneStory) {
    public OutletGroup {
        Objects.requireNonNull(name, "name");
        outlets = List.copyOf(outlets);
        sourceIds = List.copyOf(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("An outlet group needs at least one source.");
        }
    }

    /** How many articles (sources) the group holds. */
    public int articles() {
        return sourceIds.size();
    }
}
