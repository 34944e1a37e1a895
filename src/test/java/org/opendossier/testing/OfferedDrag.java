package org.opendossier.testing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A drag as a drop target sees it, for UI tests on JavaFX's headless platform, whose drag-and-drop clipboard is
 * not implemented ("Not supported yet"): a dragboard offering the given content, and the drag-over and drop
 * events fired at a point of a node, through the node's own handlers. Must be used on the FX thread.
 */
public final class OfferedDrag implements TKClipboard {
    private final Map<DataFormat, Object> content;
    private final Set<TransferMode> modes;
    private Dragboard board;

    public OfferedDrag(Map<DataFormat, Object> content, Set<TransferMode> modes) {
        this.content = Map.copyOf(content);
        this.modes = Set.copyOf(modes);
    }

    /**
     * Fires a drag-over and, if the node accepts it, a drop at ({@code x}, {@code y}) of {@code target}; returns
     * the drop event after it was handled ({@code null} when the drag-over was refused).
     */
    public DragEvent dropOn(Node target, double x, double y, TransferMode mode) {
        return over(target, x, y, mode).isAccepted() ? drop(target, x, y, mode) : null;
    }

    /** The dragboard a drop target reads, holding the offered content. */
    public Dragboard board() {
        if (board == null) {
            board = DragboardHelper.createDragboard(this);
        }
        return board;
    }

    /** A drag-over at ({@code x}, {@code y}) of {@code target}; returns it after it was handled. */
    public DragEvent over(Node target, double x, double y, TransferMode mode) {
        return fire(DragEvent.DRAG_OVER, target, x, y, mode);
    }

    /** A drop at ({@code x}, {@code y}) of {@code target}; returns it after it was handled. */
    public DragEvent drop(Node target, double x, double y, TransferMode mode) {
        return fire(DragEvent.DRAG_DROPPED, target, x, y, mode);
    }

    private DragEvent fire(javafx.event.EventType<DragEvent> type, Node target, double x, double y, TransferMode mode) {
        Point2D scene = target.localToScene(x, y);
        Point2D screen = target.localToScreen(x, y);
        DragEvent event = new DragEvent(
                type, board(), scene.getX(), scene.getY(), screen.getX(), screen.getY(), mode, null, null, null);
        Event.fireEvent(target, event);
        return event;
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return content.keySet();
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... offered) {
        return false;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return modes;
    }

    @Override
    public void setDragView(Image image) {}

    @Override
    public void setDragViewOffsetX(double offsetX) {}

    @Override
    public void setDragViewOffsetY(double offsetY) {}

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
