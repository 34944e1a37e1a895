package org.opendossier.ui.claims;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.opendossier.model.Evidence;
import org.opendossier.model.TextSpan;
import org.opendossier.service.ClaimMatrix;
import org.opendossier.service.ClaimService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/** The claims × sources matrix of the open case, read when shown and after claims change. */
public final class MatrixViewModel {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObjectProperty<ClaimMatrix> matrix = new SimpleObjectProperty<>();
    private ClaimService service;
    private BiConsumer<Long, TextSpan> onOpenSource = (id, span) -> {};
    private Consumer<Long> onOpenClaim = id -> {};

    public MatrixViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void setCase(ClaimService claims) {
        this.service = claims;
        matrix.set(null);
    }

    public void reload() {
        ClaimService from = service;
        if (from == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.get("claims.loading"), p -> from.matrix())
                .onSuccess(matrix::set)
                .onFailure(e -> dialogs.showError(Messages.get("claims.error"), e.getMessage(), e)));
    }

    /** Opens the first quote of a cell in the reader. */
    public void openCell(long claimId, long sourceId) {
        ClaimMatrix shown = matrix.get();
        if (shown == null) {
            return;
        }
        List<Evidence> cell = shown.at(claimId, sourceId);
        if (!cell.isEmpty()) {
            onOpenSource.accept(sourceId, cell.get(0).span());
        }
    }

    public void openClaim(long claimId) {
        onOpenClaim.accept(claimId);
    }

    public ObjectProperty<ClaimMatrix> matrixProperty() {
        return matrix;
    }

    public void setOnOpenSource(BiConsumer<Long, TextSpan> action) {
        this.onOpenSource = action;
    }

    public void setOnOpenClaim(Consumer<Long> action) {
        this.onOpenClaim = action;
    }
}
