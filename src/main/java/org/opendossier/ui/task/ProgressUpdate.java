package org.opendossier.ui.task;

/** One progress report of a running task; {@code total} is 0 when the amount of work is not known. */
public record ProgressUpdate(long done, long total, String message) {
    /** Progress as a fraction for a progress bar, or -1 (indeterminate) when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
