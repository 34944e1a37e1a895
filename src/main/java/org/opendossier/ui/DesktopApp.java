package org.opendossier.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop window. Until the workbench lands (issue "The desktop workbench") it shows what the app is
 * and points to the command line, which already drives every feature.
 */
public final class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        Label title = new Label("OpenDossier");
        title.setId("welcome-title");
        title.getStyleClass().add("welcome-title");
        Label body = new Label("The desktop workbench is on its way.\n"
                + "Meanwhile every feature works from the command line:\n"
                + "  java -jar opendossier.jar --help");
        VBox root = new VBox(16, title, body);
        root.setPadding(new Insets(32));
        stage.setTitle("OpenDossier");
        Scene scene = new Scene(root, 640, 360);
        scene.getStylesheets()
                .add(DesktopApp.class.getResource("opendossier.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
