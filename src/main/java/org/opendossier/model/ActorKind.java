package org.opendossier.model;

/** What an actor is. */
public enum ActorKind {
    PERSON,
    ORGANISATION,
    PLACE,
    OTHER
}
