package org.opendossier.ui.task;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * Runs work on a pool owned by {@code app} and hands results, failures and progress to the FX thread.
 * Progress is coalesced: however fast the work reports, the FX thread sees at most one pending update,
 * the newest, so a fast import cannot flood the event queue.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final Executor workers;
    private final Consumer<Throwable> unhandledFailure;

    /**
     * @param workers the named pool that runs the work
     * @param unhandledFailure what to do, on the FX thread, with a failure the task does not handle
     */
    public FxTaskExecutor(Executor workers, Consumer<Throwable> unhandledFailure) {
        this.workers = Objects.requireNonNull(workers);
        this.unhandledFailure = Objects.requireNonNull(unhandledFailure);
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<ProgressUpdate> pending = new AtomicReference<>();
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(long done, long total, String message, String detail) {
                if (pending.getAndSet(new ProgressUpdate(done, total, message, detail)) == null) {
                    Platform.runLater(() -> task.progressed(pending.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        workers.execute(() -> run(task, progress));
        return () -> cancelled.set(true);
    }

    /** Must be called on the FX thread, as view models are. */
    @Override
    public TaskHandle after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    @SuppressWarnings("IllegalCatch") // the top of a worker: everything the work throws is reported
    private <T> void run(BackgroundTask<T> task, TaskProgress progress) {
        T result;
        try {
            result = task.work().run(progress);
        } catch (Exception | LinkageError | AssertionError e) {
            Platform.runLater(() -> {
                if (!task.failed(e)) {
                    unhandledFailure.accept(e);
                }
            });
            return;
        }
        Platform.runLater(() -> task.succeeded(result));
    }
}
