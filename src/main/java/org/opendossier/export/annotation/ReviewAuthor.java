package org.opendossier.export.annotation;

import java.util.Objects;
import org.opendossier.model.ActorKind;

/**
 * Who publishes a fact check: the dossier's author or their organisation.
 *
 * @param kind {@code PERSON} for a person; any other kind is written as an organisation
 * @param url their home page, or {@code null}
 */
public record ReviewAuthor(String name, ActorKind kind, String url) {
    public ReviewAuthor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a fact check needs its author's name");
        }
    }
}
