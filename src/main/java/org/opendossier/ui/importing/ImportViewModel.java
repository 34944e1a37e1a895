package org.opendossier.ui.importing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.ImportReport;
import org.opendossier.model.ImportStatus;
import org.opendossier.service.CancelToken;
import org.opendossier.service.ImportListener;
import org.opendossier.service.ImportService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;
import org.opendossier.ui.task.TaskHandle;
import org.opendossier.ui.task.TaskProgress;

/**
 * Importing files and folders into the open case: the menu, the toolbar and drag-and-drop all end in
 * {@link #importPaths}. Progress shows the file being read and running counts; the report at the end
 * lists every file, and can be saved as CSV.
 */
public final class ImportViewModel {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private ImportService service;
    private TaskHandle handle = TaskHandle.DONE;
    private Runnable onImported = () -> {};

    public ImportViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void setCase(ImportService imports) {
        this.service = imports;
    }

    /** Called on the FX thread after each import ends, so the library can reload. */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    public void chooseFiles() {
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    public void chooseFolder() {
        dialogs.chooseFolderToImport().ifPresent(folder -> importPaths(List.of(folder)));
    }

    /** Imports files and folders (read recursively). One import runs at a time. */
    public void importPaths(List<Path> paths) {
        ImportService into = service;
        if (into == null || paths.isEmpty()) {
            return;
        }
        if (running.get()) {
            dialogs.showInfo(Messages.get("import.busy.title"), Messages.get("import.busy"));
            return;
        }
        running.set(true);
        progress.set(-1);
        current.set(Messages.get("import.collecting"));
        counts.set("");
        report.set(null);
        handle = tasks.execute(BackgroundTask.of(
                        Messages.get("import.title"),
                        p -> into.importPaths(paths, new Listener(p), CancelToken.watching(p::isCancelled)))
                .onProgress(u -> {
                    progress.set(u.fraction());
                    current.set(u.message());
                    counts.set(u.detail());
                })
                .onSuccess(done -> {
                    running.set(false);
                    handle = TaskHandle.DONE;
                    current.set("");
                    if (done.outcomes().isEmpty()) {
                        counts.set("");
                        dialogs.showInfo(Messages.get("import.nothing.title"), Messages.get("import.nothing"));
                        return;
                    }
                    counts.set(summary(done));
                    report.set(done);
                    onImported.run();
                })
                .onFailure(e -> {
                    running.set(false);
                    handle = TaskHandle.DONE;
                    current.set("");
                    dialogs.showError(Messages.get("import.error"), e.getMessage(), e);
                    onImported.run();
                }));
    }

    public void cancel() {
        handle.cancel();
    }

    /** Writes the last report as CSV where the user chooses. */
    public void saveReport() {
        ImportReport shown = report.get();
        if (shown == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.get("import.report.save"), "import-report.csv")
                .ifPresent(file -> tasks.execute(BackgroundTask.of(Messages.get("import.report.save"), p -> {
                            writeCsv(shown, file);
                            return file;
                        })
                        .onFailure(
                                e -> dialogs.showError(Messages.get("import.report.saveFailed"), e.getMessage(), e))));
    }

    static void writeCsv(ImportReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("path,part,status,source_id,title,reason,message\r\n");
            for (ImportOutcome o : report.outcomes()) {
                out.write(String.join(
                                ",",
                                csv(o.path()),
                                csv(o.part()),
                                o.status().name().toLowerCase(java.util.Locale.ROOT),
                                o.sourceId() == null ? "" : o.sourceId().toString(),
                                csv(o.title()),
                                o.reason() == null ? "" : o.reason().name().toLowerCase(java.util.Locale.ROOT),
                                csv(o.message()))
                        + "\r\n");
            }
        }
    }

    /** RFC 4180 quoting; a leading formula character is defused so a spreadsheet shows it as text. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    static String summary(ImportReport r) {
        return Messages.get(
                r.cancelled() ? "import.summary.cancelled" : "import.summary",
                r.count(ImportStatus.IMPORTED),
                r.count(ImportStatus.DUPLICATE),
                r.count(ImportStatus.REJECTED));
    }

    /** Turns the service's callbacks into progress the FX thread can show. Runs on the importing thread. */
    private static final class Listener implements ImportListener {
        private final TaskProgress progress;
        /** Imported, duplicate, rejected. */
        private final AtomicLongArray tally = new AtomicLongArray(3);

        private volatile String reading = "";

        Listener(TaskProgress progress) {
            this.progress = progress;
        }

        @Override
        public void started(int files) {
            progress.update(0, files, Messages.get("import.found", files), "");
        }

        @Override
        public void reading(String path, int done, int total) {
            reading = path;
            progress.update(done, total, path, tally());
        }

        @Override
        public void committed(List<ImportOutcome> outcomes, int done, int total) {
            for (ImportOutcome o : outcomes) {
                tally.incrementAndGet(o.status().ordinal()); // in memory only, never stored
            }
            progress.update(done, total, reading, tally());
        }

        private String tally() {
            return Messages.get("import.summary", tally.get(0), tally.get(1), tally.get(2));
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0 to 1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts;
    }

    /** The report of the last import that finished, or null. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report;
    }
}
