package org.opendossier.ui.network;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorKind;
import org.opendossier.service.ActorNetwork;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;
import org.opendossier.ui.Snapshots;

/**
 * The network pane: actors as circles coloured by kind and sized by how many sources name them, recorded
 * relationships as dark lines, co-occurrence as light ones thickening with the number of sources. Clicking
 * an actor focuses on it and its neighbours; double-clicking opens it.
 */
public final class NetworkView extends BorderPane {
    /** Labels beyond this many (the most mentioned first) would only cover each other. */
    private static final int MAX_LABELS = 120;

    /** Room around the drawing in pixels, and extra on the right for the labels of the rightmost actors. */
    private static final double MARGIN = 30;

    private static final double LABEL_ROOM = 140;

    private final NetworkViewModel model;
    private final Group drawing = new Group();
    private final Pane canvas = new Pane();
    /** The positions' extent: min x, min y, max x, max y; null before the first drawing. */
    private double[] bounds;

    public NetworkView(NetworkViewModel model) {
        this.model = model;
        setId("network");
        setTop(toolbar());
        canvas.setId("network-canvas");
        canvas.getStyleClass().add("network-canvas");
        canvas.getChildren().add(drawing);
        canvas.setMinSize(0, 0);
        canvas.widthProperty().addListener((obs, was, now) -> fit());
        canvas.heightProperty().addListener((obs, was, now) -> fit());
        Label empty = new Label(Messages.get("network.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.shownProperty().get().graph().nodes().isEmpty(), model.shownProperty()));
        setCenter(new javafx.scene.layout.StackPane(canvas, empty));
        model.shownProperty().addListener((obs, was, now) -> draw(now));
    }

    private Region toolbar() {
        HBox kinds = new HBox(8);
        for (ActorKind kind : ActorKind.values()) {
            CheckBox box = new CheckBox(Formats.enumName("actor.kind", kind));
            box.setId("network-kind-" + kind.name().toLowerCase(Locale.ROOT));
            box.setSelected(model.kinds().contains(kind));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.kinds().add(kind);
                } else {
                    model.kinds().remove(kind);
                }
            });
            kinds.getChildren().add(box);
        }
        ChoiceBox<ActorGraph.Unit> unit = new ChoiceBox<>(FXCollections.observableArrayList(ActorGraph.Unit.values()));
        unit.setId("network-unit");
        unit.setConverter(Formats.enumConverter("network.unit"));
        unit.valueProperty().bindBidirectional(model.unitProperty());
        Spinner<Integer> weight =
                new Spinner<>(1, 1000, model.minWeightProperty().get());
        weight.setId("network-min-weight");
        weight.setPrefWidth(80);
        weight.setEditable(true);
        weight.valueProperty()
                .addListener((obs, was, now) -> model.minWeightProperty().set(now));
        Button all = new Button(Messages.get("network.showAll"));
        all.setId("network-show-all");
        all.setOnAction(e -> model.focusOn(null));
        all.disableProperty().bind(model.focusProperty().isNull());
        Button reload = new Button(Messages.get("network.reload"));
        reload.setOnAction(e -> model.reload());
        MenuButton export = new MenuButton(Messages.get("network.export"));
        export.setId("network-export");
        for (ActorNetwork.Format format : ActorNetwork.Format.values()) {
            MenuItem item =
                    new MenuItem(Messages.get("network.export." + format.name().toLowerCase(Locale.ROOT)));
            item.setOnAction(e -> model.export(format));
            export.getItems().add(item);
        }
        MenuItem png = new MenuItem(Messages.get("network.export.png"));
        png.setOnAction(e -> model.choosePngFile().ifPresent(this::writePng));
        export.getItems().add(png);
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(
                10,
                6,
                kinds,
                new HBox(6, new Label(Messages.get("network.together")), unit),
                new HBox(6, new Label(Messages.get("network.minWeight")), weight),
                all,
                reload,
                export,
                status);
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        bar.getStyleClass().add("pane-header");
        return bar;
    }

    private void draw(NetworkViewModel.Shown shown) {
        drawing.getChildren().clear();
        ActorGraph graph = shown.graph();
        Map<Long, ActorGraph.Point> at = shown.positions();
        Group edges = new Group();
        for (ActorGraph.Edge e : graph.edges()) {
            ActorGraph.Point a = at.get(e.fromActorId());
            ActorGraph.Point b = at.get(e.toActorId());
            if (a == null || b == null) {
                continue;
            }
            Line line = new Line(a.x(), a.y(), b.x(), b.y());
            boolean relationship = e.kind() == ActorGraph.EdgeKind.RELATIONSHIP;
            line.getStyleClass().add(relationship ? "network-relationship" : "network-cooccurrence");
            line.setStrokeWidth(relationship ? 2 : Math.min(8, 0.8 + Math.log(e.weight()) * 1.5));
            Tooltip.install(
                    line,
                    new Tooltip(
                            relationship
                                    ? Formats.enumName("relationship.type", e.type())
                                    : Messages.get("network.edge.tooltip", e.weight())));
            edges.getChildren().add(line);
        }
        Set<Long> labelled = new HashSet<>();
        graph.nodes().stream()
                .sorted(Comparator.comparingInt(ActorGraph.Node::sources).reversed())
                .limit(MAX_LABELS)
                .forEach(n -> labelled.add(n.actorId()));
        Group nodes = new Group();
        Group labels = new Group();
        Map<Long, Circle> circles = new HashMap<>();
        for (ActorGraph.Node n : graph.nodes()) {
            ActorGraph.Point p = at.get(n.actorId());
            if (p == null) {
                continue;
            }
            Circle c = new Circle(p.x(), p.y(), 5 + Math.sqrt(n.sources()) * 2);
            c.setId("network-node-" + n.actorId());
            c.getStyleClass().addAll("network-node", "kind-" + n.kind().name().toLowerCase(Locale.ROOT));
            Tooltip.install(
                    c,
                    new Tooltip(Messages.get(
                            "network.node.tooltip", n.label(), Formats.enumName("actor.kind", n.kind()), n.sources())));
            c.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2) {
                    model.openActor(n.actorId());
                } else {
                    model.focusOn(n.actorId());
                }
            });
            circles.put(n.actorId(), c);
            nodes.getChildren().add(c);
            if (labelled.contains(n.actorId())) {
                Text label = new Text(p.x() + c.getRadius() + 3, p.y() + 4, n.label());
                label.getStyleClass().add("network-label");
                label.setMouseTransparent(true);
                labels.getChildren().add(label);
            }
        }
        drawing.getChildren().addAll(edges, nodes, labels);
        bounds = new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (ActorGraph.Point p : at.values()) {
            bounds[0] = Math.min(bounds[0], p.x());
            bounds[1] = Math.min(bounds[1], p.y());
            bounds[2] = Math.max(bounds[2], p.x());
            bounds[3] = Math.max(bounds[3], p.y());
        }
        fit();
    }

    /** Scales and moves the drawing so that every actor, with room for its label, fits the pane. */
    private void fit() {
        drawing.getTransforms().clear();
        if (bounds == null || bounds[0] > bounds[2]) {
            return;
        }
        double w = Math.max(1, bounds[2] - bounds[0]);
        double h = Math.max(1, bounds[3] - bounds[1]);
        double scale =
                Math.min((canvas.getWidth() - 2 * MARGIN - LABEL_ROOM) / w, (canvas.getHeight() - 2 * MARGIN) / h);
        scale = Math.max(0.05, Math.min(scale, 3));
        drawing.getTransforms()
                .addAll(
                        new javafx.scene.transform.Translate(MARGIN, MARGIN),
                        new Scale(scale, scale),
                        new javafx.scene.transform.Translate(-bounds[0], -bounds[1]));
    }

    /** The drawing as shown, at twice the screen's scale: the snapshot here, the PNG written in the background. */
    private void writePng(Path target) {
        Snapshots.Pixels pixels = Snapshots.of(canvas, 2);
        model.writePng(target, pixels.width(), pixels.height(), pixels.argb());
    }
}
