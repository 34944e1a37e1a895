package org.opendossier.ui.importing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.ImportReport;
import org.opendossier.model.ImportStatus;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/** The report of one import: every file with what became of it, filterable to the rejected ones, savable. */
public final class ImportReportView extends BorderPane {
    public ImportReportView(ImportViewModel model, ImportReport report) {
        setId("import-report");
        getStyleClass().add("import-report");
        FilteredList<ImportOutcome> rows = new FilteredList<>(FXCollections.observableArrayList(report.outcomes()));
        TableView<ImportOutcome> table = new TableView<>(rows);
        table.setId("import-report-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .add(column(
                        "import.report.status",
                        95,
                        o -> Messages.get("import.status." + o.status().name())));
        table.getColumns()
                .add(column("import.report.file", 330, o -> o.part() == null ? o.path() : o.path() + " › " + o.part()));
        table.getColumns()
                .add(column(
                        "import.report.result",
                        330,
                        o -> o.status() == ImportStatus.REJECTED
                                ? o.reason().description() + (o.message() == null ? "" : ": " + o.message())
                                : o.title()));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportOutcome item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("rejected-row", "duplicate-row");
                if (!empty && item != null && item.status() == ImportStatus.REJECTED) {
                    getStyleClass().add("rejected-row");
                } else if (!empty && item != null && item.status() == ImportStatus.DUPLICATE) {
                    getStyleClass().add("duplicate-row");
                }
            }
        });

        Label summary = new Label(ImportViewModel.summary(report) + "  ·  "
                + Messages.get("import.report.elapsed", report.elapsed().toMillis() / 1000.0));
        summary.setId("import-report-summary");
        summary.getStyleClass().add("report-summary");
        CheckBox onlyRejected = new CheckBox(Messages.get("import.report.onlyRejected"));
        onlyRejected.setId("import-report-only-rejected");
        onlyRejected
                .selectedProperty()
                .addListener(
                        (obs, was, now) -> rows.setPredicate(now ? o -> o.status() == ImportStatus.REJECTED : null));
        Button save = Icons.button("import-report-save", Material2MZ.SAVE_ALT, "import.report.save");
        save.setOnAction(e -> model.saveReport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, summary, spacer, onlyRejected, save);
        top.getStyleClass().add("pane-header");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(top);
        setCenter(table);
    }

    private static TableColumn<ImportOutcome, String> column(
            String key, double width, java.util.function.Function<ImportOutcome, String> value) {
        TableColumn<ImportOutcome, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** Opens the report in a window of its own, beside the main one. */
    public static Stage show(
            Window owner, ImportViewModel model, ImportReport report, java.util.List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("import.report.title"));
        Scene scene = new Scene(new ImportReportView(model, report), 900, 520);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
