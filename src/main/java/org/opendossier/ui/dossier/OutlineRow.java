package org.opendossier.ui.dossier;

/**
 * One row of the outline tree, in outline order: first the cover, then every block.
 *
 * @param index the block's place in the dossier's outline, or {@link OutlineRows#COVER} for the cover
 * @param depth 0 for the cover, 1 for a block at the top level, one more for each heading that holds it
 * @param text what the row shows: a heading's text, a claim's statement, an actor's name, …
 * @param missing the claim, actor or source the block names is no longer in the case
 */
public record OutlineRow(int index, int depth, BlockKind kind, String text, boolean missing) {}
