package org.opendossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.FormatExtractor;
import org.opendossier.ingest.ImportException;
import org.opendossier.model.RejectionReason;

/**
 * Reads a saved web page: decodes its bytes, takes the metadata from the head and JSON-LD, and extracts
 * the story without the page furniture. Works on the bytes alone and never fetches anything the page
 * refers to.
 */
public final class HtmlExtractor implements FormatExtractor {
    /** Fewer words than this and a JSON-LD body is a teaser, not the story. */
    private static final int MIN_JSON_LD_TOKENS = 50;
    /** Share of a JSON-LD body's words that must appear in the page for us to trust it at all. */
    private static final double JSON_LD_IN_PAGE = 0.8;
    /** Share of a trusted JSON-LD body's words the markup-based text must cover to be kept instead. */
    private static final double DOM_COVERS_JSON_LD = 0.8;

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    @Override
    public ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(RejectionReason.EMPTY, fileName);
        }
        HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        // Parsing a string never touches the network; the empty base URI keeps relative links relative.
        Document doc = Jsoup.parse(decoded.text(), "");
        JsonLd jsonLd = JsonLd.read(doc);
        DocumentMetadata metadata = MetadataReader.read(doc, jsonLd);

        ArticleExtractor.removeNonContent(doc);
        String pageText = ArticleExtractor.visibleText(doc);
        String text = ArticleExtractor.extract(doc, metadata.title());
        String fromJsonLd = preferredJsonLdBody(jsonLd.articleBody(), pageText, text);
        if (fromJsonLd != null) {
            text = fromJsonLd;
        }
        if (text.isBlank()) {
            throw new ImportException(RejectionReason.NO_TEXT, fileName + ": the page has no readable text");
        }
        return new ExtractedDocument(mediaType, text, metadata, warnings);
    }

    /**
     * A publisher's JSON-LD {@code articleBody} is the story as they meant it, but it is also often a
     * teaser or stale. It is used only when the page itself shows those words and the markup-based text
     * misses a good part of them; otherwise the markup wins because it keeps headings and paragraphs.
     */
    private static String preferredJsonLdBody(String articleBody, String pageText, String domText) {
        if (articleBody == null) {
            return null;
        }
        String body = articleBody.contains("<") ? ArticleExtractor.visibleText(Jsoup.parse(articleBody)) : articleBody;
        List<String> bodyTokens = Tokens.of(body);
        if (bodyTokens.size() < MIN_JSON_LD_TOKENS) {
            return null;
        }
        Map<String, Integer> bodyBag = Tokens.bag(bodyTokens);
        double inPage = Tokens.overlap(bodyBag, Tokens.bag(Tokens.of(pageText))) / (double) bodyTokens.size();
        if (inPage < JSON_LD_IN_PAGE) {
            return null;
        }
        double coveredByDom = Tokens.overlap(bodyBag, Tokens.bag(Tokens.of(domText))) / (double) bodyTokens.size();
        if (coveredByDom >= DOM_COVERS_JSON_LD) {
            return null;
        }
        String paragraphs = LINE_BREAKS.matcher(body.strip()).replaceAll("\n\n");
        return SPACES.matcher(paragraphs).replaceAll(" ");
    }
}
