package org.opendossier.ui.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;
import org.opendossier.service.ClaimMatrix;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/**
 * Claims as rows, the sources that quote them as columns (one outlet's side by side), and in each cell the
 * stance the source takes: a glance shows which outlets back or contest what. Double-click a cell to read
 * the quote; double-click a claim to open it.
 */
public final class MatrixView extends BorderPane {
    private final MatrixViewModel model;
    private final TableView<Claim> table = new TableView<>();

    public MatrixView(MatrixViewModel model) {
        this.model = model;
        setId("matrix");
        table.setId("matrix-table");
        Label empty = new Label(Messages.get("matrix.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.getSelectionModel().setCellSelectionEnabled(true);
        setCenter(table);
        setBottom(legend());
        model.matrixProperty().addListener((obs, was, now) -> show(now));
    }

    public TableView<Claim> table() {
        return table;
    }

    private HBox legend() {
        HBox legend = new HBox(14);
        legend.setPadding(new Insets(6, 8, 6, 8));
        legend.getStyleClass().add("matrix-legend");
        for (Stance s : Stance.values()) {
            Label l = new Label(symbol(s) + "  " + Formats.enumName("stance", s));
            l.getStyleClass().addAll("matrix-mark", "stance-" + s.name().toLowerCase(Locale.ROOT));
            legend.getChildren().add(l);
        }
        return legend;
    }

    /** The mark of a stance in a cell: readable without colour too. */
    static String symbol(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "✔";
            case REPORTS -> "↪";
            case DISPUTES -> "≠";
            case DENIES -> "✖";
            case MENTIONS -> "·";
        };
    }

    private void show(ClaimMatrix matrix) {
        table.getColumns().clear();
        if (matrix == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<Claim, String> statement = new TableColumn<>(Messages.get("matrix.claim"));
        statement.setCellValueFactory(
                c -> new SimpleObjectProperty<>(c.getValue().statement()));
        statement.setPrefWidth(300);
        statement.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : new Tooltip(item));
                setOnMouseClicked(e -> {
                    Claim row = getTableRow() == null ? null : getTableRow().getItem();
                    if (e.getClickCount() == 2 && row != null) {
                        model.openClaim(row.id());
                    }
                });
            }
        });
        List<TableColumn<Claim, ?>> columns = new ArrayList<>();
        columns.add(statement);
        for (ClaimMatrix.Column column : matrix.columns()) {
            columns.add(sourceColumn(matrix, column));
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(matrix.claims());
    }

    private TableColumn<Claim, List<Evidence>> sourceColumn(ClaimMatrix matrix, ClaimMatrix.Column column) {
        SourceSummary s = column.source();
        TableColumn<Claim, List<Evidence>> c = new TableColumn<>();
        String outlet = s.outlet() == null || s.outlet().isBlank() ? Messages.get("matrix.noOutlet") : s.outlet();
        Label header = new Label(outlet + "\n" + shortTitle(s.title()));
        header.getStyleClass().add("matrix-header");
        header.setTooltip(new Tooltip(outlet + " · " + s.title()
                + (s.publishedAt() == null ? "" : " · " + Formats.publishedDate(s.publishedAt()))));
        c.setGraphic(header);
        c.setId("matrix-source-" + s.id());
        c.setPrefWidth(96);
        c.setSortable(false);
        c.setCellValueFactory(
                cell -> new SimpleObjectProperty<>(matrix.at(cell.getValue().id(), s.id())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(List<Evidence> cell, boolean empty) {
                super.updateItem(cell, empty);
                if (empty || cell == null || cell.isEmpty()) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                HBox marks = new HBox(2);
                marks.setAlignment(javafx.geometry.Pos.CENTER);
                List<String> quotes = new ArrayList<>();
                for (Evidence e : cell) {
                    Label mark = new Label(symbol(e.stance()));
                    mark.getStyleClass()
                            .addAll("matrix-mark", "stance-" + e.stance().name().toLowerCase(Locale.ROOT));
                    marks.getChildren().add(mark);
                    quotes.add(Formats.enumName("stance", e.stance()) + ": “" + e.quote() + "”");
                }
                setText(null);
                setGraphic(marks);
                setTooltip(new Tooltip(String.join("\n", quotes)));
                setOnMouseClicked(e -> {
                    Claim row = getTableRow() == null ? null : getTableRow().getItem();
                    if (e.getClickCount() == 2 && row != null) {
                        model.openCell(row.id(), s.id());
                    }
                });
            }
        });
        return c;
    }

    private static String shortTitle(String title) {
        return title.length() <= 22 ? title : title.substring(0, 21) + "…";
    }
}
