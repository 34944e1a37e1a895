package org.opendossier.ui.task;

/** A submitted task, for cancelling it. */
public interface TaskHandle {
    TaskHandle DONE = () -> {};

    /** Asks the work to stop; it sees {@link TaskProgress#isCancelled()} and ends at its next check. */
    void cancel();
}
