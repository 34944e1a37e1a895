package org.opendossier.ui.task;

/** What running work sees of its task: where to report progress and whether to stop. */
public interface TaskProgress {
    /** Reports {@code done} of {@code total} (total 0 when unknown) and what is happening now. */
    void update(long done, long total, String message);

    boolean isCancelled();
}
