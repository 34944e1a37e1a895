package org.opendossier.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.opendossier.model.AppVersion;

/** Help → Shortcuts and Help → About. */
final class HelpSheets {
    private static final String THIRD_PARTY = "third-party.txt";

    private HelpSheets() {}

    static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-sheet");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label keys = new Label(s.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(Messages.get(s.actionKey())));
        }
        Alert sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        sheet.initOwner(owner);
        sheet.setTitle(Messages.get("action.shortcuts"));
        sheet.setHeaderText(Messages.get("action.shortcuts"));
        sheet.getDialogPane().setContent(grid);
        sheet.show();
    }

    static void showAbout(Window owner) {
        Label name = new Label(Messages.get("app.name") + " " + AppVersion.describe());
        name.getStyleClass().add("about-name");
        Label what = new Label(Messages.get("about.text"));
        what.setWrapText(true);
        TextArea licences = new TextArea(thirdParty());
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(12);
        VBox box = new VBox(10, name, what, new Label(Messages.get("about.licences")), licences);
        box.setPrefWidth(560);
        Alert about = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle(Messages.get("action.about"));
        about.setHeaderText(null);
        about.getDialogPane().setContent(box);
        about.show();
    }

    private static String thirdParty() {
        try (InputStream in = HelpSheets.class.getResourceAsStream(THIRD_PARTY)) {
            if (in == null) {
                throw new IOException("missing " + THIRD_PARTY);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
