package org.opendossier.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.opendossier.model.RejectionReason;

/**
 * Decides a file's media type from its content, with the file name only as a tie-breaker, and maps Tika's
 * fine-grained answer onto the few types OpenDossier reads. Content wins: a {@code .pdf} that holds plain
 * text is plain text, and a {@code .txt} whose content is an HTML document is HTML (a page saved under
 * the wrong name is still a page). Anything else keeps Tika's type and is later rejected as unsupported,
 * which tells the user what the file really is.
 */
public final class FormatDetector {
    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_MARKDOWN = "text/markdown";
    public static final String TEXT_HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String RTF = "application/rtf";
    public static final String DOC = "application/msword";
    public static final String EML = "message/rfc822";
    public static final String MBOX = "application/mbox";
    /** An Office document inside an encrypted OLE2 wrapper: recognised so it can be rejected as encrypted. */
    public static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";

    private static final Set<String> KEPT_AS_DETECTED =
            Set.of(TEXT_HTML, XHTML, PDF, DOCX, ODT, RTF, DOC, EML, MBOX, TEXT_MARKDOWN, OOXML_PROTECTED);

    /** How far into a file we look for the start of an HTML document after comments and declarations. */
    private static final int HTML_SNIFF_BYTES = 8192;

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)\\A(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title)[\\s>/]");

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    /*
     * Detectors composed explicitly rather than every detector found on the class path: magic bytes and
     * name globs (MimeTypes), ZIP containers (DOCX, ODT, plain ZIP) and OLE2 containers (DOC, encrypted
     * OOXML). The composite keeps the most specific answer.
     */
    private final Detector detector = new CompositeDetector(
            registry, List.of(mimeTypes, new DefaultZipContainerDetector(), new POIFSContainerDetector()));

    /**
     * The media type of {@code bytes}: one of the constants of this class, or Tika's own name for a type we
     * do not read (e.g. {@code image/png}, {@code application/zip}, {@code application/octet-stream}).
     */
    public String detect(byte[] bytes, String fileName) throws ImportException {
        if (isPlainText(bytes)) {
            return map(MediaType.TEXT_PLAIN, bytes, fileName);
        }
        Metadata metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            // Content first: when no magic matches, the name must not turn noise called "x.doc" into a
            // Word file (Tika's own detector falls back to the name in exactly that case).
            if (mimeTypes.detect(in, new Metadata()).equals(MediaType.OCTET_STREAM)) {
                return MediaType.OCTET_STREAM.toString();
            }
            detected = detector.detect(in, metadata);
        } catch (IOException e) {
            throw new ImportException(RejectionReason.MALFORMED, "its type could not be determined", e);
        }
        return map(registry.normalize(detected).getBaseType(), bytes, fileName);
    }

    /** How much of a file the plain-text shortcut looks at. */
    private static final int TEXT_PROBE_BYTES = 8192;

    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]{1,40}:[ \\t]");

    /**
     * Most imported files are plain text, and Tika's magic patterns cost more than the rest of their
     * import. This answers "text" only when nothing else could match: no NUL bytes (binary, UTF-16), valid
     * UTF-8, and no first character or line that any supported format begins with (markup, RTF, PDF, an
     * mbox "From " line, a mail header). Everything else goes to Tika.
     */
    static boolean isPlainText(byte[] bytes) {
        int n = Math.min(bytes.length, TEXT_PROBE_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        java.nio.CharBuffer chars;
        try {
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            chars = java.nio.CharBuffer.allocate(n);
            // Not the end of input: a character cut at the probe's edge is not an error.
            var result = decoder.decode(java.nio.ByteBuffer.wrap(bytes, 0, n), chars, n == bytes.length);
            if (result.isError()) {
                return false;
            }
            chars.flip();
        } catch (RuntimeException e) {
            return false;
        }
        String head = chars.toString().replace("\uFEFF", "").stripLeading();
        if (head.isEmpty()) {
            return false;
        }
        char first = head.charAt(0);
        if (first == '<' || first == '{' || first == '%' || first == '@' || head.startsWith("From ")) {
            return false;
        }
        return !HEADER_LINE.matcher(head).find();
    }

    private String map(MediaType type, byte[] bytes, String fileName) {
        String name = type.toString();
        if (KEPT_AS_DETECTED.contains(name)) {
            return name;
        }
        if (name.equals("application/xml") || registry.isSpecializationOf(type, MediaType.APPLICATION_XML)) {
            // An HTML page with an XML declaration but no XHTML namespace is still a web page; other XML
            // (data, feeds, configuration) is not a document we read.
            return looksLikeHtml(bytes) ? TEXT_HTML : name;
        }
        if (type.getType().equals("text")) {
            // Every text/* type (plain, CSV, logs, source code) reads as plain text, unless it is a page.
            if (looksLikeHtml(bytes)) {
                return TEXT_HTML;
            }
            return hasMarkdownExtension(fileName) ? TEXT_MARKDOWN : TEXT_PLAIN;
        }
        // application/json, application/javascript and the like are text to Tika too, but not documents.
        return name;
    }

    /**
     * Whether the file starts like an HTML document once a byte-order mark, white space, comments (e.g. a
     * browser's {@code <!-- saved from url=... -->}) and an XML declaration are skipped. Tika's magic only
     * looks at fixed offsets and misses such pages.
     */
    static boolean looksLikeHtml(byte[] bytes) {
        int length = Math.min(bytes.length, HTML_SNIFF_BYTES);
        String head;
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            head = new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
        } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            head = new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
        } else {
            // ISO-8859-1 maps every byte to one char, so ASCII markup is found whatever the real charset.
            head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            if (head.startsWith("\u00EF\u00BB\u00BF")) {
                head = head.substring(3);
            }
        }
        return HTML_START.matcher(head).find();
    }

    private static boolean hasMarkdownExtension(String fileName) {
        if (fileName == null) {
            return false;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }
}
