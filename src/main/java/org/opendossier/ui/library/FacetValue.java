package org.opendossier.ui.library;

/**
 * One value of a facet, how many sources would show if it were (also) picked, and whether it is picked.
 *
 * @param value what {@link LibraryViewModel#toggle} takes: the value itself, or for actors the actor's id
 * @param label what the person sees: the value, "(none)", or the actor's name
 */
public record FacetValue(Facet facet, String value, String label, int count, boolean selected) {}
