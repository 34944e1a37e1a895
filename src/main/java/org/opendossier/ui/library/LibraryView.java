package org.opendossier.ui.library;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
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
 * The library: facet filters on the left, every source in a virtualised table on the right. Clicking a
 * column header asks the view model to sort with a {@link LibraryOrder} rather than letting the table sort
 * by its cells' values: at 100,000 sources that is the difference between a few tens of milliseconds and
 * several seconds with the FX thread blocked.
 */
public final class LibraryView extends SplitPane {
    private final TableView<SourceSummary> table = new TableView<>();
    /** How each sortable column orders rows, ascending and descending. */
    private final Map<TableColumn<SourceSummary, ?>, Function<Boolean, Comparator<SourceSummary>>> orders =
            new HashMap<>();

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
        textColumn("library.column.title", 260, 120, SourceSummary::title);
        textColumn("library.column.outlet", 130, 70, SourceSummary::outlet);
        TableColumn<SourceSummary, String> published =
                column("library.column.published", 96, 96, s -> Formats.publishedDate(s.publishedAt()));
        table.getColumns().add(published);
        orders.put(published, LibraryOrder::byPublished);
        textColumn("library.column.language", 56, 56, SourceSummary::language);
        textColumn("library.column.type", 60, 60, s -> Facet.TYPE.valueOf(s));
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
        orders.put(imported, LibraryOrder::byImported);

        table.setItems(model.visibleSources());
        table.setSortPolicy(t -> {
            model.sortBy(order(t.getSortOrder()));
            return true;
        });

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

    /** The rows' order for the columns the user sorted by, first column first; null when unsorted. */
    private Comparator<SourceSummary> order(List<TableColumn<SourceSummary, ?>> sortOrder) {
        Comparator<SourceSummary> order = null;
        for (TableColumn<SourceSummary, ?> c : sortOrder) {
            Function<Boolean, Comparator<SourceSummary>> byColumn = orders.get(c);
            if (byColumn != null) {
                Comparator<SourceSummary> next = byColumn.apply(c.getSortType() == TableColumn.SortType.DESCENDING);
                order = order == null ? next : order.thenComparing(next);
            }
        }
        return order == null ? null : order.thenComparing(LibraryOrder.byId());
    }

    private void textColumn(String key, double width, double minWidth, Function<SourceSummary, String> value) {
        TableColumn<SourceSummary, String> c = column(key, width, minWidth, value);
        table.getColumns().add(c);
        orders.put(c, descending -> LibraryOrder.byText(value, descending));
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
            Label none = new Label(Messages.get("facet.empty"));
            Runnable fill = () -> show(model, values, none, model.facetValues(facet));
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
     * Shows a facet's values, reusing the rows already there: a click changes counts and ticks, and new
     * check boxes would each go through CSS again.
     */
    private static void show(LibraryViewModel model, VBox values, Label none, List<FacetValue> shown) {
        ObservableList<Node> rows = values.getChildren();
        if (shown.isEmpty()) {
            rows.setAll(none);
            return;
        }
        rows.remove(none);
        for (int i = 0; i < shown.size(); i++) {
            if (i < rows.size()) {
                ((FacetRow) rows.get(i)).show(shown.get(i));
            } else {
                rows.add(new FacetRow(model, shown.get(i)));
            }
        }
        if (rows.size() > shown.size()) {
            rows.remove(shown.size(), rows.size());
        }
    }

    /**
     * A facet value as a check box with its count; ticking it filters the table. Facets show at most a few
     * dozen values, so plain rows serve better than a virtualised list.
     */
    private static final class FacetRow extends HBox {
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private FacetValue value;

        FacetRow(LibraryViewModel model, FacetValue value) {
            super(6);
            box.setOnAction(e -> model.toggle(this.value.facet(), this.value.value()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.setMnemonicParsing(false);
            HBox.setHgrow(box, Priority.ALWAYS);
            count.getStyleClass().add("facet-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(box, count);
            getStyleClass().add("facet-row");
            setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            show(value);
        }

        void show(FacetValue v) {
            value = v;
            box.setText(v.label());
            box.setSelected(v.selected());
            count.setText(String.format("%,d", v.count()));
        }
    }
}
