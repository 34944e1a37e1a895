/**
 * The dossier bundle: the files a dossier is sent as (PDF, HTML, Markdown, claims, evidence, actors, sources),
 * written as one folder or one zip with a {@code MANIFEST.sha256} that {@code sha256sum -c} checks. The files
 * arrive rendered; this package only names, hashes and places them. Depends only on the model and the JDK
 * (decision record 0017).
 */
package org.opendossier.export.bundle;
