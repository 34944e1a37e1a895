package org.opendossier.ui.task;

/** What running work sees of its task: where to report progress and whether to stop. */
public interface TaskProgress {
    /** Reports {@code done} of {@code total} (total 0 when unknown), what is happening now, and a detail. */
    void update(long done, long total, String message, String detail);

    default void update(long done, long total, String message) {
        update(done, total, message, "");
    }

    boolean isCancelled();
}
