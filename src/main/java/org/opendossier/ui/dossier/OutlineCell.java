package org.opendossier.ui.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.model.Dossier;
import org.opendossier.model.Passage;
import org.opendossier.ui.DragData;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/**
 * A row of the dossier outline: the kind's icon and what the block shows, flagged when its subject is gone. It
 * can be dragged to another place, and takes drops of blocks, claims, actors and reader passages: above or
 * below it, or onto it when it is a heading (the middle half of the row), into that heading's section.
 */
final class OutlineCell extends TreeCell<OutlineRow> {
    private static final List<String> DROP_STYLES = List.of("drop-before", "drop-after", "drop-into");

    private final DossierComposerViewModel model;

    OutlineCell(DossierComposerViewModel model) {
        this.model = model;
        getStyleClass().add("outline-cell");
        // as wide as the tree, never wider: long rows end in "…" instead of a scroll bar
        setPrefWidth(0);
        setOnDragDetected(e -> {
            OutlineRow row = getItem();
            Dossier d = model.dossierProperty().get();
            if (row == null || d == null || row.index() == OutlineRows.COVER) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            board.setContent(DragData.block(d.id(), row.index(), row.text()));
            board.setDragView(snapshot(null, null));
            e.consume();
        });
        setOnDragOver(e -> {
            DropPlace place = place(e);
            clearDropStyle();
            if (place != null && accepts(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                getStyleClass().add("drop-" + place.name().toLowerCase(Locale.ROOT));
            }
            e.consume();
        });
        setOnDragExited(e -> clearDropStyle());
        setOnDragDropped(this::dropped);
    }

    @Override
    protected void updateItem(OutlineRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(s -> s.startsWith("kind-") || s.equals("missing") || s.startsWith("level-"));
        clearDropStyle();
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setId(null);
            return;
        }
        Label text = new Label(row.text().isBlank() ? row.kind().label() : row.text());
        text.getStyleClass().add("outline-text");
        text.setMinWidth(0);
        HBox graphic = new HBox(6, Icons.icon(icon(row.kind())), text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(graphic);
        setId(row.index() == OutlineRows.COVER ? "outline-cover" : "outline-row-" + row.index());
        setTooltip(new Tooltip(Messages.get("dossier.row", row.kind().label(), row.text())));
        getStyleClass().add("kind-" + row.kind().name().toLowerCase(Locale.ROOT));
        if (row.missing()) {
            getStyleClass().add("missing");
        }
        if (row.kind() == BlockKind.HEADING) {
            model.headingLevel(row.index()).ifPresent(l -> getStyleClass().add("level-" + l));
        }
    }

    static Ikon icon(BlockKind kind) {
        return switch (kind) {
            case COVER -> Material2AL.DESCRIPTION;
            case HEADING -> Material2MZ.TITLE;
            case NOTE -> Material2MZ.NOTES;
            case CLAIM -> Material2AL.FACT_CHECK;
            case ACTOR -> Material2MZ.PERSON;
            case EXCERPT -> Material2AL.FORMAT_QUOTE;
            case TIMELINE -> Material2MZ.TIMELINE;
            case NETWORK -> Material2AL.DEVICE_HUB;
        };
    }

    /** Above, below or onto this row, by where the pointer is; {@code null} on an empty row. */
    private DropPlace place(DragEvent e) {
        OutlineRow row = getItem();
        if (row == null) {
            return null;
        }
        if (row.index() == OutlineRows.COVER) {
            return DropPlace.INTO;
        }
        double y = e.getY() / Math.max(1, getHeight());
        if (row.kind() == BlockKind.HEADING) {
            return y < 0.25 ? DropPlace.BEFORE : y > 0.75 ? DropPlace.AFTER : DropPlace.INTO;
        }
        return y < 0.5 ? DropPlace.BEFORE : DropPlace.AFTER;
    }

    private boolean accepts(Dragboard board) {
        Dossier d = model.dossierProperty().get();
        if (d == null) {
            return false;
        }
        OptionalInt block = DragData.block(board, d.id());
        if (block.isPresent()) {
            return model.canDropBlock(block.getAsInt(), getItem().index());
        }
        return DragData.claim(board).isPresent()
                || DragData.actor(board).isPresent()
                || DragData.passage(board).isPresent();
    }

    /**
     * Hands the drop to the view model and completes it at once; the edit itself runs in the background, so
     * nothing here waits or opens a dialog while the drag source waits for the drop to finish.
     */
    private void dropped(DragEvent e) {
        DropPlace place = place(e);
        Dossier d = model.dossierProperty().get();
        clearDropStyle();
        boolean done = place != null && d != null && accepts(e.getDragboard());
        if (done) {
            int row = getItem().index();
            boolean expanded = getTreeItem() != null && getTreeItem().isExpanded();
            Dragboard board = e.getDragboard();
            OptionalInt block = DragData.block(board, d.id());
            OptionalLong claim = DragData.claim(board);
            OptionalLong actor = DragData.actor(board);
            Optional<Passage> passage = DragData.passage(board);
            if (block.isPresent()) {
                model.dropBlock(block.getAsInt(), row, place, expanded);
            } else if (claim.isPresent()) {
                model.dropClaim(claim.getAsLong(), row, place, expanded);
            } else if (actor.isPresent()) {
                model.dropActor(actor.getAsLong(), row, place, expanded);
            } else {
                model.dropPassage(passage.orElseThrow(), row, place, expanded);
            }
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private void clearDropStyle() {
        getStyleClass().removeAll(DROP_STYLES);
    }
}
