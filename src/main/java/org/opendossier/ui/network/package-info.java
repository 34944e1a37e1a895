/** The network pane: actors as a graph of relationships and co-occurrence, filtered, focused and exported. */
package org.opendossier.ui.network;
