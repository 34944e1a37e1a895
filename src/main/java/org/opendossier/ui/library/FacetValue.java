package org.opendossier.ui.library;

/** One value of a facet, how many sources would show if it were (also) picked, and whether it is picked. */
public record FacetValue(Facet facet, String value, int count, boolean selected) {}
