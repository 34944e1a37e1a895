package org.opendossier.ui.library;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.opendossier.model.SourceSummary;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/**
 * The library: facet filters on the left, every source in a virtualised table on the right. The table
 * sorts a {@link SortedList} over the view model's filtered list, so sorting and filtering never copy the
 * rows.
 */
public final class LibraryView extends SplitPane {
    private final TableView<SourceSummary> table = new TableView<>();

    public LibraryView(LibraryViewModel model) {
        setId("library");
        setOrientation(Orientation.HORIZONTAL);
        getItems().addAll(facets(model), tablePane(model));
        setDividerPositions(0.22);
        SplitPane.setResizableWithParent(getItems().getFirst(), false);
    }

    public TableView<SourceSummary> table() {
        return table;
    }

    private Region tablePane(LibraryViewModel model) {
        table.setId("library-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("library.column.title", 320, SourceSummary::title));
        table.getColumns().add(column("library.column.outlet", 150, SourceSummary::outlet));
        table.getColumns().add(column("library.column.published", 95, s -> Formats.publishedDate(s.publishedAt())));
        table.getColumns().add(column("library.column.language", 60, SourceSummary::language));
        table.getColumns().add(column("library.column.type", 60, s -> Facet.TYPE.valueOf(s)));
        TableColumn<SourceSummary, java.time.Instant> imported =
                new TableColumn<>(Messages.get("library.column.imported"));
        imported.setPrefWidth(130);
        imported.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().importedAt()));
        imported.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.localTime(item));
            }
        });
        table.getColumns().add(imported);

        SortedList<SourceSummary> sorted = new SortedList<>(model.visibleSources());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                        .then(Messages.get("library.loading"))
                        .otherwise(javafx.beans.binding.Bindings.when(model.emptyProperty())
                                .then(Messages.get("library.empty"))
                                .otherwise(Messages.get("library.noMatch"))));
        table.setPlaceholder(placeholder);

        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selectedProperty()
                .set(now));

        Label status = new Label();
        status.setId("library-status");
        status.getStyleClass().add("status-text");
        Label selection = new Label();
        selection.getStyleClass().add("status-text");
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SourceSummary>) c -> {
            int n = table.getSelectionModel().getSelectedItems().size();
            selection.setText(n > 1 ? Messages.get("library.selected", n) : "");
        });
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, status, spacer, selection);
        footer.getStyleClass().add("pane-footer");

        BorderPane pane = new BorderPane(table);
        pane.setBottom(footer);
        return pane;
    }

    private static TableColumn<SourceSummary, String> column(
            String key, double width, Function<SourceSummary, String> value) {
        TableColumn<SourceSummary, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static Region facets(LibraryViewModel model) {
        VBox panes = new VBox();
        panes.getStyleClass().add("facets");
        for (Facet facet : Facet.values()) {
            ListView<FacetValue> values = new ListView<>(model.facetValues(facet));
            values.setId("facet-" + facet.name().toLowerCase(java.util.Locale.ROOT));
            values.getStyleClass().add("facet-list");
            values.setCellFactory(v -> new FacetCell(model));
            values.setPrefHeight(150);
            values.setPlaceholder(new Label(Messages.get("facet.empty")));
            TitledPane pane = new TitledPane(Messages.get(facet.labelKey()), values);
            pane.setAnimated(false);
            panes.getChildren().add(pane);
        }
        Button clear = new Button(Messages.get("facet.clear"));
        clear.setId("facet-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.clearFilters());
        Label heading = new Label(Messages.get("facet.heading"));
        heading.getStyleClass().add("pane-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, heading, spacer, clear);
        header.getStyleClass().add("pane-header");
        ScrollPane scroll = new ScrollPane(panes);
        scroll.setFitToWidth(true);
        BorderPane side = new BorderPane(scroll);
        side.setTop(header);
        side.setMinWidth(160);
        return side;
    }

    /** A facet value as a check box with its count; ticking it filters the table. */
    private static final class FacetCell extends ListCell<FacetValue> {
        private final LibraryViewModel model;
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private final HBox row;

        FacetCell(LibraryViewModel model) {
            this.model = model;
            count.getStyleClass().add("facet-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(6, box, spacer, count);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.SOMETIMES);
        }

        @Override
        protected void updateItem(FacetValue item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setText(item.value().equals(Facet.NONE) ? Messages.get("facet.none") : item.value());
            box.setSelected(item.selected());
            box.setOnAction(e -> model.toggle(item.facet(), item.value()));
            count.setText(String.format("%,d", item.count()));
            setGraphic(row);
        }
    }
}
