/** The timeline pane: claims on a time axis with where they appeared, filtered by actor and tag, and exported. */
package org.opendossier.ui.timeline;
