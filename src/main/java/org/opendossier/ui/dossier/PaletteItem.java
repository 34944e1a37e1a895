package org.opendossier.ui.dossier;

/**
 * A claim or an actor of the case, listed under the outline to be dragged into it.
 *
 * @param kind {@link BlockKind#CLAIM} or {@link BlockKind#ACTOR}
 * @param text the claim's statement or the actor's name
 */
public record PaletteItem(BlockKind kind, long id, String text) {}
