/**
 * Test support shared by every layer's tests: {@code Fixtures} writes real documents of each supported
 * format, and broken or hostile ones, into a test's temporary folder; {@code OfferedDrag} is a drag as a drop
 * target sees it, for UI tests on JavaFX's headless platform. Depends on the libraries that can author those
 * formats (PDFBox, POI) and JavaFX, and on nothing of ours.
 */
package org.opendossier.testing;
