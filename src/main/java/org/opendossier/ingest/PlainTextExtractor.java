package org.opendossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.opendossier.model.RejectionReason;

/**
 * Plain text and Markdown, kept as written (Markdown syntax included). The charset comes from, in order:
 * a byte-order mark; UTF-8 if the bytes are valid UTF-8 (a strict check, since legacy 8-bit text is almost
 * never valid UTF-8 by accident); Tika's statistical detector when it is confident; windows-1252 otherwise,
 * the most common undeclared charset of Western text (and a superset of ISO-8859-1's printable range).
 */
public final class PlainTextExtractor implements FormatExtractor {
    /** How many bytes the statistical charset detector looks at: enough for a confident guess. */
    private static final int DETECTOR_SAMPLE_BYTES = 64 * 1024;
    /** Below this confidence (0-100) the detector's guess is no better than the windows-1252 default. */
    private static final int MIN_DETECTOR_CONFIDENCE = 50;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final int maxTextChars;

    public PlainTextExtractor(int maxTextChars) {
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
    }

    @Override
    public boolean accepts(String mediaType) {
        return mediaType.equals(FormatDetector.TEXT_PLAIN) || mediaType.equals(FormatDetector.TEXT_MARKDOWN);
    }

    @Override
    public ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) throws ImportException {
        List<String> warnings = new ArrayList<>();
        Encoding encoding = detectEncoding(bytes);
        if (encoding.guessed()) {
            warnings.add("the character encoding is not declared; the text was read as "
                    + encoding.charset().name());
        }
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length - encoding.offset(), maxTextChars));
        CharsetDecoder decoder = encoding.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, encoding.offset(), bytes.length - encoding.offset());
        CoderResult result = decoder.decode(in, out, true);
        if (result.isOverflow()) {
            warnings.add(truncationWarning(maxTextChars));
        } else {
            decoder.flush(out);
        }
        out.flip();
        if (out.length() == 0) {
            throw new ImportException(RejectionReason.NO_TEXT, null);
        }
        return new ExtractedDocument(mediaType, out.toString(), DocumentMetadata.EMPTY, warnings);
    }

    static String truncationWarning(int maxChars) {
        return "the text was cut at " + maxChars + " characters; the rest of the file is not searchable";
    }

    /** The charset, where the text starts (after a byte-order mark), and whether the charset is a guess. */
    record Encoding(Charset charset, int offset, boolean guessed) {}

    static Encoding detectEncoding(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Encoding(UTF_32BE, 4, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Encoding(UTF_32LE, 4, false);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (isValidUtf8(bytes)) {
            return new Encoding(StandardCharsets.UTF_8, 0, false);
        }
        return new Encoding(statisticalGuess(bytes), 0, true);
    }

    private static Charset statisticalGuess(byte[] bytes) {
        byte[] sample = bytes.length <= DETECTOR_SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, DETECTOR_SAMPLE_BYTES);
        CharsetMatch match = new CharsetDetector().setText(sample).detect();
        if (match == null || match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
            return WINDOWS_1252;
        }
        String name = match.getName();
        if (name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("US-ASCII")) {
            // Text labelled Latin-1 is in practice windows-1252 (curly quotes, euro sign), as in the HTML standard.
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : WINDOWS_1252;
        } catch (IllegalCharsetNameException e) {
            return WINDOWS_1252;
        }
    }

    /** Validates the whole input through a small reused buffer, so a large file costs no extra heap. */
    private static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chunk = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            chunk.clear();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
