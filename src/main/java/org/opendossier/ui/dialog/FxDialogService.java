package org.opendossier.ui.dialog;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.ui.Messages;

/** Dialogs as JavaFX windows, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private Path lastFolder = Path.of(System.getProperty("user.home"));

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea text = new TextArea(trace.toString());
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(14);
            text.getStyleClass().add("error-details");
            VBox box = new VBox(6, new Label(Messages.get("dialog.error.details")), text);
            alert.getDialogPane().setExpandableContent(box);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message)
                .showAndWait()
                .filter(b -> b == ButtonType.OK)
                .isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message == null || message.isBlank() ? Messages.get("dialog.error.unknown") : message);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    @Override
    public Optional<Path> chooseNewCaseFolder(Path suggested) {
        DirectoryChooser chooser = directoryChooser(Messages.get("dialog.newCase"));
        return remember(chooser.showDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseCaseFolder() {
        return remember(directoryChooser(Messages.get("dialog.openCase")).showDialog(owner.get()));
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.importFiles"));
        chooser.setInitialDirectory(existing(lastFolder));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.getFirst().toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        return remember(directoryChooser(Messages.get("dialog.importFolder")).showDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(existing(lastFolder));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Claim> chooseClaim(String title, List<Claim> claims) {
        return ClaimDialogs.chooseClaim(owner.get(), title, claims);
    }

    @Override
    public Optional<ActorChoice> chooseActor(String title, String words, List<Actor> actors, boolean allowNew) {
        return ActorDialogs.chooseActor(owner.get(), title, words, actors, allowNew);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("text-dialog-field");
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<RelationshipChoice> chooseRelationship(Actor from, List<Actor> others) {
        return ActorDialogs.chooseRelationship(owner.get(), from, others);
    }

    @Override
    public Optional<EvidenceChoice> chooseEvidence(String quote, List<Claim> claims, List<Actor> actors) {
        return ClaimDialogs.chooseEvidence(owner.get(), quote, claims, actors);
    }

    @Override
    public Optional<ClaimRelationChoice> chooseClaimRelation(Claim from, List<Claim> others) {
        return ClaimDialogs.chooseClaimRelation(owner.get(), from, others);
    }

    private DirectoryChooser directoryChooser(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(existing(lastFolder));
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path folder = chosen.toPath();
        lastFolder = folder.getParent() == null ? folder : folder.getParent();
        return Optional.of(folder);
    }

    private static File existing(Path folder) {
        return folder != null && Files.isDirectory(folder) ? folder.toFile() : null;
    }
}
