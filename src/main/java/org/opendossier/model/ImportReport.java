package org.opendossier.model;

import java.time.Duration;
import java.util.List;

/** Every outcome of one import, in the order the files were read. */
public record ImportReport(List<ImportOutcome> outcomes, Duration elapsed, boolean cancelled) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
