package org.opendossier.service;

import org.opendossier.index.IndexDocument;
import org.opendossier.model.Source;

/** The one mapping from a stored source to what the search index holds of it. */
final class IndexDocuments {
    private IndexDocuments() {}

    static IndexDocument of(Source s) {
        return new IndexDocument(
                s.id(),
                s.title(),
                s.text(),
                s.outlet(),
                s.byline(),
                s.language(),
                s.mediaType(),
                s.publishedAt(),
                s.importedAt().toString());
    }
}
