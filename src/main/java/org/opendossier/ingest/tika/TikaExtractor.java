package org.opendossier.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.FormatDetector;
import org.opendossier.ingest.FormatExtractor;
import org.opendossier.ingest.ImportException;
import org.opendossier.ingest.IsoDates;
import org.opendossier.model.RejectionReason;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * PDF (with a text layer), DOCX, legacy DOC, ODT and RTF through one Tika parser per format. Embedded files
 * (attachments, OLE objects, pictures) are never parsed, only named in a warning, so a document cannot
 * smuggle in a zip bomb or a second document's text. Tika's XML parsing is secure by default (no DTD
 * loading, no external entities), which a test checks with a DOCX and an ODT carrying an external entity.
 */
public final class TikaExtractor implements FormatExtractor {
    /** Where a PDF's end-of-file marker must appear; incremental updates leave it near the very end. */
    private static final int PDF_EOF_WINDOW = 2048;

    private static final int MAX_DETAIL_CHARS = 160;

    private final int maxTextChars;
    private final Map<String, Parser> parsers;

    public TikaExtractor(int maxTextChars) {
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
        this.parsers = Map.of(
                FormatDetector.PDF, new PDFParser(),
                FormatDetector.DOCX, new OOXMLParser(),
                FormatDetector.DOC, new OfficeParser(),
                FormatDetector.ODT, new OpenDocumentParser(),
                FormatDetector.RTF, new RTFParser());
    }

    @Override
    public boolean accepts(String mediaType) {
        return parsers.containsKey(mediaType) || mediaType.equals(FormatDetector.OOXML_PROTECTED);
    }

    @Override
    public ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) throws ImportException {
        if (mediaType.equals(FormatDetector.OOXML_PROTECTED)) {
            throw new ImportException(RejectionReason.ENCRYPTED, "the Office document needs a password");
        }
        Parser parser = parsers.get(mediaType);
        if (parser == null) {
            throw new IllegalArgumentException("not a Tika format: " + mediaType);
        }
        if (mediaType.equals(FormatDetector.PDF) && !hasPdfEndMarker(bytes)) {
            // PDFBox would rebuild a cut-off file and return whatever pages survived; a silently partial
            // document is worse for evidence than a clear rejection, so the user re-downloads it instead.
            throw new ImportException(RejectionReason.MALFORMED, "the PDF is truncated (an incomplete download?)");
        }

        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        ParagraphTextHandler handler = new ParagraphTextHandler(maxTextChars);
        EmbeddedNames embedded = new EmbeddedNames();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, embedded);
        context.set(PDFParserConfig.class, pdfConfig());

        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            if (!handler.limitReached() && !WriteLimitReachedException.isWriteLimitReached(e)) {
                throw translate(e);
            }
        }

        List<String> warnings = new ArrayList<>();
        if (handler.limitReached()) {
            warnings.add(
                    "the text was cut at " + maxTextChars + " characters; the rest of the document is not searchable");
        }
        if (metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING).length > 0) {
            warnings.add("parts of the document could not be read; the text may be incomplete");
        }
        if (!embedded.names().isEmpty()) {
            warnings.add("embedded files were not read: " + String.join(", ", embedded.names()));
        }
        return new ExtractedDocument(mediaType, handler.text(), metadataOf(metadata), warnings);
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        // No OCR (no engine is installed, and a scan is reported as having no text), no inline images.
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractAnnotationText(true);
        config.setExtractAcroFormContent(true);
        return config;
    }

    private static DocumentMetadata metadataOf(Metadata metadata) {
        String published = IsoDates.normalize(metadata.get(TikaCoreProperties.CREATED));
        if (published == null) {
            published = IsoDates.normalize(metadata.get(TikaCoreProperties.MODIFIED));
        }
        return new DocumentMetadata(
                blankToNull(metadata.get(TikaCoreProperties.TITLE)),
                byline(metadata.getValues(TikaCoreProperties.CREATOR)),
                null,
                published,
                null,
                blankToNull(metadata.get(TikaCoreProperties.LANGUAGE)));
    }

    private static String byline(String[] creators) {
        Set<String> names = new LinkedHashSet<>();
        for (String creator : creators) {
            if (creator != null && !creator.isBlank()) {
                names.add(creator.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static ImportException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof InvalidPasswordException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new ImportException(RejectionReason.ENCRYPTED, null, e);
            }
        }
        return new ImportException(RejectionReason.MALFORMED, shortDetail(e), e);
    }

    /** The innermost message, one line, short: enough for a person to tell one failure from another. */
    static String shortDetail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.strip().lines().findFirst().orElse("");
        return message.length() > MAX_DETAIL_CHARS ? message.substring(0, MAX_DETAIL_CHARS) + "…" : message;
    }

    static boolean hasPdfEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - PDF_EOF_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Declines every embedded document and remembers the names of the ones worth telling the user about. */
    private static final class EmbeddedNames implements EmbeddedDocumentExtractor {
        private static final Set<String> PICTURE_SUFFIXES =
                Set.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".jp2");
        private final Set<String> names = new LinkedHashSet<>();

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            String type = metadata.get(Metadata.CONTENT_TYPE);
            boolean picture = (type != null && type.startsWith("image/")) || (name != null && isPictureName(name));
            if (!picture && name != null && !name.isBlank()) {
                names.add(name.strip());
            }
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded always declines
        }

        List<String> names() {
            return List.copyOf(names);
        }

        private static boolean isPictureName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return PICTURE_SUFFIXES.stream().anyMatch(lower::endsWith);
        }
    }
}
