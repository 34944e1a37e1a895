package org.opendossier.export.annotation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.opendossier.model.Sha256;

/**
 * The stable name of a piece of evidence, a claim or an actor of one case in interchange documents:
 * {@code urn:opendossier:<case>:<kind>:<id>}. The same case id and row id give the same name in every export,
 * so a tool that loaded an earlier export can tell an update from something new. The case id is
 * percent-encoded (UTF-8, every character but ASCII letters, digits and {@code - . _ ~}), so any folder name
 * fits the URN syntax of RFC 8141 and reads back exactly.
 *
 * <p>Also the one home of {@code urn:sha256:<hex>}, the content name of an original.
 */
public record DossierUrn(String caseId, Kind kind, long id) {
    /** What a dossier URN names. */
    public enum Kind {
        EVIDENCE,
        CLAIM,
        ACTOR;

        String segment() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String PREFIX = "urn:opendossier:";
    private static final String SHA256_PREFIX = "urn:sha256:";
    private static final String UNRESERVED = "-._~";

    public DossierUrn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("a dossier URN needs the case's id");
        }
        if (id <= 0) {
            throw new IllegalArgumentException(
                    "a dossier URN needs a stored " + kind.segment() + " (id " + id + " has not been saved)");
        }
    }

    @Override
    public String toString() {
        return caseName(caseId) + ":" + kind.segment() + ":" + id;
    }

    /** {@code urn:opendossier:<case>}, the start of every name in the case, for names of other things in it. */
    static String caseName(String caseId) {
        return PREFIX + encode(caseId);
    }

    /** Reads {@code urn:opendossier:<case>:<kind>:<id>}; empty for anything else. */
    public static Optional<DossierUrn> parse(String text) {
        if (text == null || !text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<String> caseId = decode(parts[0]);
        Kind kind = kindOf(parts[1]);
        long id = number(parts[2]);
        if (caseId.isEmpty() || caseId.get().isBlank() || kind == null || id <= 0) {
            return Optional.empty();
        }
        return Optional.of(new DossierUrn(caseId.get(), kind, id));
    }

    /** {@code urn:sha256:<hex>}, the name of an original by its content. */
    public static String sha256(String hex) {
        if (!Sha256.isValid(hex)) {
            throw new IllegalArgumentException("not a SHA-256 in lowercase hex: " + hex);
        }
        return SHA256_PREFIX + hex;
    }

    /**
     * The hash in a {@code urn:sha256:} name, in lowercase; empty when {@code text} is another kind of name.
     *
     * @throws IllegalArgumentException when it is a {@code urn:sha256:} name whose hash is not 64 hex digits
     */
    public static Optional<String> sha256Of(String text) {
        if (text == null || !text.regionMatches(true, 0, SHA256_PREFIX, 0, SHA256_PREFIX.length())) {
            return Optional.empty();
        }
        String hex = text.substring(SHA256_PREFIX.length()).toLowerCase(Locale.ROOT);
        if (!Sha256.isValid(hex)) {
            throw new IllegalArgumentException(text + " does not hold a SHA-256 (64 hex digits)");
        }
        return Optional.of(hex);
    }

    private static Kind kindOf(String segment) {
        for (Kind k : Kind.values()) {
            if (k.segment().equalsIgnoreCase(segment)) {
                return k;
            }
        }
        return null;
    }

    private static long number(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static Optional<String> decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
}
