package org.opendossier.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs each task to the end on the calling thread, callbacks included: view-model tests stay
 * deterministic and need no FX toolkit, and the library benchmark times a view model's own work apart from
 * any window. Failures nobody handles are kept for the caller to check.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    @SuppressWarnings("IllegalCatch") // the work may throw anything; it all goes to onFailure
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(long done, long total, String message, String detail) {
                task.progressed(new ProgressUpdate(done, total, message, detail));
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        T result;
        try {
            result = task.work().run(progress);
        } catch (Exception e) {
            if (!task.failed(e)) {
                unhandled.add(e);
            }
            return TaskHandle.DONE;
        }
        task.succeeded(result);
        return TaskHandle.DONE;
    }

    public List<Throwable> unhandledFailures() {
        return List.copyOf(unhandled);
    }
}
