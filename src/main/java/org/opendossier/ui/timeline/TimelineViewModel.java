package org.opendossier.ui.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.opendossier.model.Actor;
import org.opendossier.model.Timeline;
import org.opendossier.model.TimelineFigure;
import org.opendossier.service.ClaimTimeline;
import org.opendossier.service.TimelineChoices;
import org.opendossier.service.TimelineFilter;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;
import org.opendossier.ui.PngFiles;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * The timeline as the pane shows it: read from the case in the background when the pane is opened, again
 * whenever a claim or its evidence changes (once the pane has been looked at), and whenever the actor or tag
 * filter changes; laid out for the pane's width; exported as SVG or PNG.
 */
public final class TimelineViewModel {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>(Timeline.EMPTY);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private ClaimTimeline source;
    /** Whether the pane has been opened on this case: until then, changes of claims need no reading. */
    private boolean wanted;

    private boolean applyingChoices;
    private Consumer<Long> onOpenSource = id -> {};
    private long generation;

    private record Loaded(TimelineChoices choices, Timeline timeline) {}

    public TimelineViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        actor.addListener((obs, was, now) -> filterChanged());
        tag.addListener((obs, was, now) -> filterChanged());
    }

    /** Shows the timeline of {@code timelines}' case from now on ({@code null}: no case is open). */
    public void setCase(ClaimTimeline timelines) {
        this.source = timelines;
        this.wanted = false;
        generation++;
        applyingChoices = true;
        actor.set(null);
        tag.set(null);
        actors.clear();
        tags.clear();
        applyingChoices = false;
        timeline.set(Timeline.EMPTY);
        status.set("");
        loading.set(false);
        if (timelines != null) {
            // The service tells of changes on the thread that made them; the task brings the news to ours.
            timelines.onChange(() -> tasks.execute(BackgroundTask.of(Messages.get("timeline.loading"), p -> timelines)
                    .onSuccess(changed -> {
                        if (changed == source && wanted) {
                            reload();
                        }
                    })));
        }
    }

    private void filterChanged() {
        if (!applyingChoices && source != null) {
            reload();
        }
    }

    /** Reads the timeline again with the current filter, and the actors and tags to filter by. */
    public void reload() {
        ClaimTimeline from = source;
        if (from == null) {
            return;
        }
        wanted = true;
        TimelineFilter filter =
                new TimelineFilter(actor.get() == null ? null : actor.get().id(), tag.get());
        long mine = ++generation;
        loading.set(true);
        tasks.execute(
                BackgroundTask.of(Messages.get("timeline.loading"), p -> new Loaded(from.choices(), from.build(filter)))
                        .onSuccess(loaded -> {
                            if (mine == generation) {
                                loading.set(false);
                                apply(loaded);
                            }
                        })
                        .onFailure(e -> {
                            loading.set(false);
                            dialogs.showError(Messages.get("timeline.error"), e.getMessage(), e);
                        }));
    }

    /** Puts fresh choices in place without letting the lists' churn count as a change of filter. */
    private void apply(Loaded loaded) {
        applyingChoices = true;
        try {
            Long chosenActor = actor.get() == null ? null : actor.get().id();
            String chosenTag = tag.get();
            if (!actors.equals(loaded.choices().actors())) {
                actors.setAll(loaded.choices().actors());
            }
            if (!tags.equals(loaded.choices().tags())) {
                tags.setAll(loaded.choices().tags());
            }
            actor.set(actors.stream()
                    .filter(a -> chosenActor != null && a.id() == chosenActor)
                    .findFirst()
                    .orElse(null));
            tag.set(chosenTag != null && tags.contains(chosenTag) ? chosenTag : null);
        } finally {
            applyingChoices = false;
        }
        Timeline shown = loaded.timeline();
        timeline.set(shown);
        long undated = shown.rows().stream().mapToLong(r -> r.undated().size()).sum();
        status.set(Messages.get("timeline.status", shown.rows().size(), shown.appearances(), undated));
    }

    /** Shows every claim again. */
    public void clearFilters() {
        applyingChoices = true;
        actor.set(null);
        tag.set(null);
        applyingChoices = false;
        filterChanged();
    }

    /** The timeline laid out {@code width} pixels wide, or empty when no case is open. */
    public Optional<TimelineFigure> figure(double width) {
        ClaimTimeline from = source;
        return from == null ? Optional.empty() : Optional.of(from.figure(timeline.get(), width));
    }

    public void openSource(long sourceId) {
        onOpenSource.accept(sourceId);
    }

    /** What clicking an appearance does: the workbench shows the source in the reader. */
    public void setOnOpenSource(Consumer<Long> action) {
        this.onOpenSource = action;
    }

    /** "Valley Post · 2024-05-03 / Reports · first appearance / Granary burned", one part a line. */
    public static String tooltip(Timeline.Appearance a) {
        String date = a.published() == null
                ? Messages.get("timeline.undated")
                : a.published().toString();
        String where = a.outlet().isBlank() ? date : a.outlet() + " · " + date;
        String stance = Formats.enumName("stance", a.stance());
        if (a.role() == Timeline.Role.FIRST) {
            stance = stance + " · " + Messages.get("timeline.first");
        }
        String title = a.title().isBlank() ? Messages.get("timeline.untitled") : a.title();
        return String.join("\n", List.of(where, stance, title));
    }

    /** The line under a claim's statement: "Disputed · event 2024-05". */
    public static String statusLine(Timeline.Row row) {
        String status = Formats.enumName("claim.status", row.status());
        return row.eventDate() == null ? status : Messages.get("timeline.statusLine", status, row.eventDate());
    }

    /** The words of a legend entry. */
    public static String legendLabel(TimelineFigure.LegendKind kind) {
        return Messages.get("timeline.legend." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Exports what is shown, filters applied, as an SVG picture to a file the person picks. */
    public void exportSvg() {
        ClaimTimeline from = source;
        if (from == null) {
            return;
        }
        Timeline shown = timeline.get();
        dialogs.chooseSaveFile(Messages.get("timeline.export.title"), "timeline.svg")
                .ifPresent(target -> tasks.execute(BackgroundTask.of(Messages.get("timeline.exporting"), p -> {
                            from.exportSvg(shown, target);
                            return target;
                        })
                        .onSuccess(this::exported)
                        .onFailure(e -> dialogs.showError(Messages.get("timeline.error"), e.getMessage(), e))));
    }

    /** Where the view's PNG snapshot goes; the view takes the pixels. */
    public Optional<Path> choosePngFile() {
        return dialogs.chooseSaveFile(Messages.get("timeline.export.title"), "timeline.png");
    }

    /** Writes a picture of the timeline, {@code argb} row by row, as a PNG file, in the background. */
    public void writePng(Path target, int width, int height, int[] argb) {
        tasks.execute(
                BackgroundTask.of(Messages.get("timeline.exporting"), p -> PngFiles.write(target, width, height, argb))
                        .onSuccess(this::exported)
                        .onFailure(e -> dialogs.showError(Messages.get("timeline.error"), e.getMessage(), e)));
    }

    private void exported(Path target) {
        status.set(Messages.get("timeline.exported", target));
    }

    public ObservableList<Actor> actors() {
        return actors;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** Only claims this actor asserts, is the subject of, or speaks in; {@code null} for all. */
    public ObjectProperty<Actor> actorProperty() {
        return actor;
    }

    /** Only claims with this tag; {@code null} for all. */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
