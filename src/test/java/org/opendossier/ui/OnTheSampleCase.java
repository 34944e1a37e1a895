package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.service.SampleCase;
import org.opendossier.service.SettingsStore;
import org.opendossier.ui.task.CurrentThreadTaskExecutor;

/**
 * View-model tests without a window on the sample case, opened as the welcome screen opens it: tasks run on
 * the calling thread and dialogs answer from a script.
 */
abstract class OnTheSampleCase {
    @TempDir
    Path home;

    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final List<Path> opened = new ArrayList<>();
    protected WorkbenchViewModel model;

    @BeforeEach
    void openSample() {
        model = new WorkbenchViewModel(
                EmbeddedCaseOpener.withDefaults(),
                new SettingsStore(home.resolve("config/settings.json")),
                new SampleCase(home.resolve("data/Sample case"), home.resolve("data/Sample articles")),
                tasks,
                dialogs,
                opened::add);
        model.openSample();
        assertThat(model.sessionProperty().get()).isNotNull();
    }

    @AfterEach
    void closeCase() {
        model.shutdown(() -> {});
        assertThat(tasks.unhandledFailures()).isEmpty();
    }
}
