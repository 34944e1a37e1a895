package org.opendossier.ui.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.PartialDate;
import org.opendossier.model.RelationshipType;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/** The dialogs that pick actors and relationships: type any name or alias, see the matches, choose. */
final class ActorDialogs {
    private ActorDialogs() {}

    static Optional<ActorChoice> chooseActor(
            Window owner, String title, String words, List<Actor> actors, boolean allowNew) {
        Dialog<ActorChoice> dialog = dialog(owner, title);
        TextField query = new TextField(words == null ? "" : words);
        query.setId("actor-dialog-query");
        query.setPromptText(Messages.get("actorDialog.query"));
        FilteredList<Actor> shown = new FilteredList<>(FXCollections.observableArrayList(actors));
        ListView<Actor> list = new ListView<>(shown);
        list.setId("actor-dialog-list");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Actor actor, boolean empty) {
                super.updateItem(actor, empty);
                setText(empty || actor == null ? null : describe(actor));
            }
        });
        ToggleGroup mode = new ToggleGroup();
        RadioButton existing = new RadioButton(Messages.get("actorDialog.existing"));
        existing.setId("actor-dialog-existing");
        existing.setToggleGroup(mode);
        RadioButton create = new RadioButton();
        create.setId("actor-dialog-new");
        create.setToggleGroup(mode);
        create.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> Messages.get("actorDialog.new", query.getText().strip()), query.textProperty()));
        ComboBox<ActorKind> kind = new ComboBox<>(FXCollections.observableArrayList(ActorKind.values()));
        kind.setId("actor-dialog-kind");
        kind.setConverter(Formats.enumConverter("actor.kind"));
        kind.setValue(ActorKind.PERSON);
        kind.disableProperty().bind(create.selectedProperty().not());

        Runnable filter = () -> {
            String q = fold(query.getText());
            shown.setPredicate(a -> q.isEmpty() || a.names().stream().anyMatch(n -> fold(n).contains(q)));
            boolean exact = shown.stream().anyMatch(a -> a.names().stream().anyMatch(n -> fold(n).equals(q)));
            if (!shown.isEmpty() && (exact || !allowNew)) {
                list.getSelectionModel().selectFirst();
                existing.setSelected(true);
            } else if (allowNew) {
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

        VBox content = new VBox(8, query, existing, list);
        if (allowNew) {
            content.getChildren().add(new HBox(8, create, kind));
        }
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
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
            if (existing.isSelected()) {
                return ActorChoice.existing(
                        list.getSelectionModel().getSelectedItem().id());
            }
            return ActorChoice.create(query.getText().strip(), kind.getValue());
        });
        Platform.runLater(query::requestFocus);
        return dialog.showAndWait();
    }

    static Optional<RelationshipChoice> chooseRelationship(Window owner, Actor from, List<Actor> others) {
        Dialog<RelationshipChoice> dialog = dialog(owner, Messages.get("relationshipDialog.title", from.name()));
        ComboBox<RelationshipType> type = new ComboBox<>(FXCollections.observableArrayList(RelationshipType.values()));
        type.setId("relationship-dialog-type");
        type.setConverter(Formats.enumConverter("relationship.type"));
        type.setValue(RelationshipType.MEMBER_OF);
        ComboBox<Actor> to = new ComboBox<>(FXCollections.observableArrayList(others));
        to.setId("relationship-dialog-to");
        to.setConverter(shown(Actor::name));
        TextField validFrom = new TextField();
        validFrom.setPromptText("2022-03");
        TextField validTo = new TextField();
        validTo.setPromptText("2024");
        TextField note = new TextField();
        Label error = new Label();
        error.getStyleClass().add("error-text");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(from.name()), type, to);
        grid.addRow(1, new Label(Messages.get("relationshipDialog.from")), validFrom);
        grid.addRow(2, new Label(Messages.get("relationshipDialog.to")), validTo);
        grid.addRow(3, new Label(Messages.get("relationshipDialog.note")), note);
        dialog.getDialogPane().setContent(new VBox(8, grid, error));
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(to.valueProperty().isNull());
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                PartialDate.parseOrNull(validFrom.getText());
                PartialDate.parseOrNull(validTo.getText());
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button != ButtonType.OK
                ? null
                : new RelationshipChoice(
                        type.getValue(),
                        to.getValue().id(),
                        PartialDate.parseOrNull(validFrom.getText()),
                        PartialDate.parseOrNull(validTo.getText()),
                        note.getText().strip()));
        return dialog.showAndWait();
    }

    static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(
                        ButtonType.OK,
                        new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    /** Shows choices by {@code name} in a combo box, which is never typed into. */
    static <T> StringConverter<T> shown(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    static String describe(Actor actor) {
        String kind = Messages.get("actor.kind." + actor.kind().name().toLowerCase(Locale.ROOT));
        if (actor.aliases().isEmpty()) {
            return actor.name() + "  ·  " + kind;
        }
        return actor.name() + "  ·  " + kind + "  ·  "
                + String.join(", ", actor.aliases().stream().map(a -> a.name()).toList());
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
