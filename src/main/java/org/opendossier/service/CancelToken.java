package org.opendossier.service;

import java.util.function.BooleanSupplier;

/** Lets a person stop a long job; the job checks it between items and finishes the item in hand. */
public final class CancelToken {
    private final BooleanSupplier elsewhere;
    private volatile boolean cancelled;

    public CancelToken() {
        this(() -> false);
    }

    private CancelToken(BooleanSupplier elsewhere) {
        this.elsewhere = elsewhere;
    }

    /** A token that is also cancelled when {@code stop} says so (a UI task's cancel button, say). */
    public static CancelToken watching(BooleanSupplier stop) {
        return new CancelToken(stop);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || elsewhere.getAsBoolean();
    }
}
