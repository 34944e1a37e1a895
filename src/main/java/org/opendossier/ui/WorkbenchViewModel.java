package org.opendossier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.opendossier.model.SearchHit;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseOpener;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ImportListener;
import org.opendossier.service.SampleCase;
import org.opendossier.service.Settings;
import org.opendossier.service.SettingsStore;
import org.opendossier.ui.actors.ActorsViewModel;
import org.opendossier.ui.actors.SuggestionsViewModel;
import org.opendossier.ui.claims.ClaimsViewModel;
import org.opendossier.ui.claims.MatrixViewModel;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.dossier.DossierComposerViewModel;
import org.opendossier.ui.dossier.PendingSave;
import org.opendossier.ui.importing.ImportViewModel;
import org.opendossier.ui.library.LibraryViewModel;
import org.opendossier.ui.network.NetworkViewModel;
import org.opendossier.ui.reader.ReaderViewModel;
import org.opendossier.ui.search.SearchViewModel;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;
import org.opendossier.ui.timeline.TimelineViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app as a whole: which case is open, the recent ones, the theme, and the view models of the panes,
 * which it hands each newly opened case. Opening and closing cases run as background tasks; only one
 * case is open at a time.
 */
public final class WorkbenchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);

    private final CaseOpener opener;
    private final SettingsStore settingsStore;
    private final SampleCase sample;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final LibraryViewModel library;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final ImportViewModel imports;
    private final ActorsViewModel actors;
    private final NetworkViewModel network;
    private final SuggestionsViewModel suggestions;
    private final ClaimsViewModel claims;
    private final MatrixViewModel matrix;
    private final TimelineViewModel timeline;
    private final DossierComposerViewModel dossier;
    /** The pane whose edits Edit → Undo and Redo act on: the one in front. */
    private final ObjectProperty<Undoable> edits = new SimpleObjectProperty<>();

    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final ObjectProperty<CaseSession> session = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty(Messages.get("app.name"));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final ObservableList<Path> recentCases = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private Settings settings;

    public WorkbenchViewModel(
            CaseOpener opener,
            SettingsStore settingsStore,
            SampleCase sample,
            TaskExecutor tasks,
            DialogService dialogs,
            SystemViewer viewer) {
        this.opener = opener;
        this.settingsStore = settingsStore;
        this.sample = sample;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.library = new LibraryViewModel(tasks, dialogs);
        this.search = new SearchViewModel(tasks, dialogs);
        this.reader = new ReaderViewModel(tasks, dialogs, viewer);
        this.imports = new ImportViewModel(tasks, dialogs);
        this.actors = new ActorsViewModel(tasks, dialogs);
        this.network = new NetworkViewModel(tasks, dialogs);
        this.suggestions = new SuggestionsViewModel(tasks, dialogs);
        this.claims = new ClaimsViewModel(tasks, dialogs);
        this.matrix = new MatrixViewModel(tasks, dialogs);
        this.dossier = new DossierComposerViewModel(tasks, dialogs);
        claims.setOnChanged(() -> {
            reader.refreshEvidence();
            matrix.reload();
            dossier.refresh();
        });
        claims.setOnOpenSource(reader::showPassage);
        matrix.setOnOpenSource(reader::showPassage);
        reader.setOnClaimsChanged(() -> {
            claims.reload();
            matrix.reload();
            dossier.refresh();
        });
        reader.setOnAddToDossier(dossier::addPassage);
        this.timeline = new TimelineViewModel(tasks, dialogs);
        suggestions.setOnChanged(() -> {
            actors.reload();
            reader.refreshMentions();
            library.reloadActors();
            dossier.refresh();
        });
        this.settings = settingsStore.load();
        theme.set(Theme.fromSetting(settings.theme()));
        refreshRecent();
        theme.addListener((obs, was, now) -> updateSettings(settings.withTheme(now.settingName())));
        library.selectedProperty().addListener((obs, was, now) -> {
            if (now != null) {
                reader.show(now.id(), null);
            }
        });
        reader.setOnActorsChanged(() -> {
            actors.reload();
            library.reloadActors();
            dossier.refresh();
        });
        actors.setOnChanged(() -> {
            reader.refreshMentions();
            library.reloadActors();
            dossier.refresh();
        });
        actors.setOnSearch(query -> {
            search.queryProperty().set(query);
            search.search();
        });
        actors.setOnOpenSource(id -> reader.show(id, null));
        timeline.setOnOpenSource(id -> reader.show(id, null));
        actors.setReaderSelection(() -> reader.selectedPassage().orElse(null));
        edits.addListener((obs, was, now) -> {
            undoLabel.unbind();
            redoLabel.unbind();
            undoLabel.bind(now.undoLabelProperty());
            redoLabel.bind(now.redoLabelProperty());
        });
        edits.set(claims);
        imports.setOnImported(() -> {
            library.reload();
            actors.reload();
            if (search.activeProperty().get()) {
                search.search();
            }
        });
    }

    /** At start: reopens the case that was open when the app was last closed, if it is still there. */
    public void start() {
        if (settings.lastCase() != null) {
            Path last = Path.of(settings.lastCase());
            if (Files.isDirectory(last)) {
                open(Messages.get("case.opening", last.getFileName()), () -> opener.open(last));
            }
        }
    }

    public void newCase() {
        dialogs.chooseNewCaseFolder(null)
                .ifPresent(folder ->
                        open(Messages.get("case.creating", folder.getFileName()), () -> opener.create(folder)));
    }

    public void openCase() {
        dialogs.chooseCaseFolder().ifPresent(this::openRecent);
    }

    public void openRecent(Path folder) {
        open(Messages.get("case.opening", folder.getFileName()), () -> opener.open(folder));
    }

    /** Opens the sample case, writing and importing its articles the first time. */
    public void openSample() {
        open(Messages.get("case.sample.opening"), () -> sample.open(opener, ImportListener.NONE, new CancelToken()));
    }

    @FunctionalInterface
    private interface Opening {
        CaseSession open() throws CaseException;
    }

    private void open(String message, Opening opening) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        busyMessage.set(message);
        CaseSession previous = session.get();
        setSession(null);
        PendingSave unsaved = dossier.takeUnsaved();
        tasks.execute(BackgroundTask.of(message, p -> {
                    if (previous != null) {
                        saveLeftOver(previous, unsaved);
                        previous.close();
                    }
                    return opening.open();
                })
                .onSuccess(opened -> {
                    busy.set(false);
                    setSession(opened);
                    updateSettings(settings.withOpenCase(opened.folder().toString()));
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError(Messages.get("case.openFailed"), e.getMessage(), e);
                }));
    }

    public void closeCase() {
        CaseSession open = session.get();
        if (open == null || busy.get()) {
            return;
        }
        setSession(null);
        updateSettings(settings.withoutOpenCase());
        close(open, done -> {});
    }

    /** Closes the open case (waiting for the index to settle) and saves the settings, then runs {@code then}. */
    public void shutdown(Runnable then) {
        CaseSession open = session.get();
        imports.cancel();
        setSession(null);
        saveSettings();
        close(open, done -> then.run());
    }

    private void close(CaseSession open, Consumer<Boolean> then) {
        PendingSave unsaved = dossier.takeUnsaved();
        if (open == null) {
            then.accept(true);
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.get("case.closing"), p -> {
                    saveLeftOver(open, unsaved);
                    open.close();
                    return true;
                })
                .onSuccess(then)
                .onFailure(e -> {
                    LOG.warn("The case {} did not close cleanly", open.folder(), e);
                    then.accept(false);
                }));
    }

    /**
     * Writes the dossier edits still pending as a case closes (text typed a moment ago). A failure is logged
     * and the case closes anyway: holding it open would not save the text either.
     */
    private static void saveLeftOver(CaseSession closing, PendingSave unsaved) {
        try {
            unsaved.save();
        } catch (CaseException e) {
            LOG.error("Dossier edits made just before {} closed could not be saved", closing.folder(), e);
        }
    }

    private void setSession(CaseSession opened) {
        session.set(opened);
        library.setCase(opened == null ? null : opened.sources());
        search.setCase(opened == null ? null : opened.search());
        reader.setCase(
                opened == null ? null : opened.sources(),
                opened == null ? null : opened.search(),
                opened == null ? null : opened.actors(),
                opened == null ? null : opened.claims());
        actors.setCase(opened == null ? null : opened.actors());
        claims.setCase(
                opened == null ? null : opened.claims(),
                opened == null ? null : opened.actors(),
                opened == null ? null : opened.moreEvidence());
        matrix.setCase(opened == null ? null : opened.claims());
        network.setCase(opened == null ? null : opened.network());
        suggestions.setCase(opened == null ? null : opened.actors());
        timeline.setCase(opened == null ? null : opened.timeline());
        dossier.setCase(
                opened == null ? null : opened.dossiers(),
                opened == null ? null : opened.claims(),
                opened == null ? null : opened.actors());
        imports.setCase(opened == null ? null : opened.imports());
        if (opened != null) {
            followOpeningRescan(opened);
        }
        title.set(
                opened == null
                        ? Messages.get("app.name")
                        : Messages.get(
                                "app.title",
                                opened.folder().getFileName(),
                                opened.folder().getParent()));
    }

    /**
     * A case closed while its mentions were being re-scanned finishes the re-scan as it opens, while the
     * panes already show it; once that ends, the panes that show mentions read them again.
     */
    private void followOpeningRescan(CaseSession opened) {
        tasks.execute(BackgroundTask.of(
                        Messages.get("actors.rescanning"), p -> opened.actors().awaitQueuedRescans())
                .onSuccess(rescanned -> {
                    if (rescanned && session.get() == opened) {
                        actors.reload();
                        reader.refreshMentions();
                        library.reloadActors();
                    }
                })
                // The case closed before the re-scan ended: nothing is left to refresh.
                .onFailure(e -> LOG.debug("Stopped waiting for the re-scan of {}", opened.folder(), e)));
    }

    /** Shows a search result in the reader, at the first place the query matches. */
    public void openResult(SearchHit hit) {
        reader.show(hit.id(), search.shownQuery());
    }

    public void forgetRecent(Path folder) {
        updateSettings(settings.withoutRecent(folder.toString()));
    }

    public Settings settings() {
        return settings;
    }

    /** The view reports the window's layout here before closing. */
    public void rememberLayout(Settings.Window window, Map<String, List<Double>> dividers) {
        Settings changed = settings.withWindow(window);
        for (Map.Entry<String, List<Double>> d : dividers.entrySet()) {
            changed = changed.withDividers(d.getKey(), d.getValue());
        }
        settings = changed;
    }

    private void updateSettings(Settings changed) {
        settings = changed;
        refreshRecent();
        saveSettings();
    }

    private void refreshRecent() {
        recentCases.setAll(settings.recentCases().stream().map(Path::of).toList());
    }

    private void saveSettings() {
        Settings snapshot = settings;
        tasks.execute(BackgroundTask.of(Messages.get("settings.saving"), p -> {
                    settingsStore.save(snapshot);
                    return snapshot;
                })
                // Settings are a convenience: losing them must not interrupt work, but the log says why.
                .onFailure(e -> LOG.warn("Cannot save the settings to {}: {}", settingsStore.file(), e.getMessage())));
    }

    public ReadOnlyObjectProperty<CaseSession> sessionProperty() {
        return session;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** True while a case opens or is created; the window shows {@link #busyMessageProperty()}. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage;
    }

    public ObservableList<Path> recentCases() {
        return recentCases;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public LibraryViewModel library() {
        return library;
    }

    public SearchViewModel search() {
        return search;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ActorsViewModel actors() {
        return actors;
    }

    public ClaimsViewModel claims() {
        return claims;
    }

    public MatrixViewModel matrix() {
        return matrix;
    }

    public NetworkViewModel network() {
        return network;
    }

    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public DossierComposerViewModel dossier() {
        return dossier;
    }

    /**
     * Tells which pane is in front, for Edit → Undo and Redo: the dossier composer's edits while it is shown,
     * the claims' otherwise.
     */
    public void setComposerInFront(boolean inFront) {
        edits.set(inFront ? dossier : claims);
        dossier.setShown(inFront);
    }

    /** Undoes the latest edit of the pane in front. */
    public void undo() {
        edits.get().undo();
    }

    public void redo() {
        edits.get().redo();
    }

    /** What Edit → Undo would undo in the pane in front, or "". */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }
}
