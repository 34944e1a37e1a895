/**
 * The actors pane: the list of actors, one actor's names, mentions and relationships, merging and
 * splitting, and the review of mentions.
 */
package org.opendossier.ui.actors;
