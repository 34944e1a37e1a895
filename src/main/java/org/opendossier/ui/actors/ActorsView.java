package org.opendossier.ui.actors;

import static org.opendossier.ui.Controls.button;
import static org.opendossier.ui.Controls.fieldName;
import static org.opendossier.ui.Controls.heading;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.ReviewState;
import org.opendossier.service.ActorListing;
import org.opendossier.service.MentionInContext;
import org.opendossier.ui.DragData;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/**
 * The actors pane: a filterable table of actors on the left; on the right the selected actor's name, kind,
 * notes and dates, its other names (with their kinds), its relationships, and its mentions with the words
 * around them, each to confirm or reject.
 */
public final class ActorsView extends SplitPane {
    private final ActorsViewModel model;
    private final TableView<ActorListing> table = new TableView<>();
    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind = new ComboBox<>(FXCollections.observableArrayList(ActorKind.values()));
    private final TextArea notes = new TextArea();
    private final TextField activeFrom = new TextField();
    private final TextField activeTo = new TextField();
    private final ListView<Alias> aliases = new ListView<>();
    private final ListView<MentionInContext> mentions = new ListView<>();
    private final ListView<ActorsViewModel.RelationshipRow> relationships = new ListView<>();

    public ActorsView(ActorsViewModel model) {
        this.model = model;
        setId("actors");
        setOrientation(Orientation.HORIZONTAL);
        getItems().addAll(list(), detail());
        setDividerPositions(0.5);
        model.selectedProperty().addListener((obs, was, now) -> showActor(now));
    }

    public TableView<ActorListing> table() {
        return table;
    }

    private Region list() {
        TextField filter = new TextField();
        filter.setId("actors-filter");
        filter.setPromptText(Messages.get("actors.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());

        table.setId("actors-table");
        table.setItems(model.visible());
        table.setRowFactory(DragData.draggableRows(
                l -> DragData.actor(l.actor().id(), l.actor().name())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ActorListing, String> nameColumn =
                column("actors.column.name", l -> l.actor().name());
        nameColumn.setPrefWidth(170);
        TableColumn<ActorListing, String> kindColumn = column(
                "actors.column.kind",
                l -> Formats.enumName("actor.kind", l.actor().kind()));
        kindColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("kind-"));
                setText(empty ? null : item);
                ActorListing row = empty ? null : getTableRow().getItem();
                if (row != null) {
                    getStyleClass().add("kind-" + row.actor().kind().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        TableColumn<ActorListing, String> aliasColumn = column(
                "actors.column.aliases",
                l -> String.join(
                        ", ", l.actor().aliases().stream().map(Alias::name).toList()));
        TableColumn<ActorListing, Number> mentionsColumn = new TableColumn<>(Messages.get("actors.column.mentions"));
        mentionsColumn.setCellValueFactory(c ->
                new javafx.beans.property.SimpleIntegerProperty(c.getValue().mentions()));
        mentionsColumn.setMinWidth(78);
        mentionsColumn.setPrefWidth(78);
        TableColumn<ActorListing, Number> sourcesColumn = new TableColumn<>(Messages.get("actors.column.sources"));
        sourcesColumn.setCellValueFactory(c ->
                new javafx.beans.property.SimpleIntegerProperty(c.getValue().sources()));
        sourcesColumn.setMinWidth(70);
        sourcesColumn.setPrefWidth(70);
        table.getColumns()
                .setAll(java.util.List.of(nameColumn, kindColumn, mentionsColumn, sourcesColumn, aliasColumn));
        Label empty = new Label(Messages.get("actors.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        VBox box = new VBox(6, filter, table);
        box.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<ActorListing, T> column(
            String key, java.util.function.Function<ActorListing, T> value) {
        TableColumn<ActorListing, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(value.apply(cell.getValue())));
        return c;
    }

    private Region detail() {
        name.setId("actor-name");
        name.setPrefColumnCount(22);
        name.setPrefColumnCount(22);
        kind.setId("actor-kind");
        kind.setConverter(Formats.enumConverter("actor.kind"));
        notes.setId("actor-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        activeFrom.setPromptText(Messages.get("actors.date.prompt"));
        activeTo.setPromptText(Messages.get("actors.date.prompt"));
        Button save = new Button(Messages.get("actors.save"));
        save.setId("actor-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setDefaultButton(false);
        save.setOnAction(e ->
                model.save(kind.getValue(), name.getText(), notes.getText(), activeFrom.getText(), activeTo.getText()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, fieldName("actors.name"), name, kind, save);
        form.addRow(1, fieldName("actors.activeFrom"), activeFrom, new HBox(6, fieldName("actors.activeTo"), activeTo));
        form.add(fieldName("actors.notes"), 0, 2);
        form.add(notes, 1, 2, 2, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);

        aliases.setId("actor-aliases");
        aliases.setPrefHeight(120);
        aliases.setCellFactory(v -> new AliasCell());
        Button addAlias = button("actor-add-alias", "actors.addAlias", model::addAlias);
        Button removeAlias = button("actor-remove-alias", "actors.removeAlias", () -> withAlias(model::removeAlias));
        Button splitAlias = button("actor-split-alias", "actors.splitAlias", () -> withAlias(model::splitAlias));
        removeAlias
                .disableProperty()
                .bind(aliases.getSelectionModel().selectedItemProperty().isNull());
        splitAlias
                .disableProperty()
                .bind(aliases.getSelectionModel().selectedItemProperty().isNull());

        relationships.setId("actor-relationships");
        relationships.setItems(model.relationships());
        relationships.setPrefHeight(90);
        relationships.setOnMouseClicked(e -> {
            var row = relationships.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                model.openEvidence(row);
            }
        });
        relationships.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActorsViewModel.RelationshipRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        Button addRelationship = button("actor-add-relationship", "actors.addRelationship", model::addRelationship);
        addRelationship.setTooltip(new javafx.scene.control.Tooltip(Messages.get("actors.addRelationship.tip")));
        Button removeRelationship = button("actor-remove-relationship", "actors.removeRelationship", () -> {
            var row = relationships.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.removeRelationship(row);
            }
        });
        removeRelationship
                .disableProperty()
                .bind(relationships.getSelectionModel().selectedItemProperty().isNull());

        mentions.setId("actor-mentions");
        mentions.setItems(model.mentions());
        mentions.setPrefHeight(260);
        mentions.setCellFactory(v -> new MentionCell());
        mentions.setOnMouseClicked(e -> {
            var m = mentions.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && m != null) {
                model.openSource(m);
            }
        });
        Button confirm = button("actor-confirm-mention", "actors.confirm", () -> review(ReviewState.CONFIRMED));
        Button reject = button("actor-reject-mention", "actors.reject", () -> review(ReviewState.REJECTED));
        confirm.disableProperty()
                .bind(mentions.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty()
                .bind(mentions.getSelectionModel().selectedItemProperty().isNull());
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.mentionStatusProperty());

        Button merge = button("actor-merge", "actors.merge", model::mergeInto);
        Button undo = button("actor-undo-merge", "actors.undoMerge", model::undoMerge);
        undo.visibleProperty().bind(model.lastMergeProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        Button search = button("actor-search", "actors.searchFor", model::searchForSelected);
        Button delete = button("actor-delete", "actors.delete", model::delete);
        delete.getStyleClass().add("danger");

        VBox box = new VBox(
                8,
                form,
                new HBox(6, search, merge, undo, delete),
                heading("actors.aliases"),
                aliases,
                new HBox(6, addAlias, removeAlias, splitAlias),
                heading("actors.relationships"),
                relationships,
                new HBox(6, addRelationship, removeRelationship),
                new HBox(8, heading("actors.mentions"), status),
                mentions,
                new HBox(6, confirm, reject));
        box.setPadding(new Insets(8));
        box.setId("actor-detail");
        box.disableProperty().bind(model.busyProperty());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Label none = new Label(Messages.get("actors.detail.empty"));
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.visibleProperty().bind(model.selectedProperty().isNull());
        scroll.visibleProperty().bind(model.selectedProperty().isNotNull());
        StackPane pane = new StackPane(scroll, none);
        StackPane.setAlignment(none, Pos.CENTER);
        return pane;
    }

    private void showActor(ActorListing listing) {
        if (listing == null) {
            aliases.getItems().clear();
            return;
        }
        Actor a = listing.actor();
        name.setText(a.name());
        kind.setValue(a.kind());
        notes.setText(a.notes());
        activeFrom.setText(a.activeFrom() == null ? "" : a.activeFrom().toString());
        activeTo.setText(a.activeTo() == null ? "" : a.activeTo().toString());
        aliases.getItems().setAll(a.aliases());
    }

    private void withAlias(java.util.function.Consumer<Alias> action) {
        Alias alias = aliases.getSelectionModel().getSelectedItem();
        if (alias != null) {
            action.accept(alias);
        }
    }

    private void review(ReviewState state) {
        MentionInContext m = mentions.getSelectionModel().getSelectedItem();
        if (m != null) {
            model.review(m, state);
        }
    }

    /** An alias with a choice of its kind. */
    private final class AliasCell extends ListCell<Alias> {
        private final Label label = new Label();
        private final ComboBox<AliasKind> aliasKind =
                new ComboBox<>(FXCollections.observableArrayList(AliasKind.values()));
        private final HBox box = new HBox(8, label, aliasKind);

        AliasCell() {
            aliasKind.setConverter(Formats.enumConverter("alias.kind"));
            aliasKind.getStyleClass().add("small");
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            aliasKind.setOnAction(e -> {
                Alias alias = getItem();
                if (alias != null && aliasKind.getValue() != null && aliasKind.getValue() != alias.kind()) {
                    model.changeAliasKind(alias, aliasKind.getValue());
                }
            });
        }

        @Override
        protected void updateItem(Alias alias, boolean empty) {
            super.updateItem(alias, empty);
            if (empty || alias == null) {
                setGraphic(null);
                return;
            }
            label.setText(alias.name());
            aliasKind.setValue(alias.kind());
            setGraphic(box);
        }
    }

    /** A mention: the source's title, then the words around it with the mention in bold, and its state. */
    private static final class MentionCell extends ListCell<MentionInContext> {
        @Override
        protected void updateItem(MentionInContext m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                return;
            }
            Label source = new Label(m.source().title());
            source.getStyleClass().add("muted");
            source.setMinWidth(0);
            Text words = new Text(m.words());
            words.getStyleClass().add("mention-words");
            TextFlow context = new TextFlow(new Text("…" + m.before()), words, new Text(m.after() + "…"));
            context.getStyleClass().add("mention-context");
            if (getListView() != null) {
                // Wrap the context to the list's width instead of widening the cell past it.
                context.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            Label state = new Label(Formats.enumName("review", m.mention().review()));
            state.getStyleClass()
                    .addAll(
                            "mention-state",
                            "review-" + m.mention().review().name().toLowerCase(Locale.ROOT));
            state.setMinWidth(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, new HBox(8, source, state), context);
            if (getListView() != null) {
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            setGraphic(box);
        }
    }
}
