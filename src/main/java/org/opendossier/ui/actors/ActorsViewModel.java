package org.opendossier.ui.actors;

import java.util.List;
import java.util.Locale;
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
import javafx.collections.transformation.FilteredList;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorMerge;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Passage;
import org.opendossier.model.Relationship;
import org.opendossier.model.ReviewState;
import org.opendossier.service.ActorListing;
import org.opendossier.service.ActorService;
import org.opendossier.service.MentionInContext;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * The actors of the open case and the one being curated. Every edit runs as a background task; edits that
 * change the names an actor goes by wait for the re-scan of every source before the lists refresh, so
 * the counts shown are always the counts stored.
 */
public final class ActorsViewModel {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<ActorListing> actors = FXCollections.observableArrayList();
    private final FilteredList<ActorListing> visible = new FilteredList<>(actors);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ActorListing> selected = new SimpleObjectProperty<>();
    private final ObservableList<MentionInContext> mentions = FXCollections.observableArrayList();
    private final ObservableList<RelationshipRow> relationships = FXCollections.observableArrayList();
    private final StringProperty mentionStatus = new SimpleStringProperty("");
    private final ObjectProperty<ActorMerge> lastMerge = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private ActorService service;
    private Runnable onChanged = () -> {};
    private Consumer<String> onSearch = q -> {};
    private Consumer<Long> onOpenSource = id -> {};
    private java.util.function.Supplier<Passage> readerSelection = () -> null;
    private long wanted = -1;

    /** A relationship as the detail lists it: "leads Wagner Group (2014–2023)". */
    public record RelationshipRow(Relationship relationship, String text) {}

    public ActorsViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        filter.addListener((obs, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(l -> q.isEmpty()
                    || l.actor().names().stream()
                            .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(q)));
        });
        selected.addListener((obs, was, now) -> loadDetail());
    }

    public void setCase(ActorService actors) {
        this.service = actors;
        this.actors.clear();
        selected.set(null);
        lastMerge.set(null);
        if (actors != null) {
            reload();
        }
    }

    /** Reads the list again, keeping the selected actor selected. */
    public void reload() {
        ActorService from = service;
        if (from == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.get("actors.rescanning"), p -> from.list())
                .onSuccess(this::showList)
                .onFailure(this::failed));
    }

    private void showList(List<ActorListing> rows) {
        long keep = wanted >= 0
                ? wanted
                : selected.get() == null ? -1 : selected.get().actor().id();
        wanted = -1;
        actors.setAll(rows);
        selected.set(
                rows.stream().filter(l -> l.actor().id() == keep).findFirst().orElse(null));
        loadDetail();
    }

    /** Selects actor {@code id} (when the reader's mention is clicked, say). */
    public void select(long id) {
        Optional<ActorListing> found =
                actors.stream().filter(l -> l.actor().id() == id).findFirst();
        if (found.isPresent()) {
            selected.set(found.get());
        } else {
            wanted = id;
            reload();
        }
    }

    private void loadDetail() {
        ActorService from = service;
        ActorListing shown = selected.get();
        if (from == null || shown == null) {
            mentions.clear();
            relationships.clear();
            mentionStatus.set("");
            return;
        }
        long id = shown.actor().id();
        tasks.execute(BackgroundTask.of(
                        Messages.get("actors.rescanning"),
                        p -> new Detail(from.mentionsOf(id), from.relationships(), from.list()))
                .onSuccess(d -> {
                    if (selected.get() == null || selected.get().actor().id() != id) {
                        return;
                    }
                    mentions.setAll(d.mentions());
                    mentionStatus.set(Messages.get("actors.mentions.count", shown.mentions(), shown.sources()));
                    relationships.setAll(d.relationships().stream()
                            .filter(r -> r.fromActorId() == id || r.toActorId() == id)
                            .map(r -> new RelationshipRow(r, describe(r, d.actors())))
                            .toList());
                })
                .onFailure(this::failed));
    }

    private record Detail(
            List<MentionInContext> mentions, List<Relationship> relationships, List<ActorListing> actors) {}

    private static String describe(Relationship r, List<ActorListing> all) {
        String from = name(r.fromActorId(), all);
        String to = name(r.toActorId(), all);
        String dates = r.validFrom() == null && r.validTo() == null
                ? ""
                : " (" + (r.validFrom() == null ? "…" : r.validFrom()) + "–" + (r.validTo() == null ? "" : r.validTo())
                        + ")";
        String note = r.note().isBlank() ? "" : " — " + r.note();
        String evidence = r.evidence() == null ? "" : " " + Messages.get("actors.relationship.evidence");
        return from + " " + Formats.enumName("relationship.type", r.type()) + " " + to + dates + note + evidence;
    }

    private static String name(long id, List<ActorListing> all) {
        return all.stream()
                .filter(l -> l.actor().id() == id)
                .map(l -> l.actor().name())
                .findFirst()
                .orElse("#" + id);
    }

    /** Saves the edited name, kind, notes and dates of the selected actor. */
    public void save(ActorKind kind, String name, String notes, String activeFrom, String activeTo) {
        Actor actor = current();
        if (actor == null) {
            return;
        }
        PartialDate from;
        PartialDate to;
        try {
            from = PartialDate.parseOrNull(activeFrom);
            to = PartialDate.parseOrNull(activeTo);
        } catch (IllegalArgumentException e) {
            dialogs.showError(Messages.get("actors.error"), e.getMessage(), null);
            return;
        }
        edit(s -> s.update(actor.id(), kind, name, notes, from, to));
    }

    public void addAlias() {
        Actor actor = current();
        if (actor == null) {
            return;
        }
        dialogs.askText(Messages.get("actors.addAlias"), Messages.get("actors.addAlias.prompt", actor.name()), "")
                .ifPresent(name -> edit(s -> s.addAlias(actor.id(), name, AliasKind.ALIAS)));
    }

    public void changeAliasKind(Alias alias, AliasKind kind) {
        if (alias.kind() != kind) {
            edit(s -> {
                s.updateAlias(alias.id(), alias.name(), kind);
                return null;
            });
        }
    }

    public void removeAlias(Alias alias) {
        edit(s -> {
            s.removeAlias(alias.id());
            return null;
        });
    }

    /** Makes an alias an actor of its own, and selects it. */
    public void splitAlias(Alias alias) {
        edit(s -> s.splitAlias(alias.id()), actor -> wanted = actor.id());
    }

    /** Picks another actor and merges it into the selected one; the merge can be undone. */
    public void mergeInto() {
        Actor keep = current();
        if (keep == null) {
            return;
        }
        List<Actor> others = actors.stream()
                .map(ActorListing::actor)
                .filter(a -> a.id() != keep.id())
                .toList();
        Optional<ActorChoice> choice =
                dialogs.chooseActor(Messages.get("actors.merge.title", keep.name()), "", others, false);
        if (choice.isEmpty() || choice.get().isNew()) {
            return;
        }
        long absorb = choice.get().actorId();
        edit(s -> s.merge(keep.id(), absorb), lastMerge::set);
    }

    public void undoMerge() {
        ActorMerge merge = lastMerge.get();
        if (merge == null) {
            return;
        }
        lastMerge.set(null);
        edit(s -> {
            s.undoMerge(merge);
            return null;
        });
    }

    public void delete() {
        Actor actor = current();
        if (actor != null
                && dialogs.confirm(
                        Messages.get("actors.delete"), Messages.get("actors.delete.confirm", actor.name()))) {
            edit(s -> {
                s.delete(actor.id());
                return null;
            });
        }
    }

    public void review(MentionInContext mention, ReviewState state) {
        ActorService s = service;
        if (s == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.get("actors.rescanning"), p -> {
                    s.review(mention.mention().id(), state);
                    return s.list();
                })
                .onSuccess(rows -> {
                    showList(rows);
                    onChanged.run();
                })
                .onFailure(this::failed));
    }

    public void addRelationship() {
        Actor from = current();
        if (from == null) {
            return;
        }
        List<Actor> others = actors.stream()
                .map(ActorListing::actor)
                .filter(a -> a.id() != from.id())
                .toList();
        dialogs.chooseRelationship(from, others).ifPresent(c -> {
            // Words selected in the reader when the relationship is recorded are its evidence.
            Passage evidence = readerSelection.get();
            edit(s -> s.addRelationship(new Relationship(
                    0, from.id(), c.type(), c.toActorId(), c.validFrom(), c.validTo(), c.note(), evidence)));
        });
    }

    public void removeRelationship(RelationshipRow row) {
        edit(s -> {
            s.removeRelationship(row.relationship().id());
            return null;
        });
    }

    /** Searches the sources for any name of the selected actor. */
    public void searchForSelected() {
        Actor actor = current();
        if (actor != null) {
            onSearch.accept("actor:\"" + actor.name().replace("\"", "") + "\"");
        }
    }

    public void openSource(MentionInContext mention) {
        onOpenSource.accept(mention.mention().sourceId());
    }

    @FunctionalInterface
    private interface Edit<R> {
        R apply(ActorService service) throws Exception;
    }

    private record Edited<R>(R result, List<ActorListing> rows) {}

    private void edit(Edit<?> edit) {
        edit(edit, r -> {});
    }

    /**
     * Runs an edit, waits for the mentions to catch up with it, then hands its result to {@code after} and
     * reloads everything shown.
     */
    private <R> void edit(Edit<R> edit, Consumer<R> after) {
        ActorService s = service;
        if (s == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("actors.rescanning"), p -> {
                    R result = edit.apply(s);
                    s.mentionsUpToDate();
                    return new Edited<>(result, s.list());
                })
                .onSuccess(done -> {
                    busy.set(false);
                    after.accept(done.result());
                    showList(done.rows());
                    onChanged.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    failed(e);
                    reload();
                }));
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("actors.error"), e.getMessage(), e);
    }

    private Actor current() {
        return selected.get() == null ? null : selected.get().actor();
    }

    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    public void setOnSearch(Consumer<String> action) {
        this.onSearch = action;
    }

    /** Where the reader's selection comes from, to record as a new relationship's evidence. */
    public void setReaderSelection(java.util.function.Supplier<Passage> selection) {
        this.readerSelection = selection;
    }

    /** Opens the passage a relationship was recorded from, if it has one. */
    public void openEvidence(RelationshipRow row) {
        Passage evidence = row.relationship().evidence();
        if (evidence != null) {
            onOpenSource.accept(evidence.sourceId());
        }
    }

    public void setOnOpenSource(Consumer<Long> action) {
        this.onOpenSource = action;
    }

    public ObservableList<ActorListing> visible() {
        return visible;
    }

    public ObservableList<ActorListing> all() {
        return actors;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ActorListing> selectedProperty() {
        return selected;
    }

    public ObservableList<MentionInContext> mentions() {
        return mentions;
    }

    public ObservableList<RelationshipRow> relationships() {
        return relationships;
    }

    public ReadOnlyStringProperty mentionStatusProperty() {
        return mentionStatus;
    }

    public ReadOnlyObjectProperty<ActorMerge> lastMergeProperty() {
        return lastMerge;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
