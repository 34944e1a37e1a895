package org.opendossier.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw bytes of a web page into text. The order follows the HTML standard's encoding sniffing
 * (byte order mark, then an in-document declaration, then a guess), simplified for offline files: there
 * is no transport-layer header, and the guess is strict UTF-8 falling back to windows-1252.
 */
final class HtmlCharsets {
    /** The standard says to look for a declaration in the first 1024 bytes; real pages put it later. */
    private static final int PRESCAN_BYTES = 8192;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    record Decoded(String text, Charset charset, List<String> warnings) {}

    private HtmlCharsets() {}

    static Decoded decode(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            String text = new String(bytes, skip, bytes.length - skip, bom);
            return new Decoded(text, bom, warnings);
        }
        String declaredLabel = declaredLabel(bytes);
        if (declaredLabel != null) {
            Charset declared = resolve(declaredLabel);
            if (declared == null) {
                warnings.add("the page declares an unknown character set \"" + declaredLabel
                        + "\"; the text was decoded by guessing");
            } else if (declared.equals(StandardCharsets.UTF_8)) {
                String strict = strictUtf8(bytes);
                if (strict != null) {
                    return new Decoded(strict, StandardCharsets.UTF_8, warnings);
                }
                warnings.add("the page declares UTF-8 but is not valid UTF-8; decoded as windows-1252, "
                        + "some characters may be wrong");
                return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, warnings);
            } else {
                // Pages saved by a browser or tool are often re-encoded to UTF-8 without their declaration
                // being updated. Non-ASCII text in a legacy encoding is almost never valid UTF-8 by accident,
                // so valid multi-byte UTF-8 outweighs the declaration.
                String strict = hasNonAscii(bytes) ? strictUtf8(bytes) : null;
                if (strict != null && !isWideEncoding(declared)) {
                    warnings.add("the page declares " + declared.name() + " but its bytes are UTF-8; decoded as UTF-8");
                    return new Decoded(strict, StandardCharsets.UTF_8, warnings);
                }
                return new Decoded(new String(bytes, declared), declared, warnings);
            }
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return new Decoded(strict, StandardCharsets.UTF_8, warnings);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, warnings);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String declaredLabel(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so the ASCII markup can be searched before decoding.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return meta.group(1);
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? xml.group(1) : null;
    }

    /**
     * Maps a declared label to the charset a browser would use: the HTML standard decodes "latin1" and
     * "ascii" as windows-1252, and ignores a UTF-16 declaration found inside the bytes themselves.
     */
    private static Charset resolve(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252" -> {
                return WINDOWS_1252;
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Encodings that are not ASCII supersets say nothing about UTF-8 validity, so keep their declaration. */
    private static boolean isWideEncoding(Charset declared) {
        return declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32");
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
