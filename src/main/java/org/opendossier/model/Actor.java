package org.opendossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place that the investigation tracks, with every name it goes by.
 *
 * @param activeFrom when it began to exist or act, or {@code null}
 * @param activeTo when it ceased, or {@code null}
 */
public record Actor(
        long id,
        ActorKind kind,
        String name,
        String notes,
        PartialDate activeFrom,
        PartialDate activeTo,
        List<Alias> aliases) {

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        notes = notes == null ? "" : notes;
        aliases = List.copyOf(aliases);
    }

    /** The display name followed by every alias: all the names the matcher looks for. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        aliases.forEach(a -> names.add(a.name()));
        return names;
    }
}
