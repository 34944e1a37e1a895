/**
 * Web pages: article-body extraction (the story, without navigation, banners, related links or comments)
 * and metadata from meta tags, JSON-LD and the document structure, on jsoup. Depends on {@code ingest}.
 */
package org.opendossier.ingest.html;
