package org.opendossier.ui.network;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorKind;
import org.opendossier.service.ActorNetwork;
import org.opendossier.service.CancelToken;
import org.opendossier.ui.Messages;
import org.opendossier.ui.PngFiles;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * The actor network as the pane shows it: counted once from every source (a background task), then
 * filtered by kind and minimum weight, optionally focused on one actor and its neighbours, and laid out so
 * that nodes move little between one view and the next.
 */
public final class NetworkViewModel {
    /** The drawing box the layout fills; the view scales it to the pane. */
    public static final double WIDTH = 1200;

    public static final double HEIGHT = 800;

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableSet<ActorKind> kinds = FXCollections.observableSet(EnumSet.allOf(ActorKind.class));
    private final IntegerProperty minWeight = new SimpleIntegerProperty(1);
    private final ObjectProperty<ActorGraph.Unit> unit = new SimpleObjectProperty<>(ActorGraph.Unit.SENTENCE);
    private final ObjectProperty<Long> focus = new SimpleObjectProperty<>();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(new Shown(ActorGraph.EMPTY, Map.of()));
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private ActorNetwork network;
    private ActorNetwork.Counted counted;
    private Map<Long, ActorGraph.Point> lastPositions = new HashMap<>();
    private Consumer<Long> onOpenActor = id -> {};
    private long generation;

    /** A graph with a position for every node. */
    public record Shown(ActorGraph graph, Map<Long, ActorGraph.Point> positions) {}

    public NetworkViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        kinds.addListener((javafx.collections.SetChangeListener<ActorKind>) c -> redraw());
        minWeight.addListener((obs, was, now) -> redraw());
        unit.addListener((obs, was, now) -> redraw());
        focus.addListener((obs, was, now) -> redraw());
    }

    public void setCase(ActorNetwork network) {
        this.network = network;
        this.counted = null;
        this.lastPositions = new HashMap<>();
        focus.set(null);
        shown.set(new Shown(ActorGraph.EMPTY, Map.of()));
        status.set("");
    }

    /** Counts the network again from every source: on opening the pane, and after actors changed. */
    public void reload() {
        ActorNetwork from = network;
        if (from == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("network.counting"), p -> from.count(new CancelToken()))
                .onSuccess(c -> {
                    if (mine == generation) {
                        loading.set(false);
                        counted = c;
                        redraw();
                    }
                })
                .onFailure(e -> {
                    loading.set(false);
                    dialogs.showError(Messages.get("network.error"), e.getMessage(), e);
                }));
    }

    private void redraw() {
        ActorNetwork from = network;
        ActorNetwork.Counted c = counted;
        if (from == null || c == null) {
            return;
        }
        // Actors named with no one stay in view unless the person asked for strong links only.
        ActorGraph.Isolated isolated = minWeight.get() > 1 ? ActorGraph.Isolated.DROP : ActorGraph.Isolated.KEEP;
        ActorGraph graph = c.graph(unit.get(), minWeight.get()).filter(Set.copyOf(kinds), minWeight.get(), isolated);
        Long centre = focus.get();
        if (centre != null) {
            graph = graph.neighbourhood(centre, 1);
        }
        ActorGraph chosen = graph;
        Map<Long, ActorGraph.Point> start = Map.copyOf(lastPositions);
        long mine = ++generation;
        tasks.execute(BackgroundTask.of(Messages.get("network.layout"), p -> from.layout(chosen, WIDTH, HEIGHT, start))
                .onSuccess(positions -> {
                    if (mine != generation) {
                        return;
                    }
                    lastPositions.putAll(positions);
                    shown.set(new Shown(chosen, positions));
                    status.set(Messages.get(
                            "network.status",
                            chosen.nodes().size(),
                            chosen.edges().size()));
                })
                .onFailure(e -> dialogs.showError(Messages.get("network.error"), e.getMessage(), e)));
    }

    /** Shows only this actor and those linked to it; {@code null} shows everyone again. */
    public void focusOn(Long actorId) {
        focus.set(actorId);
    }

    public void openActor(long actorId) {
        onOpenActor.accept(actorId);
    }

    public void setOnOpenActor(Consumer<Long> action) {
        this.onOpenActor = action;
    }

    /** Exports what is shown (or, for FollowTheMoney, every actor) to a file the person picks. */
    public void export(ActorNetwork.Format format) {
        ActorNetwork from = network;
        ActorNetwork.Counted c = counted;
        if (from == null || c == null) {
            return;
        }
        ActorGraph graph = shown.get().graph();
        dialogs.chooseSaveFile(Messages.get("network.export.title"), "actors." + format.extension())
                .ifPresent(target -> tasks.execute(BackgroundTask.of(Messages.get("network.exporting"), p -> {
                            from.export(c, graph, format, target);
                            return target;
                        })
                        .onSuccess(this::exported)
                        .onFailure(e -> dialogs.showError(Messages.get("network.error"), e.getMessage(), e))));
    }

    private void exported(Path target) {
        status.set(Messages.get("network.exported", target));
    }

    /** Where the view's PNG snapshot goes; the view writes the pixels. */
    public java.util.Optional<Path> choosePngFile() {
        return dialogs.chooseSaveFile(Messages.get("network.export.title"), "actors.png");
    }

    /** Writes a picture of the network, {@code argb} row by row, as a PNG file (with the JDK's writer). */
    public void writePng(Path target, int width, int height, int[] argb) {
        tasks.execute(
                BackgroundTask.of(Messages.get("network.exporting"), p -> PngFiles.write(target, width, height, argb))
                        .onSuccess(this::exported)
                        .onFailure(e -> dialogs.showError(Messages.get("network.error"), e.getMessage(), e)));
    }

    public ObservableSet<ActorKind> kinds() {
        return kinds;
    }

    public IntegerProperty minWeightProperty() {
        return minWeight;
    }

    public ObjectProperty<ActorGraph.Unit> unitProperty() {
        return unit;
    }

    public ReadOnlyObjectProperty<Long> focusProperty() {
        return focus;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
