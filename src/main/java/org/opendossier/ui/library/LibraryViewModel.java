package org.opendossier.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.opendossier.model.SourceSummary;
import org.opendossier.service.SourceService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * Every source of the open case, sorted as the view asks and filtered by facets: its columns (outlet, year,
 * language, type) and the actors it mentions. The rows live in memory (a summary is a few hundred bytes, so
 * 100,000 sources fit comfortably) and filtering and counting run over them directly; loading them from the
 * database is the only slow part and runs as a background task. When mentions change (a re-scan, a review),
 * {@link #reloadActors} reads only the actors again.
 *
 * <p>The filter sits on top of the sort ({@code rows -> filtered}, the rows kept in the order asked for),
 * so ticking a facet only re-filters rows that are already in order. Sorting runs as a background task
 * too: at 100,000 sources a sort on the FX thread held it for a third of a second or more; the task
 * works out the new order and the FX thread only applies it, as one permutation that keeps the
 * selection.
 */
public final class LibraryViewModel {
    /** A facet shows its most common values; picked values are always shown too. */
    static final int MAX_FACET_VALUES = 40;

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final RowList<SourceSummary> sources = new RowList<>();
    private final FilteredList<SourceSummary> visible = new FilteredList<>(sources);
    private final Map<Facet, ObservableList<FacetValue>> facetValues = new EnumMap<>(Facet.class);
    private final Map<Facet, Set<String>> picked = new EnumMap<>(Facet.class);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty sorting = new SimpleBooleanProperty();
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<SourceSummary> selected = new SimpleObjectProperty<>();
    private SourceService service;
    /** The facet values of the rows as loaded, row by row. */
    private FacetTable facetTable = FacetTable.EMPTY;
    /** The order asked for; null for the case's own (by id). */
    private Comparator<? super SourceSummary> order;
    /** Counts changes of rows and order, so that a sort finishing after a newer change is dropped. */
    private long version;
    /** Counts reads of the actors, so that only the newest is shown. */
    private long actorRequests;

    public LibraryViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (Facet f : Facet.values()) {
            facetValues.put(f, FXCollections.observableArrayList());
            picked.put(f, new HashSet<>());
        }
    }

    /** Shows the sources of a newly opened case, or nothing when {@code sources} is null. */
    public void setCase(SourceService sources) {
        this.service = sources;
        picked.values().forEach(Set::clear);
        version++;
        sorting.set(false);
        this.sources.replaceAll(List.of());
        facetTable = FacetTable.EMPTY;
        refresh();
        if (sources != null) {
            reload();
        }
    }

    /** Reads the list again, after an import for instance, with the actors each source mentions. */
    public void reload() {
        SourceService from = service;
        if (from == null) {
            return;
        }
        loading.set(true);
        Comparator<? super SourceSummary> sortedBy = order;
        long actorsAsked = ++actorRequests;
        tasks.execute(BackgroundTask.of(Messages.get("library.loading"), p -> {
                    List<SourceSummary> rows = from.list();
                    FacetTable facets = FacetTable.of(rows).withActors(from.mentionedActors());
                    if (sortedBy != null) {
                        rows = new ArrayList<>(rows);
                        rows.sort(sortedBy);
                    }
                    return new Loaded(rows, facets, sortedBy);
                })
                .onSuccess(loaded -> {
                    loading.set(false);
                    if (from == service) {
                        showFacets(loaded.facets());
                        version++;
                        sources.replaceAll(loaded.rows());
                        refresh();
                        if (loaded.sortedBy() != order) {
                            sortBy(order);
                        } else {
                            sorting.set(false);
                        }
                        if (actorsAsked != actorRequests) {
                            // the mentions changed while the rows were read: what they brought may be older
                            reloadActors();
                        }
                    }
                })
                .onFailure(e -> {
                    loading.set(false);
                    dialogs.showError(Messages.get("library.error"), e.getMessage(), e);
                }));
    }

    /**
     * Reads again which actors each source mentions, keeping the rows, the order and the picks (an actor
     * that no longer exists is no longer picked): after a re-scan of the mentions or a review of one.
     */
    public void reloadActors() {
        SourceService from = service;
        FacetTable base = facetTable;
        if (from == null) {
            return;
        }
        long asked = ++actorRequests;
        tasks.execute(BackgroundTask.of(Messages.get("library.loading"), p -> base.withActors(from.mentionedActors()))
                .onSuccess(table -> {
                    // dropped if the rows were read again meanwhile (the new ones came with their actors)
                    // or a newer request is on its way
                    if (from == service && base == facetTable && asked == actorRequests) {
                        showFacets(table);
                        refresh();
                    }
                })
                .onFailure(e -> dialogs.showError(Messages.get("library.error"), e.getMessage(), e)));
    }

    /** Takes a newly read table, letting go of picked actors the case no longer has. */
    private void showFacets(FacetTable table) {
        facetTable = table;
        picked.get(Facet.ACTOR).removeIf(actor -> table.actorName(actor) == null);
    }

    /**
     * Orders the rows, {@code null} for the case's own order (by id); see {@link LibraryOrder}. The new
     * order is worked out in the background and then applied at once; {@link #sortingProperty} is true
     * meanwhile.
     */
    public void sortBy(Comparator<? super SourceSummary> order) {
        this.order = order;
        long asked = ++version;
        List<SourceSummary> rows = List.copyOf(sources);
        Comparator<? super SourceSummary> by = order != null ? order : LibraryOrder.byId();
        sorting.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("library.sorting"), p -> RowList.permutation(rows, by))
                .onSuccess(permutation -> {
                    if (asked == version) {
                        sorting.set(false);
                        sources.reorder(permutation);
                    }
                })
                .onFailure(e -> {
                    sorting.set(false);
                    dialogs.showError(Messages.get("library.error"), e.getMessage(), e);
                }));
    }

    /** The rows as read (sorted if an order was asked for), with their facet values read once. */
    private record Loaded(List<SourceSummary> rows, FacetTable facets, Comparator<? super SourceSummary> sortedBy) {}

    public void toggle(Facet facet, String value) {
        Set<String> values = picked.get(facet);
        if (!values.remove(value)) {
            values.add(value);
        }
        refresh();
    }

    public void clearFilters() {
        picked.values().forEach(Set::clear);
        refresh();
    }

    public boolean isFiltered() {
        return picked.values().stream().anyMatch(s -> !s.isEmpty());
    }

    private void refresh() {
        FacetTable table = facetTable;
        FacetTable.Tally tally = table.tally(picked);
        // Null when nothing is picked: the filtered list then passes every row without testing it.
        visible.setPredicate(
                isFiltered()
                        ? s -> {
                            int row = table.rowOf(s.id());
                            return row >= 0 && tally.shown().get(row);
                        }
                        : null);
        for (Facet f : Facet.values()) {
            List<FacetValue> counted = values(f, tally.counts().get(f));
            ObservableList<FacetValue> shown = facetValues.get(f);
            if (!shown.equals(counted)) {
                shown.setAll(counted);
            }
        }
        empty.set(sources.isEmpty());
        status.set(
                isFiltered()
                        ? Messages.get("library.status.filtered", visible.size(), sources.size())
                        : Messages.get("library.status", sources.size()));
    }

    /** Values of {@code facet} with the number of sources each would show, given the other facets' picks. */
    private List<FacetValue> values(Facet facet, Map<String, Integer> counted) {
        Map<String, Integer> counts = new HashMap<>(counted);
        Set<String> chosen = picked.get(facet);
        chosen.forEach(v -> counts.putIfAbsent(v, 0));
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((v, n) -> values.add(new FacetValue(facet, v, label(facet, v), n, chosen.contains(v))));
        values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::label));
        List<FacetValue> shown = new ArrayList<>(values.subList(0, Math.min(MAX_FACET_VALUES, values.size())));
        values.stream().skip(MAX_FACET_VALUES).filter(FacetValue::selected).forEach(shown::add);
        return shown;
    }

    private String label(Facet facet, String value) {
        if (facet == Facet.ACTOR) {
            String name = facetTable.actorName(value);
            return name != null ? name : "#" + value;
        }
        return value.equals(Facet.NONE) ? Messages.get("facet.none") : value;
    }

    /** The sources that pass the filters, in the order of {@link #sortBy}. */
    public ObservableList<SourceSummary> visibleSources() {
        return visible;
    }

    public ObservableList<FacetValue> facetValues(Facet facet) {
        return facetValues.get(facet);
    }

    /** True while a new order is being worked out. */
    public ReadOnlyBooleanProperty sortingProperty() {
        return sorting;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True when the case has no sources at all (not merely none that pass the filters). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The source the user is looking at; the workbench shows it in the reader. */
    public ObjectProperty<SourceSummary> selectedProperty() {
        return selected;
    }
}
