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
        setDividerPositions(0.25);
        SplitPane.setResizableWithParent(getItems().getFirst(), false);
    }

    public TableView<SourceSummary> table() {
        return table;
    }

    private Region tablePane(LibraryViewModel model) {
        table.setId("library-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setTableMenuButtonVisible(true);
        table.getColumns().add(column("library.column.title", 260, 120, SourceSummary::title));
        table.getColumns().add(column("library.column.outlet", 130, 70, SourceSummary::outlet));
        table.getColumns().add(column("library.column.published", 96, 96, s -> Formats.publishedDate(s.publishedAt())));
        table.getColumns().add(column("library.column.language", 56, 56, SourceSummary::language));
        table.getColumns().add(column("library.column.type", 60, 60, s -> Facet.TYPE.valueOf(s)));
        TableColumn<SourceSummary, java.time.Instant> imported =
                new TableColumn<>(Messages.get("library.column.imported"));
        imported.setPrefWidth(140);
        imported.setMinWidth(140);
        imported.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().importedAt()));
        imported.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.shortLocalTime(item));
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
            String key, double width, double minWidth, Function<SourceSummary, String> value) {
        TableColumn<SourceSummary, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static Region facets(LibraryViewModel model) {
        VBox panes = new VBox();
        panes.getStyleClass().add("facets");
        for (Facet facet : Facet.values()) {
            VBox values = new VBox(2);
            values.setId("facet-" + facet.name().toLowerCase(java.util.Locale.ROOT));
            values.getStyleClass().add("facet-values");
            Runnable fill = () -> {
                values.getChildren().clear();
                for (FacetValue v : model.facetValues(facet)) {
                    values.getChildren().add(row(model, v));
                }
                if (values.getChildren().isEmpty()) {
                    values.getChildren().add(new Label(Messages.get("facet.empty")));
                }
            };
            model.facetValues(facet).addListener((ListChangeListener<FacetValue>) c -> fill.run());
            fill.run();
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
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(panes);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane side = new BorderPane(scroll);
        side.setTop(header);
        side.setMinWidth(150);
        return side;
    }

    /**
     * A facet value as a check box with its count; ticking it filters the table. Facets show at most a few
     * dozen values, so plain rows serve better than a virtualised list.
     */
    private static HBox row(LibraryViewModel model, FacetValue v) {
        CheckBox box = new CheckBox(v.value().equals(Facet.NONE) ? Messages.get("facet.none") : v.value());
        box.setSelected(v.selected());
        box.setOnAction(e -> model.toggle(v.facet(), v.value()));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setMnemonicParsing(false);
        HBox.setHgrow(box, Priority.ALWAYS);
        Label count = new Label(String.format("%,d", v.count()));
        count.getStyleClass().add("facet-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, box, count);
        row.getStyleClass().add("facet-row");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
