package org.opendossier.ui.task;

/** Runs {@link BackgroundTask}s: the work on some thread, the callbacks on the FX thread. */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);
}
