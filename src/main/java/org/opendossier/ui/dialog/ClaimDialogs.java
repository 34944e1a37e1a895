package org.opendossier.ui.dialog;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRelationType;
import org.opendossier.model.Stance;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/** The dialogs that quote a passage for a claim, pick a claim and relate claims: type any words of a claim, choose. */
final class ClaimDialogs {
    private ClaimDialogs() {}

    static Optional<EvidenceChoice> chooseEvidence(Window owner, String quote, List<Claim> claims, List<Actor> actors) {
        Dialog<EvidenceChoice> dialog = ActorDialogs.dialog(owner, Messages.get("evidenceDialog.title"));
        Label quoted = new Label("“" + quote + "”");
        quoted.setId("evidence-dialog-quote");
        quoted.setWrapText(true);
        quoted.getStyleClass().add("quote-preview");
        quoted.setMaxHeight(90);

        TextField query = new TextField();
        query.setId("evidence-dialog-query");
        query.setPromptText(Messages.get("evidenceDialog.query"));
        FilteredList<Claim> shown = new FilteredList<>(FXCollections.observableArrayList(claims));
        ListView<Claim> list = new ListView<>(shown);
        list.setId("evidence-dialog-claims");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Claim claim, boolean empty) {
                super.updateItem(claim, empty);
                setText(empty || claim == null ? null : claim.statement());
            }
        });
        ToggleGroup mode = new ToggleGroup();
        RadioButton existing = new RadioButton(Messages.get("evidenceDialog.existing"));
        existing.setId("evidence-dialog-existing");
        existing.setToggleGroup(mode);
        RadioButton create = new RadioButton();
        create.setId("evidence-dialog-new");
        create.setToggleGroup(mode);
        create.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get("evidenceDialog.new", query.getText().strip()), query.textProperty()));
        Runnable filter = () -> {
            String q = ActorDialogs.fold(query.getText());
            shown.setPredicate(
                    c -> q.isEmpty() || ActorDialogs.fold(c.statement()).contains(q));
            if (!shown.isEmpty() && !q.isEmpty() && list.getSelectionModel().getSelectedItem() == null) {
                list.getSelectionModel().selectFirst();
            }
            if (shown.isEmpty() || list.getSelectionModel().getSelectedItem() == null) {
                create.setSelected(true);
            }
        };
        query.textProperty().addListener((obs, was, now) -> filter.run());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                existing.setSelected(true);
            }
        });
        filter.run();

        ComboBox<Stance> stance = new ComboBox<>(FXCollections.observableArrayList(Stance.values()));
        stance.setId("evidence-dialog-stance");
        stance.setConverter(Formats.enumConverter("stance"));
        stance.setValue(Stance.SUPPORTS);
        SearchableComboBox<Actor> speaker = speakerBox(actors);
        TextField note = new TextField();
        note.setId("evidence-dialog-note");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("evidenceDialog.stance")), stance);
        grid.addRow(1, new Label(Messages.get("evidenceDialog.speaker")), speaker);
        grid.addRow(2, new Label(Messages.get("evidenceDialog.note")), note);

        VBox content = new VBox(8, quoted, query, existing, list, create, grid);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> existing.isSelected()
                                ? list.getSelectionModel().getSelectedItem() == null
                                : query.getText().isBlank(),
                        existing.selectedProperty(),
                        list.getSelectionModel().selectedItemProperty(),
                        query.textProperty()));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Long speakerId =
                    speaker.getValue() == null ? null : speaker.getValue().id();
            Long claimId = existing.isSelected()
                    ? list.getSelectionModel().getSelectedItem().id()
                    : null;
            return new EvidenceChoice(
                    claimId,
                    query.getText().strip(),
                    stance.getValue(),
                    speakerId,
                    note.getText().strip());
        });
        Platform.runLater(query::requestFocus);
        return dialog.showAndWait();
    }

    static Optional<Claim> chooseClaim(Window owner, String title, List<Claim> claims) {
        Dialog<Claim> dialog = ActorDialogs.dialog(owner, title);
        SearchableComboBox<Claim> claim = new SearchableComboBox<>(FXCollections.observableArrayList(claims));
        claim.setId("claim-dialog-claim");
        claim.setMaxWidth(Double.MAX_VALUE);
        claim.setConverter(ActorDialogs.shown(Claim::statement));
        VBox content = new VBox(8, new Label(Messages.get("claimDialog.prompt")), claim);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(claim.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK ? claim.getValue() : null);
        Platform.runLater(claim::requestFocus);
        return dialog.showAndWait();
    }

    static Optional<ClaimRelationChoice> chooseClaimRelation(Window owner, Claim from, List<Claim> others) {
        Dialog<ClaimRelationChoice> dialog = ActorDialogs.dialog(owner, Messages.get("claimRelationDialog.title"));
        Label subject = new Label(from.statement());
        subject.setWrapText(true);
        ComboBox<ClaimRelationType> type =
                new ComboBox<>(FXCollections.observableArrayList(ClaimRelationType.values()));
        type.setId("claim-relation-dialog-type");
        type.setConverter(Formats.enumConverter("claimRelation"));
        type.setValue(ClaimRelationType.DENIES);
        SearchableComboBox<Claim> to = new SearchableComboBox<>(FXCollections.observableArrayList(others));
        to.setId("claim-relation-dialog-to");
        to.setMaxWidth(Double.MAX_VALUE);
        to.setConverter(ActorDialogs.shown(Claim::statement));
        VBox content = new VBox(8, subject, type, to);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(to.valueProperty().isNull());
        dialog.setResultConverter(button -> button != ButtonType.OK
                ? null
                : new ClaimRelationChoice(type.getValue(), to.getValue().id()));
        return dialog.showAndWait();
    }

    private static SearchableComboBox<Actor> speakerBox(List<Actor> actors) {
        SearchableComboBox<Actor> speaker = new SearchableComboBox<>(FXCollections.observableArrayList(actors));
        speaker.setId("evidence-dialog-speaker");
        speaker.setPromptText(Messages.get("evidenceDialog.noSpeaker"));
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setConverter(ActorDialogs.shown(Actor::name));
        return speaker;
    }
}
