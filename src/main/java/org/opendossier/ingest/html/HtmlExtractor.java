package org.opendossier.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.FormatExtractor;
import org.opendossier.ingest.ImportException;

/** Baseline: the whole body text. Replaced by the article extractor. */
public final class HtmlExtractor implements FormatExtractor {
    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    @Override
    public ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) throws ImportException {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        DocumentMetadata meta = new DocumentMetadata(doc.title(), null, null, null, null, null);
        return new ExtractedDocument(mediaType, doc.body().text(), meta, List.of());
    }
}
