package org.opendossier.model;

import java.util.List;

/** The result of re-hashing every original: which are intact, which changed and which went missing. */
public record VerifyReport(int checked, List<Problem> problems) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public enum Kind {
        MISSING,
        CHANGED
    }

    public record Problem(long sourceId, String sha256, String title, Kind kind, String actualSha256) {}
}
