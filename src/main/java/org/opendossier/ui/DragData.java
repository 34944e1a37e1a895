package org.opendossier.ui;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Callback;
import org.opendossier.model.Passage;
import org.opendossier.model.TextSpan;

/**
 * What the panes drag to one another: a claim, an actor, a passage of a source, or a block of the dossier
 * outline, each in a format of its own (by id, as text) and with plain words beside it, so dropping outside the
 * app still gives something readable.
 */
public final class DragData {
    public static final DataFormat CLAIM = format("application/x-opendossier-claim");
    public static final DataFormat ACTOR = format("application/x-opendossier-actor");
    public static final DataFormat PASSAGE = format("application/x-opendossier-passage");
    public static final DataFormat BLOCK = format("application/x-opendossier-dossier-block");

    private DragData() {}

    /** A format is made once per run; a second {@code new DataFormat} with the same name is refused. */
    private static DataFormat format(String mime) {
        DataFormat known = DataFormat.lookupMimeType(mime);
        return known != null ? known : new DataFormat(mime);
    }

    public static ClipboardContent claim(long id, String statement) {
        return content(CLAIM, Long.toString(id), statement);
    }

    public static ClipboardContent actor(long id, String name) {
        return content(ACTOR, Long.toString(id), name);
    }

    /** A passage with the words it quotes. */
    public static ClipboardContent passage(Passage p, String words) {
        return content(
                PASSAGE, p.sourceId() + ":" + p.span().start() + ":" + p.span().end(), words);
    }

    /** Block {@code index} of dossier {@code dossierId}, dragged within the outline. */
    public static ClipboardContent block(long dossierId, int index, String text) {
        return content(BLOCK, dossierId + ":" + index, text);
    }

    private static ClipboardContent content(DataFormat format, String value, String words) {
        ClipboardContent c = new ClipboardContent();
        c.put(format, value);
        c.putString(words);
        return c;
    }

    /** Rows of a table that can be dragged out (into the dossier outline), carrying {@code content} of their item. */
    public static <T> Callback<TableView<T>, TableRow<T>> draggableRows(Function<T, ClipboardContent> content) {
        return table -> {
            TableRow<T> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (!row.isEmpty() && row.getItem() != null) {
                    row.startDragAndDrop(TransferMode.COPY).setContent(content.apply(row.getItem()));
                    e.consume();
                }
            });
            return row;
        };
    }

    public static OptionalLong claim(Dragboard board) {
        return id(board, CLAIM);
    }

    public static OptionalLong actor(Dragboard board) {
        return id(board, ACTOR);
    }

    public static Optional<Passage> passage(Dragboard board) {
        String[] parts = parts(board, PASSAGE, 3);
        return parts == null
                ? Optional.empty()
                : Optional.of(new Passage(
                        Long.parseLong(parts[0]),
                        new TextSpan(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))));
    }

    /** The index of a block of dossier {@code dossierId} being dragged, if that is what the board holds. */
    public static OptionalInt block(Dragboard board, long dossierId) {
        String[] parts = parts(board, BLOCK, 2);
        return parts == null || Long.parseLong(parts[0]) != dossierId
                ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(parts[1]));
    }

    private static OptionalLong id(Dragboard board, DataFormat format) {
        String[] parts = parts(board, format, 1);
        return parts == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(parts[0]));
    }

    private static String[] parts(Dragboard board, DataFormat format, int count) {
        if (!board.hasContent(format) || !(board.getContent(format) instanceof String value)) {
            return null;
        }
        String[] parts = value.split(":");
        return parts.length == count && java.util.Arrays.stream(parts).allMatch(p -> p.matches("\\d+")) ? parts : null;
    }
}
