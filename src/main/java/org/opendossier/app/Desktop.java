package org.opendossier.app;

import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.opendossier.service.CaseOpener;
import org.opendossier.service.SampleCase;
import org.opendossier.service.SettingsStore;
import org.opendossier.ui.Messages;
import org.opendossier.ui.SystemViewer;
import org.opendossier.ui.Workbench;
import org.opendossier.ui.WorkbenchViewModel;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.dialog.FxDialogService;
import org.opendossier.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the desktop app on a stage: the composition root of the UI, used by the launcher and UI tests. */
public final class Desktop {
    private static final Logger LOG = LoggerFactory.getLogger(Desktop.class);
    private static final int UI_WORKERS = 4;

    private final Workbench workbench;
    private final ExecutorService workers;

    private Desktop(Workbench workbench, ExecutorService workers) {
        this.workbench = workbench;
        this.workers = workers;
    }

    /** Must run on the FX thread. The caller shows the stage. */
    public static Desktop build(Stage stage, UserFolders folders, CaseOpener opener, SystemViewer viewer) {
        ExecutorService workers = NamedThreads.fixed("od-ui-task", UI_WORKERS);
        DialogService dialogs = new FxDialogService(() -> stage);
        FxTaskExecutor tasks = new FxTaskExecutor(workers, e -> {
            LOG.error("A background task failed", e);
            dialogs.showError(Messages.get("dialog.error.unexpected"), e.getMessage(), e);
        });
        WorkbenchViewModel model = new WorkbenchViewModel(
                opener,
                new SettingsStore(folders.settingsFile()),
                new SampleCase(folders.sampleCase(), folders.sampleArticles()),
                tasks,
                dialogs,
                viewer);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Uncaught failure on thread {}", thread.getName(), e);
            Platform.runLater(() -> dialogs.showError(Messages.get("dialog.error.unexpected"), e.getMessage(), e));
        });
        return new Desktop(new Workbench(stage, model), workers);
    }

    /** Shows the window and reopens the last case. */
    public void start() {
        workbench.stage().show();
        workbench.model().start();
    }

    public Workbench workbench() {
        return workbench;
    }

    /** Stops the UI's worker threads (the case is closed by {@link Workbench#quit} or the test). */
    public void stopWorkers() {
        workers.shutdown();
    }
}
