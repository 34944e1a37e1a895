package org.opendossier.ui.search;

/** How many matches of the current query fall under one facet value ({@code outlet}, {@code year}, …). */
public record FacetCount(String dimension, String value, long count) {}
