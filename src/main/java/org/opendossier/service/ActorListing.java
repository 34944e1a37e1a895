package org.opendossier.service;

import org.opendossier.model.Actor;

/** An actor as the actors list shows it: with how often and in how many sources it is mentioned. */
public record ActorListing(Actor actor, int mentions, int sources) {}
