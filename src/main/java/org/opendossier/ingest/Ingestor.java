package org.opendossier.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opendossier.ingest.html.HtmlExtractor;
import org.opendossier.model.RejectionReason;

/** Stand-in until the formats branch lands. */
public final class Ingestor {
    private final IngestLimits limits;

    public Ingestor(IngestLimits limits) {
        this.limits = limits;
    }

    public List<PartResult> read(byte[] bytes, String fileName) {
        DocumentPart part = new DocumentPart(null, bytes);
        if (bytes.length == 0) {
            return List.of(new PartResult(part, null, new ImportException(RejectionReason.EMPTY, null)));
        }
        if (bytes.length > limits.maxFileBytes()) {
            return List.of(new PartResult(part, null, new ImportException(RejectionReason.TOO_LARGE, null)));
        }
        try {
            ExtractedDocument d;
            if (fileName.endsWith(".html") || fileName.endsWith(".htm")) {
                d = new HtmlExtractor().extract(bytes, fileName, "text/html");
            } else {
                String text = new String(bytes, StandardCharsets.UTF_8);
                String title = text.strip().lines().findFirst().orElse(fileName);
                d = new ExtractedDocument(
                        "text/plain", text, new DocumentMetadata(title, null, null, null, null, null), List.of());
            }
            String text = TextNormalizer.normalize(d.text());
            return List.of(
                    new PartResult(part, new ExtractedDocument(d.mediaType(), text, d.metadata(), d.warnings()), null));
        } catch (ImportException e) {
            return List.of(new PartResult(part, null, e));
        }
    }
}
