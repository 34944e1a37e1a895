package org.opendossier.service;

/** Lets a person stop a long job; the job checks it between items and finishes the item in hand. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
