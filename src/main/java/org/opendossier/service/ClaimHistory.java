package org.opendossier.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.opendossier.model.ClaimRecord;

/**
 * The claim edits of this session, for undo and redo. An edit is kept as every claim it touched, before
 * and after (a {@link ClaimRecord}: the claim with its evidence and relations), so undoing writes the
 * "before" records back and redoing writes the "after" ones, whatever the edit was.
 */
final class ClaimHistory {
    /** Older edits are forgotten beyond this many. */
    static final int LIMIT = 500;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    /** One claim as an edit found and left it; {@code null} where it did not exist. */
    record Step(long claimId, ClaimRecord before, ClaimRecord after) {}

    /** What one user action changed, named for the Undo menu ("Undo add evidence"). */
    record Edit(String label, List<Step> steps) {
        Edit {
            steps = List.copyOf(steps);
        }
    }

    synchronized void done(Edit edit) {
        if (edit.steps().isEmpty()) {
            return;
        }
        done.push(edit);
        undone.clear();
        while (done.size() > LIMIT) {
            done.removeLast();
        }
    }

    synchronized Optional<Edit> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    synchronized Optional<Edit> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** Moves the latest edit to the redo side once it has been undone. */
    synchronized void undid(Edit edit) {
        if (done.peek() == edit) {
            undone.push(done.pop());
        }
    }

    /** Moves the latest undone edit back once it has been redone. */
    synchronized void redid(Edit edit) {
        if (undone.peek() == edit) {
            done.push(undone.pop());
        }
    }

    synchronized void clear() {
        done.clear();
        undone.clear();
    }
}
