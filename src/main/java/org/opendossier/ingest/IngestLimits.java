package org.opendossier.ingest;

import java.time.Duration;

public record IngestLimits(long maxFileBytes, Duration parseTimeout, int maxTextChars) {
    public static final IngestLimits DEFAULTS = new IngestLimits(200L << 20, Duration.ofSeconds(60), 20_000_000);
}
