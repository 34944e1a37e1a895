package org.opendossier.ui.dossier;

import static org.opendossier.ui.Controls.button;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.model.Dossier;
import org.opendossier.ui.DragData;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;
import org.opendossier.ui.Shortcut;

/**
 * The dossier composer pane: on the left the dossier chooser, the outline as a tree (drag rows to reorder, drop
 * onto a heading to put a block in its section; Alt+Up/Down, Alt+Left/Right and Delete on the keyboard) and
 * under it the case's claims and actors to drag in; in the middle the editor of the selected row; on the right
 * the live preview of the PDF with the export menu.
 */
public final class DossierComposerView extends StackPane {
    private final DossierComposerViewModel model;
    private final TreeView<OutlineRow> tree = new TreeView<>();
    private final SplitPane columns = new SplitPane();
    private final Map<Integer, TreeItem<OutlineRow>> items = new HashMap<>();
    /** Headings closed by the person, by level and text: kept closed when the outline is built again. */
    private final Set<String> closed = new HashSet<>();
    /** Keys of the headings as the tree was last built, to tell which ones the person closed. */
    private final Map<TreeItem<OutlineRow>, String> keys = new HashMap<>();

    private boolean syncing;
    private boolean choosing;

    public DossierComposerView(DossierComposerViewModel model) {
        this.model = model;
        setId("dossier-composer");
        getStyleClass().add("dossier-composer");

        columns.setId("dossier-columns");
        columns.getItems().addAll(left(), new BlockEditorView(model), new DossierPreviewView(model));
        columns.setDividerPositions(0.3, 0.6);
        columns.visibleProperty().bind(model.dossierProperty().isNotNull());

        Label none = new Label(Messages.get("dossier.none"));
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.setMaxWidth(520);
        Button create = button("dossier-new-empty", "dossier.new", model::newDossier);
        create.getStyleClass().add("accent");
        VBox empty = new VBox(12, none, create);
        empty.setAlignment(Pos.CENTER);
        empty.setId("dossier-empty");
        empty.visibleProperty().bind(model.dossierProperty().isNull());

        getChildren().addAll(columns, empty);
        model.rows().addListener((ListChangeListener<OutlineRow>) c -> rebuild());
        model.selectedProperty().addListener((obs, was, now) -> selectRow(now.intValue()));
        rebuild();
    }

    /** The split of the three columns, whose dividers the workbench remembers. */
    public SplitPane columns() {
        return columns;
    }

    private Region left() {
        ComboBox<Dossier> chooser = new ComboBox<>(model.dossiers());
        chooser.setId("dossier-chooser");
        chooser.setPromptText(Messages.get("dossier.choose.prompt"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setButtonCell(dossierCell());
        chooser.setCellFactory(v -> dossierCell());
        chooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Dossier d) {
                return d == null ? "" : d.title();
            }

            @Override
            public Dossier fromString(String text) {
                throw new UnsupportedOperationException("dossiers are picked, not typed");
            }
        });
        chooser.setMinWidth(120);
        chooser.setValue(model.dossierProperty().get());
        model.dossierProperty().addListener((obs, was, now) -> {
            choosing = true;
            chooser.setValue(now);
            choosing = false;
        });
        chooser.valueProperty().addListener((obs, was, now) -> {
            if (!choosing && now != null) {
                model.choose(now);
            }
        });
        HBox.setHgrow(chooser, Priority.ALWAYS);
        Button create = Icons.iconButton("dossier-new", Material2AL.ADD, "dossier.new");
        create.setOnAction(e -> model.newDossier());
        Button delete = Icons.iconButton("dossier-delete", Material2AL.DELETE, "dossier.delete");
        delete.setOnAction(e -> model.deleteDossier());
        delete.disableProperty().bind(model.dossierProperty().isNull());
        HBox bar = new HBox(4, chooser, create, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-header");

        tree.setId("dossier-outline");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new OutlineCell(model));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                model.select(now.getValue().index());
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        tree.setContextMenu(contextMenu());
        // Drops below the last row go at the end of the outline.
        tree.setOnDragOver(e -> {
            if (model.dossierProperty().get() != null && external(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        tree.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean done = model.dossierProperty().get() != null && external(board);
            if (done) {
                DragData.claim(board).ifPresent(id -> model.dropClaim(id, OutlineRows.COVER, DropPlace.INTO, true));
                DragData.actor(board).ifPresent(id -> model.dropActor(id, OutlineRows.COVER, DropPlace.INTO, true));
                DragData.passage(board).ifPresent(p -> model.dropPassage(p, OutlineRows.COVER, DropPlace.INTO, true));
            }
            e.setDropCompleted(done);
            e.consume();
        });
        Label hint = new Label(Messages.get("dossier.outline.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox outline = new VBox(6, tree, addBar(), hint);
        outline.setPadding(new Insets(6));
        VBox.setVgrow(tree, Priority.ALWAYS);

        SplitPane stack = new SplitPane(outline, palette());
        stack.setOrientation(Orientation.VERTICAL);
        stack.setDividerPositions(0.62);
        VBox box = new VBox(bar, stack);
        VBox.setVgrow(stack, Priority.ALWAYS);
        box.setMinWidth(160);
        return box;
    }

    private static boolean external(Dragboard board) {
        return DragData.claim(board).isPresent()
                || DragData.actor(board).isPresent()
                || DragData.passage(board).isPresent();
    }

    private static ListCell<Dossier> dossierCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Dossier d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? Messages.get("dossier.choose.prompt") : d.title());
            }
        };
    }

    private Region addBar() {
        Label add = new Label(Messages.get("dossier.add"));
        add.getStyleClass().add("field-name");
        FlowPane bar = new FlowPane(
                4,
                4,
                add,
                addButton("dossier-add-heading", Material2MZ.TITLE, "dossier.add.heading", model::addHeading),
                addButton("dossier-add-note", Material2MZ.NOTES, "dossier.add.note", model::addNote),
                addButton("dossier-add-timeline", Material2MZ.TIMELINE, "dossier.add.timeline", model::addTimeline),
                addButton("dossier-add-network", Material2AL.DEVICE_HUB, "dossier.add.network", model::addNetwork));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button addButton(String id, org.kordamp.ikonli.Ikon ikon, String key, Runnable action) {
        Button b = Icons.button(id, ikon, key);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private ContextMenu contextMenu() {
        MenuItem up = menuItem("dossier-menu-up", Shortcut.BLOCK_UP, model::moveUp);
        MenuItem down = menuItem("dossier-menu-down", Shortcut.BLOCK_DOWN, model::moveDown);
        MenuItem promote = menuItem("dossier-menu-promote", Shortcut.HEADING_PROMOTE, model::promote);
        MenuItem demote = menuItem("dossier-menu-demote", Shortcut.HEADING_DEMOTE, model::demote);
        MenuItem change = new MenuItem(Messages.get("dossier.change"));
        change.setId("dossier-menu-change");
        change.setOnAction(e -> model.changeSubject());
        MenuItem remove = menuItem("dossier-menu-remove", Shortcut.BLOCK_REMOVE, model::remove);
        var block = Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == OutlineRows.COVER, model.selectedProperty());
        var notHeading = Bindings.createBooleanBinding(
                () -> model.editingProperty().get() != BlockKind.HEADING, model.editingProperty());
        var fixed = Bindings.createBooleanBinding(
                () -> model.editingProperty().get() != BlockKind.CLAIM
                        && model.editingProperty().get() != BlockKind.ACTOR,
                model.editingProperty());
        up.disableProperty().bind(block);
        down.disableProperty().bind(block);
        remove.disableProperty().bind(block);
        promote.disableProperty().bind(notHeading);
        demote.disableProperty().bind(notHeading);
        change.disableProperty().bind(fixed);
        MenuItem heading = plain("dossier.add.heading", model::addHeading);
        MenuItem note = plain("dossier.add.note", model::addNote);
        MenuItem timeline = plain("dossier.add.timeline", model::addTimeline);
        MenuItem network = plain("dossier.add.network", model::addNetwork);
        return new ContextMenu(
                up, down, promote, demote, change, remove, new SeparatorMenuItem(), heading, note, timeline, network);
    }

    private static MenuItem menuItem(String id, Shortcut shortcut, Runnable action) {
        MenuItem item = plain(shortcut.actionKey(), action);
        item.setId(id);
        item.setAccelerator(shortcut.keys());
        return item;
    }

    private static MenuItem plain(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The outline's keys (see {@link Shortcut}); the tree's own arrows still move the selection. */
    private void key(KeyEvent e) {
        Runnable action = null;
        if (Shortcut.BLOCK_UP.keys().match(e)) {
            action = model::moveUp;
        } else if (Shortcut.BLOCK_DOWN.keys().match(e)) {
            action = model::moveDown;
        } else if (Shortcut.HEADING_PROMOTE.keys().match(e)) {
            action = model::promote;
        } else if (Shortcut.HEADING_DEMOTE.keys().match(e)) {
            action = model::demote;
        } else if (Shortcut.BLOCK_REMOVE.keys().match(e)) {
            action = model::remove;
        }
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private Region palette() {
        TextField filter = new TextField();
        filter.setId("dossier-palette-filter");
        filter.setPromptText(Messages.get("dossier.palette.filter"));
        filter.textProperty().bindBidirectional(model.paletteFilterProperty());
        ListView<PaletteItem> list = new ListView<>(model.palette());
        list.setId("dossier-palette");
        list.setCellFactory(v -> new PaletteCell());
        list.setOnMouseClicked(e -> {
            PaletteItem item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                model.add(item);
            }
        });
        Label heading = new Label(Messages.get("dossier.palette"));
        heading.getStyleClass().add("section-heading");
        Label hint = new Label(Messages.get("dossier.palette.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, heading, filter, list, hint);
        box.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** A claim or an actor of the palette, dragged out by its row. */
    private static final class PaletteCell extends ListCell<PaletteItem> {
        PaletteCell() {
            // as wide as the list, never wider: long statements end in "…" instead of a scroll bar
            setPrefWidth(0);
            setOnDragDetected(e -> {
                PaletteItem item = getItem();
                if (item == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                board.setContent(
                        item.kind() == BlockKind.CLAIM
                                ? DragData.claim(item.id(), item.text())
                                : DragData.actor(item.id(), item.text()));
                e.consume();
            });
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
            setGraphic(empty || item == null ? null : Icons.icon(OutlineCell.icon(item.kind())));
            setId(
                    empty || item == null
                            ? null
                            : "palette-" + item.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + item.id());
        }
    }

    /** Builds the tree again from the rows, headings the person closed kept closed, and the selection kept. */
    private void rebuild() {
        syncing = true;
        try {
            rememberClosed();
            items.clear();
            keys.clear();
            TreeItem<OutlineRow> root = null;
            Deque<TreeItem<OutlineRow>> open = new ArrayDeque<>();
            for (OutlineRow row : model.rows()) {
                TreeItem<OutlineRow> item = new TreeItem<>(row);
                String key = key(row);
                item.setExpanded(!closed.contains(key));
                items.put(row.index(), item);
                keys.put(item, key);
                if (root == null) {
                    root = item;
                    open.push(item);
                    continue;
                }
                while (open.size() > row.depth()) {
                    open.pop();
                }
                open.peek().getChildren().add(item);
                open.push(item);
            }
            if (root != null) {
                root.setExpanded(true);
            }
            tree.setRoot(root);
            selectRow(model.selectedProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void rememberClosed() {
        keys.forEach((item, key) -> {
            if (item.getValue().kind() == BlockKind.HEADING) {
                if (item.isExpanded()) {
                    closed.remove(key);
                } else {
                    closed.add(key);
                }
            }
        });
    }

    private String key(OutlineRow row) {
        return row.kind() == BlockKind.HEADING ? model.headingLevel(row.index()).orElse(0) + ":" + row.text() : "";
    }

    private void selectRow(int index) {
        TreeItem<OutlineRow> item = items.get(index);
        if (item == null || tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        boolean was = syncing;
        syncing = true;
        try {
            for (TreeItem<OutlineRow> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            int at = tree.getRow(item);
            if (at >= 0) {
                tree.scrollTo(Math.max(0, at - 3));
            }
        } finally {
            syncing = was;
        }
    }
}
