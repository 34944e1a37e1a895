/**
 * Dossier rendering: a dossier resolved against the case ({@link org.opendossier.export.dossier.DossierDocument}),
 * its quotes numbered as citations, and writers for one self-contained HTML file, for Markdown and for PDF; what it
 * shows as data ({@link org.opendossier.export.dossier.DossierScope}) and its cited sources as CSV, for the bundle.
 * Depends only on the model and plain libraries (jsoup, to clean figures; openhtmltopdf with PDFBox, to lay out
 * pages); the service fills the document (decision record 0017).
 */
package org.opendossier.export.dossier;
