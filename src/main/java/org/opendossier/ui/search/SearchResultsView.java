package org.opendossier.ui.search;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.opendossier.model.SearchHit;
import org.opendossier.model.Snippet;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/**
 * Results of the current query: each hit with its outlet, date and highlighted passages, and facet counts
 * over all matches that narrow the query when clicked. Opening a hit shows it in the reader at the match.
 */
public final class SearchResultsView extends BorderPane {
    private final ListView<SearchHit> list;

    public SearchResultsView(SearchViewModel model, Consumer<SearchHit> open) {
        setId("search-results");
        list = new ListView<>(model.results());
        list.setId("search-result-list");
        list.setCellFactory(v -> new HitCell());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.activeProperty())
                        .then(Messages.get("search.noResults"))
                        .otherwise(Messages.get("search.hint")));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                open.accept(now);
            }
        });
        model.results().addListener((ListChangeListener<SearchHit>)
                c -> list.getSelectionModel().clearSelection());

        Label status = new Label();
        status.setId("search-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        FlowPane facets = new FlowPane(6, 4);
        facets.setId("search-facets");
        facets.getStyleClass().add("search-facets");
        model.facets().addListener((ListChangeListener<FacetCount>) c -> {
            facets.getChildren().clear();
            String dimension = null;
            for (FacetCount f : model.facets()) {
                if (!f.dimension().equals(dimension)) {
                    dimension = f.dimension();
                    Label name = new Label(Messages.get("facet." + dimension) + ":");
                    name.getStyleClass().add("facet-dimension");
                    facets.getChildren().add(name);
                }
                Hyperlink link = new Hyperlink(
                        (f.value().isEmpty() ? Messages.get("facet.none") : f.value()) + " (" + f.count() + ")");
                link.getStyleClass().add("facet-link");
                link.setOnAction(e -> model.refine(f));
                facets.getChildren().add(link);
            }
        });
        VBox top = new VBox(4, status, facets);
        top.getStyleClass().add("search-summary");
        setTop(top);
        setCenter(list);
    }

    public ListView<SearchHit> list() {
        return list;
    }

    /** One hit: title, where and when, and up to three passages with the matched words in bold. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.title());
            title.getStyleClass().add("hit-title");
            String meta = String.join(
                    " · ",
                    java.util.stream.Stream.of(hit.outlet(), Formats.publishedDate(hit.publishedAt()))
                            .filter(s -> s != null && !s.isBlank())
                            .toList());
            Label where = new Label(meta);
            where.getStyleClass().add("hit-meta");
            VBox box = new VBox(3, title, where);
            for (String passage : hit.snippets()) {
                TextFlow flow = new TextFlow();
                flow.getStyleClass().add("hit-passage");
                for (Snippet.Segment s : Snippet.segments(passage)) {
                    // Passages may span a paragraph break; a result list reads better as running text.
                    Text t = new Text(s.text().replaceAll("\\s+", " "));
                    t.getStyleClass().add(s.match() ? "hit-match" : "hit-text");
                    flow.getChildren().add(t);
                }
                flow.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.getChildren().add(flow);
            }
            box.getStyleClass().add("hit");
            setGraphic(box);
        }
    }
}
