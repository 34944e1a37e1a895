package org.opendossier.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.opendossier.model.SearchHit;
import org.opendossier.model.SearchResults;
import org.opendossier.service.SearchException;
import org.opendossier.service.SearchService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * The search field and its results. Queries use the command line's syntax; a query the index cannot
 * read leaves the previous results in place and puts the reason, with where it went wrong, under the
 * field.
 */
public final class SearchViewModel {
    /** Results shown per query; facet counts cover every match, not only these. */
    static final int LIMIT = 200;

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorPosition = new SimpleIntegerProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<FacetCount> facets = FXCollections.observableArrayList();
    private SearchService service;
    /** The query whose results are shown, for highlighting them in the reader. */
    private String shownQuery = "";

    private long generation;

    public SearchViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void setCase(SearchService search) {
        this.service = search;
        clear();
    }

    /** Runs the query in the field; an empty field clears the results. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            clear();
            return;
        }
        SearchService on = service;
        if (on == null) {
            return;
        }
        long mine = ++generation;
        searching.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("search.running"), p -> on.search(text, LIMIT))
                .onSuccess(found -> {
                    if (mine != generation) {
                        return; // a newer query is on its way
                    }
                    searching.set(false);
                    show(text, found);
                })
                .onFailure(e -> {
                    if (mine != generation) {
                        return;
                    }
                    searching.set(false);
                    if (e instanceof SearchException bad) {
                        error.set(bad.getMessage());
                        errorPosition.set(bad.position());
                    } else {
                        dialogs.showError(Messages.get("search.error"), e.getMessage(), e);
                    }
                }));
    }

    private void show(String text, SearchResults found) {
        error.set("");
        errorPosition.set(-1);
        shownQuery = text;
        results.setAll(found.hits());
        List<FacetCount> counts = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> d : found.facets().entrySet()) {
            d.getValue().forEach((value, n) -> counts.add(new FacetCount(d.getKey(), value, n)));
        }
        facets.setAll(counts);
        status.set(
                found.total() > found.hits().size()
                        ? Messages.get(
                                "search.status.more",
                                found.total(),
                                found.hits().size())
                        : Messages.get("search.status", found.total()));
        active.set(true);
    }

    /** Narrows the current query to one facet value, as if the user had typed the field. */
    public void refine(FacetCount facet) {
        String field =
                switch (facet.dimension()) {
                    case "year" -> "published";
                    case "language" -> "lang";
                    default -> facet.dimension();
                };
        String value = "\"" + facet.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        query.set("(" + shownQuery + ") AND " + field + ":" + value);
        search();
    }

    public void clear() {
        generation++;
        searching.set(false);
        query.set("");
        error.set("");
        errorPosition.set(-1);
        status.set("");
        results.clear();
        facets.clear();
        shownQuery = "";
        active.set(false);
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Why the last query could not be read, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Where in the query the error is (0-based), or -1. */
    public ReadOnlyIntegerProperty errorPositionProperty() {
        return errorPosition;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    /** True while results of a query are shown. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObservableList<FacetCount> facets() {
        return facets;
    }

    public String shownQuery() {
        return shownQuery;
    }
}
