/**
 * The reader: one source's clean text with search hits and precise selection offsets, and its metadata
 * and provenance. The view model depends on {@code service} and {@code model}, never on
 * {@code javafx.scene}.
 */
package org.opendossier.ui.reader;
