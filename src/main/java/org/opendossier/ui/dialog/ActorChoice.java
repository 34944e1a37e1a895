package org.opendossier.ui.dialog;

import org.opendossier.model.ActorKind;

/**
 * What a person picked in the actor dialog: an existing actor ({@code actorId} set), or a new one to create
 * with {@code name} and {@code kind}.
 */
public record ActorChoice(Long actorId, String name, ActorKind kind) {
    public static ActorChoice existing(long actorId) {
        return new ActorChoice(actorId, null, null);
    }

    public static ActorChoice create(String name, ActorKind kind) {
        return new ActorChoice(null, name, kind);
    }

    public boolean isNew() {
        return actorId == null;
    }
}
