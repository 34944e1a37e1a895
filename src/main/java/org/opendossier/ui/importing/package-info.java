/**
 * Importing from the desktop: menu, toolbar and drag-and-drop all end in one view-model call; progress
 * with cancel, and a report of every file. The view model depends on {@code service} and {@code model},
 * never on {@code javafx.scene}.
 */
package org.opendossier.ui.importing;
