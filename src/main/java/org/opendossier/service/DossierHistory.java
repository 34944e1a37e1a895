package org.opendossier.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.opendossier.model.Dossier;

/**
 * The dossier edits of this session, for undo and redo. An edit is kept as the dossier before and after it,
 * outline and all, so undoing writes the "before" back and redoing the "after", whatever the edit was (as
 * {@link ClaimHistory} does for claims, decision record 0016).
 *
 * <p>Typing is saved a little at a time; edits that carry the same merge key (the same field of the same
 * block) one right after the other become one, so a paragraph typed in pauses undoes in one step.
 */
final class DossierHistory {
    /** Older edits are forgotten beyond this many. */
    static final int LIMIT = 500;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    /**
     * What one user action changed, named for the Undo menu ("Undo move block").
     *
     * @param key edits with the same non-null key in a row merge into one
     * @param before the dossier before the edit; {@code null} when the edit created it
     * @param after the dossier after it; {@code null} when the edit deleted it
     */
    record Edit(String label, String key, long dossierId, Dossier before, Dossier after) {}

    synchronized void done(Edit edit) {
        if (Objects.equals(edit.before(), edit.after())) {
            return;
        }
        Edit top = done.peek();
        if (edit.key() != null
                && top != null
                && undone.isEmpty()
                && edit.key().equals(top.key())
                && Objects.equals(top.after(), edit.before())) {
            done.pop();
            if (!Objects.equals(top.before(), edit.after())) {
                done.push(new Edit(top.label(), top.key(), top.dossierId(), top.before(), edit.after()));
            }
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
}
