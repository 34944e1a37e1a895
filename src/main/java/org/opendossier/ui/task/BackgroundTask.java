package org.opendossier.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of slow work for a view model: what to do off the FX thread, and what to do with its result,
 * failure and progress back on it. View models describe tasks; a {@link TaskExecutor} runs them, so the
 * same view model runs on real threads in the app and on the calling thread in tests (as JabRef's
 * {@code BackgroundTask}). A cancelled task still ends through {@link #onSuccess} or {@link #onFailure}:
 * the work sees the request and decides what a partial result is.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {
    /** The slow part. It may throw anything; the failure goes to {@link #onFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskProgress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = r -> {};
    private Consumer<Throwable> onFailure;
    private Consumer<ProgressUpdate> onProgress = p -> {};

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a handler, the executor's own handler reports the failure to the user. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<ProgressUpdate> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** Returns false when nobody handles the failure, so the executor reports it. */
    boolean failed(Throwable failure) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(failure);
        return true;
    }

    void progressed(ProgressUpdate update) {
        onProgress.accept(update);
    }
}
