package org.opendossier.ui.importing;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/**
 * The import strip along the bottom of the window: while an import runs, the file being read, a progress
 * bar, running counts and a cancel button; afterwards the totals and a link to the full report.
 */
public final class ImportProgressView extends HBox {
    public ImportProgressView(ImportViewModel model, Runnable showReport) {
        setId("import-progress");
        getStyleClass().add("import-progress");
        setSpacing(10);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("import-bar");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());

        Label current = new Label();
        current.setId("import-current");
        current.getStyleClass().add("import-current");
        current.textProperty().bind(model.currentProperty());
        current.setMinWidth(0);
        Label counts = new Label();
        counts.setId("import-counts");
        counts.getStyleClass().add("import-counts");
        counts.textProperty().bind(model.countsProperty());
        VBox text = new VBox(1, current, counts);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button cancel = Icons.button("import-cancel", Material2AL.CANCEL, "import.cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        Hyperlink report = new Hyperlink(Messages.get("import.report.show"));
        report.setId("import-show-report");
        report.setOnAction(e -> showReport.run());
        report.visibleProperty()
                .bind(model.reportProperty()
                        .isNotNull()
                        .and(model.runningProperty().not()));
        report.managedProperty().bind(report.visibleProperty());

        getChildren().addAll(bar, text, report, cancel);
        visibleProperty().bind(model.runningProperty().or(model.reportProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
    }
}
