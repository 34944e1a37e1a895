package org.opendossier.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each task to the end on the calling thread, callbacks included: view-model tests stay
 * deterministic and need no FX toolkit, and the library benchmark times a view model's own work apart from
 * any window. Failures nobody handles are kept for the caller to check. Delayed actions wait until the
 * caller lets the time pass ({@link #runDelayed}), so a test says when a pause is over.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final List<Throwable> unhandled = new ArrayList<>();
    private final List<Delayed> delayed = new ArrayList<>();

    private static final class Delayed {
        final Runnable action;
        boolean cancelled;

        Delayed(Runnable action) {
            this.action = action;
        }
    }

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

    @Override
    public TaskHandle after(Duration delay, Runnable action) {
        Delayed d = new Delayed(action);
        delayed.add(d);
        return () -> d.cancelled = true;
    }

    /**
     * Lets the time of every delayed action pass: runs those not cancelled, in the order they were asked for
     * (and any they ask for in turn); returns how many ran.
     */
    public int runDelayed() {
        int ran = 0;
        while (!delayed.isEmpty()) {
            Delayed next = delayed.removeFirst();
            if (!next.cancelled) {
                next.action.run();
                ran++;
            }
        }
        return ran;
    }

    public List<Throwable> unhandledFailures() {
        return List.copyOf(unhandled);
    }
}
