/**
 * Test support shared by every layer's tests: {@code Fixtures} writes real documents of each supported
 * format, and broken or hostile ones, into a test's temporary folder. Depends on the libraries that can
 * author those formats (PDFBox, POI) and on nothing of ours.
 */
package org.opendossier.testing;
