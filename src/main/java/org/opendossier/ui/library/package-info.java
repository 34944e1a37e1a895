/**
 * The library: every source of the open case in a virtualised, sortable table, filtered by facets.
 * The view model depends on {@code service} and {@code model}, never on {@code javafx.scene}.
 */
package org.opendossier.ui.library;
