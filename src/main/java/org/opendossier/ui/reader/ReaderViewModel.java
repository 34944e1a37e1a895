package org.opendossier.ui.reader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.opendossier.model.Acquisition;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;
import org.opendossier.service.SearchService;
import org.opendossier.service.SourceDetails;
import org.opendossier.service.SourceService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.SystemViewer;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * One source as the investigator reads it: its clean text (the text every offset refers to), the places
 * a search matched in it, its metadata and its provenance. The text selection is kept as character
 * offsets into that text, which is what actor tags and evidence quotes will hang on.
 */
public final class ReaderViewModel {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final SystemViewer viewer;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObservableList<Acquisition> acquisitions = FXCollections.observableArrayList();
    private final ObservableList<TextSpan> hits = FXCollections.observableArrayList();
    private final IntegerProperty currentHit = new SimpleIntegerProperty(-1);
    private final StringProperty hitStatus = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<TextSpan> selection = new SimpleObjectProperty<>();
    private SourceService sources;
    private SearchService search;
    private long generation;

    public ReaderViewModel(TaskExecutor tasks, DialogService dialogs, SystemViewer viewer) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.viewer = viewer;
        currentHit.addListener((obs, was, now) -> updateHitStatus());
        hits.addListener((javafx.collections.ListChangeListener<TextSpan>) c -> updateHitStatus());
    }

    public void setCase(SourceService sourceService, SearchService searchService) {
        this.sources = sourceService;
        this.search = searchService;
        generation++;
        clear();
    }

    /**
     * Shows source {@code id}; with a non-blank {@code query}, its matches are highlighted and the first is
     * current.
     */
    public void show(long id, String query) {
        SourceService from = sources;
        SearchService matcher = search;
        if (from == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("reader.loading"), p -> {
                    Optional<SourceDetails> details = from.details(id);
                    List<TextSpan> found = query == null || query.isBlank() || details.isEmpty()
                            ? List.of()
                            : matcher.matchesIn(query, id);
                    return new Loaded(details, found);
                })
                .onSuccess(loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    if (loaded.details().isEmpty()) {
                        clear();
                        return;
                    }
                    selection.set(null);
                    currentHit.set(-1);
                    hits.clear();
                    acquisitions.setAll(loaded.details().get().acquisitions());
                    source.set(loaded.details().get().source());
                    hits.setAll(loaded.hits());
                    currentHit.set(hits.isEmpty() ? -1 : 0);
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        loading.set(false);
                        dialogs.showError(Messages.get("reader.error"), e.getMessage(), e);
                    }
                }));
    }

    private record Loaded(Optional<SourceDetails> details, List<TextSpan> hits) {}

    public void clear() {
        source.set(null);
        acquisitions.clear();
        hits.clear();
        currentHit.set(-1);
        selection.set(null);
        loading.set(false);
    }

    public void nextHit() {
        if (!hits.isEmpty()) {
            currentHit.set((currentHit.get() + 1) % hits.size());
        }
    }

    public void previousHit() {
        if (!hits.isEmpty()) {
            currentHit.set((currentHit.get() - 1 + hits.size()) % hits.size());
        }
    }

    private void updateHitStatus() {
        hitStatus.set(
                hits.isEmpty() ? "" : Messages.get("reader.hits", Math.max(0, currentHit.get()) + 1, hits.size()));
    }

    /** Opens the untouched original file with the system's viewer for its type. */
    public void openOriginal() {
        Source shown = source.get();
        SourceService from = sources;
        if (shown == null || from == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.get("reader.opening"), p -> {
                    Path original = from.originalPath(shown.sha256());
                    viewer.open(original);
                    return original;
                })
                .onFailure(e -> dialogs.showError(
                        Messages.get("reader.openOriginal.error"),
                        Messages.get("reader.openOriginal.failed", e.getMessage()),
                        e)));
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObservableList<Acquisition> acquisitions() {
        return acquisitions;
    }

    /** Where the shown query matches the text, in order. */
    public ObservableList<TextSpan> hits() {
        return hits;
    }

    /** Index into {@link #hits()} of the hit the reader is at, or -1. */
    public ReadOnlyIntegerProperty currentHitProperty() {
        return currentHit;
    }

    public ReadOnlyStringProperty hitStatusProperty() {
        return hitStatus;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The selected text as offsets into the source's text, set by the view; null when nothing is selected. */
    public ObjectProperty<TextSpan> selectionProperty() {
        return selection;
    }
}
