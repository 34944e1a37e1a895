/**
 * Search: the field with inline syntax errors, and the results with passages and facet counts. The view
 * model depends on {@code service} and {@code model}, never on {@code javafx.scene}.
 */
package org.opendossier.ui.search;
