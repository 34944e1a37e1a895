package org.opendossier.ui.dossier;

import static org.opendossier.ui.Controls.button;
import static org.opendossier.ui.Controls.fieldName;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.model.Actor;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/**
 * The composer's middle column: the form of the selected row, one per kind — the cover's fields, a heading's
 * level and text, a note, what a claim card or actor profile shows with a way to change it, an excerpt's source
 * and words, a figure's narrowing. Fields save themselves (see the view model); leaving one saves at once.
 */
final class BlockEditorView extends VBox {
    private final DossierComposerViewModel model;
    private final Map<BlockKind, Region> forms = new EnumMap<>(BlockKind.class);
    /** Kept: bidirectional bindings hold their ends weakly. */
    private final ObjectProperty<Integer> level;

    private final ObjectProperty<Integer> minWeight;

    BlockEditorView(DossierComposerViewModel model) {
        this.model = model;
        this.level = model.headingLevelProperty().asObject();
        this.minWeight = model.minWeightProperty().asObject();
        setId("dossier-editor");
        getStyleClass().add("dossier-editor");

        Label kind = new Label();
        kind.setId("dossier-editor-kind");
        kind.getStyleClass().add("pane-heading");
        kind.graphicProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> model.editingProperty().get() == null
                                ? null
                                : Icons.icon(
                                        OutlineCell.icon(model.editingProperty().get())),
                        model.editingProperty()));
        kind.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.editingProperty().get() == null
                                ? ""
                                : model.editingProperty().get().label(),
                        model.editingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("dossier-save-status");
        saved.getStyleClass().add("status-text");
        saved.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.savingProperty().get()
                                ? Messages.get("dossier.saving")
                                : model.statusProperty().get().isEmpty()
                                        ? Messages.get("dossier.editor.hint")
                                        : model.statusProperty().get(),
                        model.savingProperty(),
                        model.statusProperty()));
        HBox footer = new HBox(saved);
        footer.getStyleClass().add("pane-footer");
        Button undo = Icons.iconButton("dossier-undo", Material2MZ.UNDO, "action.undo");
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.undoLabelProperty().isEmpty());
        tip(undo, "dossier.undo", model.undoLabelProperty());
        Button redo = Icons.iconButton("dossier-redo", Material2MZ.REDO, "action.redo");
        redo.setOnAction(e -> model.redo());
        redo.disableProperty().bind(model.redoLabelProperty().isEmpty());
        tip(redo, "dossier.redo", model.redoLabelProperty());
        HBox header = new HBox(4, kind, spacer, undo, redo);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        forms.put(BlockKind.COVER, cover());
        forms.put(BlockKind.HEADING, heading());
        forms.put(BlockKind.NOTE, note());
        forms.put(BlockKind.CLAIM, subject("dossier.field.claim", "dossier-change-claim"));
        forms.put(BlockKind.ACTOR, subject("dossier.field.actor", "dossier-change-actor"));
        forms.put(BlockKind.EXCERPT, excerpt());
        forms.put(BlockKind.TIMELINE, figure(true));
        forms.put(BlockKind.NETWORK, figure(false));
        StackPane stack = new StackPane();
        forms.values().forEach(f -> {
            f.setVisible(false);
            stack.getChildren().add(f);
        });
        StackPane.setAlignment(stack, Pos.TOP_LEFT);

        Label problem = new Label();
        problem.setId("dossier-field-problem");
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox body = new VBox(10, stack, problem);
        body.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll, footer);
        model.editingProperty().addListener((obs, was, now) -> showForm(now));
        showForm(model.editingProperty().get());
    }

    /** "Undo move block": the tooltip names the edit. */
    private static void tip(Button b, String key, javafx.beans.value.ObservableStringValue label) {
        b.tooltipProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> new Tooltip(
                                label.get().isEmpty() ? b.getAccessibleText() : Messages.get(key, label.get())),
                        label));
    }

    private void showForm(BlockKind kind) {
        forms.forEach((k, form) -> {
            form.setVisible(k == kind);
            form.setManaged(k == kind);
        });
    }

    private Region cover() {
        TextField title = typed(new TextField(), "dossier-title", model.titleProperty());
        TextField subtitle = typed(new TextField(), "dossier-subtitle", model.subtitleProperty());
        TextField author = typed(new TextField(), "dossier-author", model.authorProperty());
        DatePicker date = new DatePicker();
        date.setId("dossier-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextArea summary = typed(new TextArea(), "dossier-summary", model.summaryProperty());
        summary.setWrapText(true);
        summary.setPrefRowCount(8);
        GridPane grid = grid();
        grid.addRow(0, fieldName("dossier.field.title"), title);
        grid.addRow(1, fieldName("dossier.field.subtitle"), subtitle);
        grid.addRow(2, fieldName("dossier.field.author"), author);
        grid.addRow(3, fieldName("dossier.field.date"), date);
        grid.add(fieldName("dossier.field.summary"), 0, 4);
        grid.add(summary, 0, 5, 2, 1);
        return grid;
    }

    private Region heading() {
        ComboBox<Integer> levels = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3));
        levels.setId("dossier-heading-level");
        levels.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : Messages.get("dossier.level", value);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("levels are picked, not typed");
            }
        });
        levels.valueProperty().bindBidirectional(level);
        TextField text = typed(new TextField(), "dossier-heading-text", model.headingTextProperty());
        GridPane grid = grid();
        grid.addRow(0, fieldName("dossier.field.level"), levels);
        grid.addRow(1, fieldName("dossier.field.text"), text);
        return grid;
    }

    private Region note() {
        TextArea note = typed(new TextArea(), "dossier-note", model.noteProperty());
        note.setWrapText(true);
        note.setPrefRowCount(16);
        VBox box = new VBox(6, fieldName("dossier.field.note"), note);
        VBox.setVgrow(note, Priority.ALWAYS);
        return box;
    }

    private Region subject(String key, String changeId) {
        Label shown = new Label();
        shown.getStyleClass().add("dossier-subject");
        shown.setWrapText(true);
        shown.textProperty().bind(model.subjectProperty());
        return new VBox(8, fieldName(key), shown, button(changeId, "dossier.change", model::changeSubject));
    }

    private Region excerpt() {
        Label source = new Label();
        source.getStyleClass().add("dossier-subject");
        source.setWrapText(true);
        source.textProperty().bind(model.subjectProperty());
        Label quote = new Label();
        quote.setId("dossier-excerpt-quote");
        quote.getStyleClass().add("dossier-quote");
        quote.setWrapText(true);
        quote.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> "“" + model.quoteProperty().get() + "”", model.quoteProperty()));
        Label hint = new Label(Messages.get("dossier.excerpt.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return new VBox(8, fieldName("dossier.field.source"), source, fieldName("dossier.field.quote"), quote, hint);
    }

    private Region figure(boolean timeline) {
        String prefix = timeline ? "dossier-timeline-" : "dossier-network-";
        SearchableComboBox<Actor> actor = new SearchableComboBox<>(model.actors());
        actor.setId(prefix + "actor");
        actor.setPromptText(Messages.get("dossier.field.allActors"));
        actor.setMaxWidth(Double.MAX_VALUE);
        actor.setButtonCell(actorCell());
        actor.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Actor a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Actor fromString(String text) {
                return null;
            }
        });
        actor.valueProperty().bindBidirectional(model.figureActorProperty());
        javafx.scene.control.Button everyone =
                button(prefix + "everyone", "dossier.field.allActors", () -> model.figureActorProperty()
                        .set(null));
        HBox actorRow = new HBox(6, actor, everyone);
        HBox.setHgrow(actor, Priority.ALWAYS);
        GridPane grid = grid();
        grid.addRow(0, fieldName("dossier.field.figureActor"), actorRow);
        if (timeline) {
            ComboBox<String> tag = new ComboBox<>(model.tags());
            tag.setId(prefix + "tag");
            tag.setEditable(true);
            tag.setMaxWidth(Double.MAX_VALUE);
            tag.getEditor().textProperty().bindBidirectional(model.tagProperty());
            flushOnLeaving(tag.getEditor());
            grid.addRow(1, fieldName("dossier.field.tag"), tag);
        } else {
            Spinner<Integer> weight = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99, 1));
            weight.setId(prefix + "weight");
            weight.setEditable(true);
            weight.setPrefWidth(90);
            weight.getValueFactory().valueProperty().bindBidirectional(minWeight);
            grid.addRow(
                    1,
                    fieldName("dossier.field.minWeight"),
                    new HBox(6, weight, new Label(Messages.get("dossier.field.sources"))));
        }
        Label hint = new Label(Messages.get("dossier.figure.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        grid.add(hint, 0, 2, 2, 1);
        return grid;
    }

    private static ListCell<Actor> actorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Actor a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? Messages.get("dossier.field.allActors") : a.name());
            }
        };
    }

    private <T extends TextInputControl> T typed(T field, String id, javafx.beans.property.StringProperty value) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        flushOnLeaving(field);
        return field;
    }

    /** Leaving a field saves what was typed in it without waiting for the pause. */
    private void flushOnLeaving(Node field) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.flush();
            }
        });
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(List.of(names, fields));
        return grid;
    }
}
