/**
 * The dossier composer: the outline of a dossier as a tree, the block editor, drag and drop from the case, and
 * the live preview of the exported PDF. View models here use {@code service} only and no scene-graph types.
 */
package org.opendossier.ui.dossier;
