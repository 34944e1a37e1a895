package org.opendossier.ui.task;

import java.time.Duration;

/** Runs {@link BackgroundTask}s: the work on some thread, the callbacks on the FX thread. */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /**
     * Runs {@code action} on the FX thread once {@code delay} has passed, unless it is cancelled first: how a
     * view model waits for a pause in typing before it saves or redraws.
     */
    TaskHandle after(Duration delay, Runnable action);
}
