package org.opendossier.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds one import runs within.
 *
 * @param maxFileBytes larger files are rejected before any parsing
 * @param parseTimeout how long one document (or one mbox message) may take to detect and parse
 * @param maxTextChars longer texts are cut there, with a warning
 */
public record IngestLimits(long maxFileBytes, Duration parseTimeout, int maxTextChars) {

    /**
     * 200 MB covers long scanned reports and big mailbox exports while the bytes still fit comfortably in
     * the heap next to a parse. 60 s lets a 1,000-page PDF finish on a slow two-core laptop, yet stops a
     * pathological file before the user gives up. 20 million characters is about 10,000 pages of prose,
     * 40 MB of heap as a Java string, far above any article but a hard stop for runaway extraction.
     */
    public static final IngestLimits DEFAULTS =
            new IngestLimits(200L * 1024 * 1024, Duration.ofSeconds(60), 20_000_000);

    public IngestLimits {
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive: " + parseTimeout);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
    }
}
