package org.opendossier.ui.task;

/**
 * One progress report of a running task: {@code done} of {@code total} (0 when the amount of work is not
 * known), what is happening now, and a second line of detail (may be empty).
 */
public record ProgressUpdate(long done, long total, String message, String detail) {
    public ProgressUpdate {
        message = message == null ? "" : message;
        detail = detail == null ? "" : detail;
    }

    /** Progress as a fraction for a progress bar, or -1 (indeterminate) when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
