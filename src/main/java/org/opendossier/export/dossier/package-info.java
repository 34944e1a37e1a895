/**
 * Dossier rendering: a dossier resolved against the case ({@link org.opendossier.export.dossier.DossierDocument}),
 * its quotes numbered as citations, and writers for one self-contained HTML file and for Markdown. Depends only on
 * the model and plain libraries (jsoup, to clean figures); the service fills the document (decision record 0017).
 */
package org.opendossier.export.dossier;
