package org.opendossier.ui.timeline;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.opendossier.model.Actor;
import org.opendossier.model.StanceStyle;
import org.opendossier.model.Timeline;
import org.opendossier.model.TimelineFigure;
import org.opendossier.model.TimelineFigure.Band;
import org.opendossier.model.TimelineFigure.Lane;
import org.opendossier.model.TimelineFigure.LegendItem;
import org.opendossier.model.TimelineFigure.Marker;
import org.opendossier.model.TimelineFigure.Tick;
import org.opendossier.ui.Messages;
import org.opendossier.ui.Snapshots;

/**
 * The timeline pane: the figure the SVG export draws, laid out for the pane's width and redrawn when it
 * changes; the actor (searchable by typing) and tag filters above it. Hovering an appearance names its outlet,
 * date, stance and title; clicking it opens the source in the reader.
 */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel model;
    private final Pane figure = new Pane();
    private final ScrollPane scroll = new ScrollPane(figure);
    private double drawnWidth = -1;

    public TimelineView(TimelineViewModel model) {
        this.model = model;
        setId("timeline");
        setTop(toolbar());
        figure.setId("timeline-figure");
        figure.getStyleClass().add("timeline-canvas");
        scroll.setId("timeline-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("timeline-scroll");
        Label empty = new Label(Messages.get("timeline.empty"));
        empty.setId("timeline-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.timelineProperty().get().rows().isEmpty(), model.timelineProperty()));
        empty.setMouseTransparent(true);
        setCenter(new StackPane(scroll, empty));
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (Math.abs(now.getWidth() - drawnWidth) >= 1) {
                draw();
            }
        });
        model.timelineProperty().addListener((obs, was, now) -> draw());
    }

    private Region toolbar() {
        SearchableComboBox<Actor> actor = new SearchableComboBox<>(model.actors());
        actor.setId("timeline-actor");
        actor.setPromptText(Messages.get("timeline.allActors"));
        actor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Actor a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Actor fromString(String text) {
                return model.actors().stream()
                        .filter(a -> a.name().equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        actor.setPrefWidth(220);
        actor.valueProperty().bindBidirectional(model.actorProperty());
        ComboBox<String> tag = new ComboBox<>(model.tags());
        tag.setId("timeline-tag");
        tag.setPromptText(Messages.get("timeline.allTags"));
        tag.setPrefWidth(160);
        tag.valueProperty().bindBidirectional(model.tagProperty());
        Button clear = new Button(Messages.get("timeline.clearFilters"));
        clear.setId("timeline-clear");
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty()
                .bind(model.actorProperty().isNull().and(model.tagProperty().isNull()));
        MenuButton export = new MenuButton(Messages.get("timeline.export"));
        export.setId("timeline-export");
        MenuItem svg = new MenuItem(Messages.get("timeline.export.svg"));
        svg.setId("timeline-export-svg");
        svg.setOnAction(e -> model.exportSvg());
        MenuItem png = new MenuItem(Messages.get("timeline.export.png"));
        png.setId("timeline-export-png");
        png.setOnAction(e -> model.choosePngFile().ifPresent(this::writePng));
        export.getItems().addAll(svg, png);
        Label status = new Label();
        status.setId("timeline-status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        HBox actorBox = new HBox(6, new Label(Messages.get("timeline.actor")), actor);
        HBox tagBox = new HBox(6, new Label(Messages.get("timeline.tag")), tag);
        actorBox.setAlignment(Pos.CENTER_LEFT);
        tagBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(10, 6, actorBox, tagBox, clear, export, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        bar.getStyleClass().add("pane-header");
        return bar;
    }

    private void draw() {
        double width = scroll.getViewportBounds().getWidth();
        if (width <= 0) {
            return;
        }
        drawnWidth = width;
        figure.getChildren().clear();
        model.figure(width).ifPresent(this::draw);
    }

    private void draw(TimelineFigure f) {
        figure.setMinSize(f.width(), f.height());
        figure.setPrefSize(f.width(), f.height());
        if (f.lanes().isEmpty()) {
            return;
        }
        double bottom = f.lanes().getLast().bottom();
        Group stripes = new Group();
        for (Lane lane : f.lanes()) {
            if (lane.index() % 2 == 1) {
                stripes.getChildren()
                        .add(styled(new Rectangle(0, lane.top(), f.width(), lane.height()), "timeline-stripe"));
            }
        }
        Group axis = new Group();
        if (f.axis() != null) {
            TimelineFigure.Axis a = f.axis();
            for (Tick t : a.ticks()) {
                Line grid = new Line(t.x(), a.y() - 6, t.x(), bottom);
                grid.getStyleClass().addAll("timeline-grid", t.major() ? "major" : "minor");
                Text label = styled(new Text(t.x() + 3, a.y() - 5, t.label()), "timeline-tick");
                axis.getChildren().addAll(grid, label);
            }
            axis.getChildren().add(styled(new Line(a.left(), a.y(), a.right(), a.y()), "timeline-axis"));
        }
        if (f.undated() != null) {
            double top = f.lanesTop();
            Line rule = styled(
                    new Line(f.undated().x1() - 8, top - 22, f.undated().x1() - 8, bottom), "timeline-undated-rule");
            Text label = styled(
                    new Text(f.undated().x1(), top - 13, Messages.get("timeline.undatedColumn")), "timeline-tick");
            axis.getChildren().addAll(rule, label);
        }
        Group legend = new Group();
        for (LegendItem item : f.legend()) {
            legend.getChildren().addAll(legendSymbol(item));
            legend.getChildren()
                    .add(styled(
                            new Text(item.textX(), item.baseline(), TimelineViewModel.legendLabel(item.kind())),
                            "timeline-legend"));
        }
        Group labels = new Group();
        Group lanes = new Group();
        for (Lane lane : f.lanes()) {
            drawLane(lane, labels, lanes);
        }
        if (f.axis() != null) {
            // the estimate of text widths errs wide, but a font wider still must not run into the axis
            labels.setClip(new Rectangle(0, 0, f.axis().left() - 8, f.height()));
        }
        figure.getChildren().addAll(stripes, axis, legend, labels, lanes);
    }

    private void drawLane(Lane lane, Group labels, Group lanes) {
        Timeline.Row row = lane.row();
        Tooltip statement = tooltip(row.statement()); // the whole of it, when the lines had to cut it
        for (int i = 0; i < lane.lines().size(); i++) {
            Text line =
                    styled(new Text(lane.textX(), lane.baseline(i), lane.lines().get(i)), "timeline-statement");
            Tooltip.install(line, statement);
            labels.getChildren().add(line);
        }
        String status = TimelineViewModel.statusLine(row);
        labels.getChildren()
                .add(styled(new Text(lane.textX(), lane.baseline(lane.lines().size()), status), "timeline-status"));
        if (lane.event() != null) {
            Band e = lane.event();
            double w = Math.max(3, e.width());
            Rectangle band =
                    styled(new Rectangle(e.centre() - w / 2, lane.top() + 4, w, lane.height() - 8), "timeline-event");
            band.setArcWidth(4);
            band.setArcHeight(4);
            Tooltip.install(band, tooltip(Messages.get("timeline.event", row.eventDate())));
            lanes.getChildren().add(band);
        }
        if (lane.spread() != null) {
            lanes.getChildren()
                    .add(styled(
                            new Line(
                                    lane.spread().x1(),
                                    lane.centre(),
                                    lane.spread().x2(),
                                    lane.centre()),
                            "timeline-spread"));
        }
        for (Marker m : lane.markers()) {
            lanes.getChildren().add(marker(row, m));
        }
    }

    private Node marker(Timeline.Row row, Marker m) {
        Timeline.Appearance a = m.appearance();
        Group g = new Group();
        g.setId("timeline-marker-" + row.claimId() + "-" + a.sourceId() + "-"
                + a.stance().name().toLowerCase(Locale.ROOT));
        g.getStyleClass()
                .addAll("timeline-appearance", "role-" + a.role().name().toLowerCase(Locale.ROOT));
        StanceStyle style = m.style();
        if (m.span() != null && m.span().width() > 2 * TimelineFigure.MARKER_RADIUS) {
            Rectangle span = new Rectangle(m.span().x1(), m.y() - 2.5, m.span().width(), 5);
            span.setArcWidth(5);
            span.setArcHeight(5);
            span.setFill(Color.web(style.hex(), 0.35));
            g.getChildren().add(span);
        }
        g.getChildren().add(shape(style, m.x(), m.y()));
        if (a.role() == Timeline.Role.FIRST) {
            g.getChildren().add(ring(m.x(), m.y()));
        }
        Tooltip.install(g, tooltip(TimelineViewModel.tooltip(a)));
        g.setOnMouseClicked(e -> model.openSource(a.sourceId()));
        return g;
    }

    private static Node[] legendSymbol(LegendItem item) {
        return switch (item.kind()) {
            case FIRST -> new Node[] {shape(StanceStyle.SUPPORTS, item.x(), item.y()), ring(item.x(), item.y())};
            case EVENT -> new Node[] {styled(new Rectangle(item.x() - 6, item.y() - 6, 12, 12), "timeline-event")};
            default -> new Node[] {shape(StanceStyle.valueOf(item.kind().name()), item.x(), item.y())};
        };
    }

    private static Shape shape(StanceStyle style, double x, double y) {
        double[] corners = TimelineFigure.polygon(style.shape(), x, y);
        Shape s = corners.length == 0
                ? new Circle(x, y, TimelineFigure.circleRadius(style.shape()))
                : new Polygon(corners);
        s.setFill(Color.web(style.hex()));
        s.getStyleClass().add("timeline-marker");
        return s;
    }

    private static Circle ring(double x, double y) {
        return styled(new Circle(x, y, TimelineFigure.MARKER_RADIUS + 3), "timeline-first");
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(200));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    /** The whole figure, not only the part scrolled into view, at twice the screen's scale. */
    private void writePng(Path target) {
        Snapshots.Pixels pixels = Snapshots.of(figure, 2);
        model.writePng(target, pixels.width(), pixels.height(), pixels.argb());
    }
}
