package org.opendossier.model;

import java.util.Objects;

/** Another name of an actor; the display name is matched too but is not an alias. */
public record Alias(long id, long actorId, String name, AliasKind kind) {
    public Alias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
