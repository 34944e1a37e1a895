package org.opendossier.ingest.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.FormatDetector;
import org.opendossier.ingest.FormatExtractor;
import org.opendossier.ingest.ImportException;
import org.opendossier.ingest.IsoDates;
import org.opendossier.ingest.html.TextRenderer;
import org.opendossier.model.RejectionReason;

/**
 * One e-mail message: Subject becomes the title, From the byline, Date the publication date; the body is
 * the plain-text part when there is one (what the sender wrote, without markup), else the HTML part as
 * text. Attachments and forwarded messages are not opened; their names are listed in a warning. A leading
 * mbox envelope line ({@code From sender date}) is skipped, so a message sliced out of an mbox reads too.
 */
public final class EmailExtractor implements FormatExtractor {
    /** Generous for real mail, yet bounds what one malicious header block can make the parser hold. */
    private static final int MAX_HEADER_COUNT = 10_000;

    private static final int MAX_HEADER_CHARS = 1_000_000;

    private final int maxTextChars;

    public EmailExtractor(int maxTextChars) {
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
    }

    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals(FormatDetector.EML);
    }

    @Override
    public ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) throws ImportException {
        Message message = parse(bytes);
        try {
            Bodies bodies = new Bodies();
            collect(message, bodies, true);
            String text;
            if (!bodies.plain.isEmpty()) {
                text = String.join("\n\n", bodies.plain);
            } else {
                List<String> html = new ArrayList<>();
                for (String part : bodies.html) {
                    html.add(TextRenderer.visibleText(part));
                }
                text = String.join("\n\n", html);
            }
            List<String> warnings = new ArrayList<>();
            if (text.length() > maxTextChars) {
                text = text.substring(0, maxTextChars);
                warnings.add("the text was cut at " + maxTextChars
                        + " characters; the rest of the message is not searchable");
            }
            if (!bodies.attachments.isEmpty()) {
                warnings.add("attachments were not imported: " + String.join(", ", bodies.attachments));
            }
            DocumentMetadata metadata = new DocumentMetadata(
                    blankToNull(message.getSubject()),
                    sender(message.getFrom()),
                    null,
                    message.getDate() == null
                            ? null
                            : IsoDates.of(message.getDate().toInstant()),
                    null,
                    blankToNull(headerValue(message, "Content-Language")));
            return new ExtractedDocument(mediaType, text, metadata, warnings);
        } finally {
            message.dispose();
        }
    }

    private static Message parse(byte[] bytes) throws ImportException {
        MimeConfig config = new MimeConfig.Builder()
                .setMaxLineLen(-1) // HTML bodies often come as one very long line
                .setMaxHeaderCount(MAX_HEADER_COUNT)
                .setMaxHeaderLen(MAX_HEADER_CHARS)
                .setMaxContentLen(-1)
                .setStrictParsing(false)
                .build();
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(config);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try (InputStream in =
                new ByteArrayInputStream(bytes, envelopeLength(bytes), bytes.length - envelopeLength(bytes))) {
            return builder.parseMessage(in);
        } catch (IOException e) {
            throw new ImportException(RejectionReason.MALFORMED, "the e-mail message cannot be parsed", e);
        }
    }

    /** The length of an mbox "From " envelope line at the start, newline included; 0 when there is none. */
    static int envelopeLength(byte[] bytes) {
        if (bytes.length < 5
                || bytes[0] != 'F'
                || bytes[1] != 'r'
                || bytes[2] != 'o'
                || bytes[3] != 'm'
                || bytes[4] != ' ') {
            return 0;
        }
        for (int i = 5; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return bytes.length;
    }

    private static final class Bodies {
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final Set<String> attachments = new LinkedHashSet<>();
    }

    private void collect(Entity entity, Bodies bodies, boolean top) throws ImportException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, bodies, false);
            }
            return;
        }
        String type = entity.getMimeType() == null
                ? "text/plain"
                : entity.getMimeType().toLowerCase(Locale.ROOT);
        boolean attachment =
                !top && ("attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null);
        if (attachment || body instanceof Message || !(body instanceof SingleBody single)) {
            bodies.attachments.add(attachmentName(entity, body));
            return;
        }
        if (type.equals("text/plain")) {
            bodies.plain.add(decode(single, entity.getCharset()));
        } else if (type.equals("text/html")) {
            bodies.html.add(decode(single, entity.getCharset()));
        } else if (!top) {
            bodies.attachments.add(attachmentName(entity, body));
        }
    }

    private static String attachmentName(Entity entity, Body body) {
        if (entity.getFilename() != null && !entity.getFilename().isBlank()) {
            return entity.getFilename().strip();
        }
        if (body instanceof Message forwarded) {
            return "forwarded message"
                    + (forwarded.getSubject() == null
                            ? ""
                            : " \u201C" + forwarded.getSubject().strip() + "\u201D");
        }
        return "unnamed " + (entity.getMimeType() == null ? "part" : entity.getMimeType());
    }

    /**
     * The part's text in its declared charset; undeclared or unknown charsets are read as UTF-8 when the
     * bytes are valid UTF-8, else as windows-1252 (what mail clients assume for 8-bit text).
     */
    private static String decode(SingleBody body, String declared) throws ImportException {
        byte[] content;
        try (InputStream in = body.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException(RejectionReason.MALFORMED, "a part of the e-mail cannot be read", e);
        }
        Charset charset = lookup(declared);
        if (charset == null) {
            charset = isUtf8(content) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        return new String(content, charset);
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("us-ascii")) {
            // us-ascii is the MIME default and often wrong about 8-bit bodies; let the bytes decide.
            return null;
        }
        try {
            return Charset.isSupported(name.strip()) ? Charset.forName(name.strip()) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String sender(MailboxList from) {
        if (from == null || from.isEmpty()) {
            return null;
        }
        List<String> senders = new ArrayList<>();
        for (Mailbox mailbox : from) {
            String name = blankToNull(mailbox.getName());
            String address = mailbox.getAddress();
            senders.add(name == null ? address : name + " <" + address + ">");
        }
        return String.join(", ", senders);
    }

    private static String headerValue(Message message, String name) {
        var field = message.getHeader() == null ? null : message.getHeader().getField(name);
        return field == null ? null : field.getBody();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
