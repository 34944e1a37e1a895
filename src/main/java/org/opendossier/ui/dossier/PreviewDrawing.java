package org.opendossier.ui.dossier;

import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.opendossier.model.Dossier;
import org.opendossier.service.CancelToken;
import org.opendossier.service.DossierPreview;
import org.opendossier.service.DossierService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;
import org.opendossier.ui.task.TaskHandle;

/**
 * The composer's live preview: the shown dossier's PDF drawn in the background a moment after the last edit,
 * only while the pane is in front. A newer drawing cancels the one under way and the newest result wins; the
 * pages drawn last stay until it arrives, and "updating" holds from the edit until they do.
 */
final class PreviewDrawing {
    /** How long edits must pause before the preview is drawn again. */
    static final Duration PAUSE = Duration.ofMillis(700);
    /** Dots per inch of the pages: an A4 page is 595 pixels wide, about the width of the column. */
    static final float DPI = 72;

    private final TaskExecutor tasks;
    private final Supplier<Dossier> dossier;
    private final Supplier<DossierService> service;
    private final ObjectProperty<DossierPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty updating = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    /** Whether the pane is in front: only then is anything drawn. */
    private boolean shown;
    /** Whether the dossier changed since the pages were last drawn. */
    private boolean stale = true;
    /** A drawing is waiting for its pause. */
    private boolean waiting;

    private long generation;
    private TaskHandle pause = TaskHandle.DONE;
    private CancelToken cancel = new CancelToken();

    /** Draws {@code dossier}'s pages through {@code service}, both read when a drawing starts. */
    PreviewDrawing(TaskExecutor tasks, Supplier<Dossier> dossier, Supplier<DossierService> service) {
        this.tasks = tasks;
        this.dossier = dossier;
        this.service = service;
    }

    /** Another case: nothing is shown, and nothing under way counts any more. */
    void clear() {
        pause.cancel();
        cancel.cancel();
        generation++;
        stale = true;
        waiting = false;
        preview.set(null);
        updating.set(false);
        status.set("");
    }

    /** The pane came to the front, or went behind another (a drawing waiting for its pause waits for it). */
    void setShown(boolean inFront) {
        shown = inFront;
        if (!inFront) {
            pause.cancel();
            waiting = false;
            stale = stale || updating.get();
        } else if (stale) {
            draw();
        }
    }

    /** The dossier shown changed: the preview says it is updating at once, and is drawn after a pause. */
    void changed() {
        stale = true;
        pause.cancel();
        if (shown) {
            waiting = true;
            updating.set(dossier.get() != null);
            pause = tasks.after(PAUSE, this::draw);
        }
    }

    private void draw() {
        Dossier d = dossier.get();
        DossierService from = service.get();
        pause.cancel();
        waiting = false;
        stale = false;
        cancel.cancel();
        if (d == null || from == null) {
            preview.set(null);
            status.set("");
            updating.set(false);
            return;
        }
        long mine = ++generation;
        CancelToken stop = new CancelToken();
        cancel = stop;
        updating.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("dossier.preview.updating"), p -> from.preview(d.id(), DPI, stop))
                .onSuccess(drawn -> {
                    if (mine == generation) {
                        // newer than the pages shown, though another drawing may be waiting for its pause
                        updating.set(waiting);
                        preview.set(drawn);
                        status.set(
                                drawn.pages().size() < drawn.pageCount()
                                        ? Messages.get(
                                                "dossier.preview.somePages",
                                                drawn.pages().size(),
                                                drawn.pageCount())
                                        : Messages.get("dossier.preview.pages", drawn.pageCount()));
                    }
                })
                // A preview that cannot be drawn says why in its place; a dialog at every keystroke would not do.
                .onFailure(e -> {
                    if (mine == generation) {
                        updating.set(waiting);
                        status.set(Messages.get("dossier.preview.failed", e.getMessage()));
                    }
                }));
    }

    ReadOnlyObjectProperty<DossierPreview> previewProperty() {
        return preview;
    }

    ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
