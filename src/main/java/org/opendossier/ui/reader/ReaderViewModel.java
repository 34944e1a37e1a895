package org.opendossier.ui.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.opendossier.model.Acquisition;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.Mention;
import org.opendossier.model.Passage;
import org.opendossier.model.ReviewState;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;
import org.opendossier.service.ActorListing;
import org.opendossier.service.ActorService;
import org.opendossier.service.CaseException;
import org.opendossier.service.ClaimQuote;
import org.opendossier.service.ClaimService;
import org.opendossier.service.SearchService;
import org.opendossier.service.SourceDetails;
import org.opendossier.service.SourceService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.SystemViewer;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.dialog.EvidenceChoice;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * One source as the investigator reads it: its clean text (the text every offset refers to), the places
 * a search matched in it, its metadata and its provenance. The text selection is kept as character
 * offsets into that text, which is what actor tags and evidence quotes will hang on.
 */
public final class ReaderViewModel {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final SystemViewer viewer;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObservableList<Acquisition> acquisitions = FXCollections.observableArrayList();
    private final ObservableList<TextSpan> hits = FXCollections.observableArrayList();
    private final IntegerProperty currentHit = new SimpleIntegerProperty(-1);
    private final StringProperty hitStatus = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<TextSpan> selection = new SimpleObjectProperty<>();
    private final ObservableList<Mention> mentions = FXCollections.observableArrayList();
    private final Map<Long, Actor> actorsById = new HashMap<>();
    private SourceService sources;
    private SearchService search;
    private ActorService actors;
    private ClaimService claims;
    private final ObservableList<ClaimQuote> quotes = FXCollections.observableArrayList();
    private final ObjectProperty<TextSpan> reveal = new SimpleObjectProperty<>();
    private TextSpan pendingReveal;
    private Consumer<Long> onOpenActor = id -> {};
    private Consumer<Long> onOpenClaim = id -> {};
    private Runnable onClaimsChanged = () -> {};
    private Runnable onActorsChanged = () -> {};
    private Consumer<Passage> onAddToDossier = p -> {};
    private long generation;

    public ReaderViewModel(TaskExecutor tasks, DialogService dialogs, SystemViewer viewer) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.viewer = viewer;
        currentHit.addListener((obs, was, now) -> updateHitStatus());
        hits.addListener((javafx.collections.ListChangeListener<TextSpan>) c -> updateHitStatus());
    }

    public void setCase(
            SourceService sourceService,
            SearchService searchService,
            ActorService actorService,
            ClaimService claimService) {
        this.sources = sourceService;
        this.search = searchService;
        this.actors = actorService;
        this.claims = claimService;
        generation++;
        clear();
    }

    /**
     * Shows source {@code id}; with a non-blank {@code query}, its matches are highlighted and the first is
     * current.
     */
    public void show(long id, String query) {
        SourceService from = sources;
        SearchService matcher = search;
        ActorService people = actors;
        ClaimService quoted = claims;
        if (from == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("reader.loading"), p -> {
                    Optional<SourceDetails> details = from.details(id);
                    List<TextSpan> found = query == null || query.isBlank() || details.isEmpty()
                            ? List.of()
                            : matcher.matchesIn(query, id);
                    return new Loaded(details, found, Tags.load(people, id), quotesIn(quoted, id));
                })
                .onSuccess(loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    if (loaded.details().isEmpty()) {
                        clear();
                        return;
                    }
                    selection.set(null);
                    currentHit.set(-1);
                    hits.clear();
                    acquisitions.setAll(loaded.details().get().acquisitions());
                    showTags(loaded.tags());
                    quotes.setAll(loaded.quotes());
                    source.set(loaded.details().get().source());
                    hits.setAll(loaded.hits());
                    currentHit.set(hits.isEmpty() ? -1 : 0);
                    if (pendingReveal != null) {
                        reveal.set(null);
                        reveal.set(pendingReveal);
                        pendingReveal = null;
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        loading.set(false);
                        dialogs.showError(Messages.get("reader.error"), e.getMessage(), e);
                    }
                }));
    }

    private record Loaded(Optional<SourceDetails> details, List<TextSpan> hits, Tags tags, List<ClaimQuote> quotes) {}

    private static List<ClaimQuote> quotesIn(ClaimService claims, long sourceId) throws CaseException {
        return claims == null ? List.of() : claims.evidenceIn(sourceId);
    }

    /** Shows source {@code id} with {@code span} of its text selected and in view (a quote, say). */
    public void showPassage(long id, TextSpan span) {
        Source shown = source.get();
        if (shown != null && shown.id() == id) {
            reveal.set(null);
            reveal.set(span);
            return;
        }
        pendingReveal = span;
        show(id, null);
    }

    /** A passage the view should select and scroll to; set anew each time. */
    public ReadOnlyObjectProperty<TextSpan> revealProperty() {
        return reveal;
    }

    /** Reloads the evidence quoted from the shown source, for after claims changed. */
    public void refreshEvidence() {
        Source shown = source.get();
        ClaimService quoted = claims;
        if (shown == null || quoted == null) {
            return;
        }
        long mine = generation;
        tasks.execute(BackgroundTask.of(Messages.get("reader.loading"), p -> quoted.evidenceIn(shown.id()))
                .onSuccess(found -> {
                    if (mine == generation) {
                        quotes.setAll(found);
                    }
                })
                .onFailure(e -> dialogs.showError(Messages.get("reader.error"), e.getMessage(), e)));
    }

    /**
     * Uses the selected passage as evidence: the person picks an existing claim or states a new one, the
     * source's stance and who speaks in it.
     */
    public void useSelectionAsEvidence() {
        Source shown = source.get();
        TextSpan span = selection.get();
        ClaimService to = claims;
        ActorService people = actors;
        if (shown == null || span == null || to == null) {
            return;
        }
        String words = shown.text().substring(span.start(), span.end()).strip();
        if (words.isEmpty()) {
            return;
        }
        tasks.execute(BackgroundTask.of(
                        Messages.get("reader.loading"),
                        p -> new Choices(
                                to.all(),
                                people == null
                                        ? List.<Actor>of()
                                        : people.list().stream()
                                                .map(ActorListing::actor)
                                                .toList()))
                .onSuccess(choices -> dialogs.chooseEvidence(words, choices.claims(), choices.actors())
                        .ifPresent(choice -> quote(to, shown.id(), span, choice))));
    }

    private record Choices(List<Claim> claims, List<Actor> actors) {}

    /** The selected passage as a stretch of the shown source, or empty when nothing is selected. */
    public Optional<Passage> selectedPassage() {
        Source shown = source.get();
        TextSpan span = selection.get();
        return shown == null || span == null ? Optional.empty() : Optional.of(new Passage(shown.id(), span));
    }

    /** Puts the selected passage in the dossier being composed, as a quoted excerpt. */
    public void addSelectionToDossier() {
        selectedPassage().ifPresent(onAddToDossier);
    }

    /** What "Add to dossier" does: the workbench hands the passage to the composer. */
    public void setOnAddToDossier(Consumer<Passage> action) {
        this.onAddToDossier = action;
    }

    private void quote(ClaimService to, long sourceId, TextSpan span, EvidenceChoice choice) {
        tasks.execute(BackgroundTask.of(Messages.get("claims.saving"), p -> {
                    Evidence added = choice.isNew()
                            ? to.createWithEvidence(
                                    Claim.draft(choice.statement()),
                                    sourceId,
                                    span,
                                    choice.stance(),
                                    choice.speakerId(),
                                    choice.note())
                            : to.addEvidence(
                                    choice.claimId(),
                                    sourceId,
                                    span,
                                    choice.stance(),
                                    choice.speakerId(),
                                    choice.note());
                    return new Quoted(added, to.evidenceIn(sourceId));
                })
                .onSuccess(done -> {
                    quotes.setAll(done.quotes());
                    onClaimsChanged.run();
                    onOpenClaim.accept(done.added().claimId());
                })
                .onFailure(e -> dialogs.showError(Messages.get("claims.error"), e.getMessage(), e)));
    }

    private record Quoted(Evidence added, List<ClaimQuote> quotes) {}

    /** The evidence quoting the text at {@code offset}, innermost first. */
    public List<ClaimQuote> quotesAt(int offset) {
        return quotes.stream()
                .filter(q -> q.evidence().span().start() <= offset
                        && offset < q.evidence().span().end())
                .sorted(java.util.Comparator.comparingInt(
                        q -> q.evidence().span().end() - q.evidence().span().start()))
                .toList();
    }

    /** The evidence quoted from the shown source, in text order. */
    public ObservableList<ClaimQuote> quotes() {
        return quotes;
    }

    public void openClaim(long claimId) {
        onOpenClaim.accept(claimId);
    }

    public void setOnOpenClaim(Consumer<Long> action) {
        this.onOpenClaim = action;
    }

    public void setOnClaimsChanged(Runnable action) {
        this.onClaimsChanged = action;
    }

    /** The mentions in one source and the actors they name. */
    private record Tags(List<Mention> mentions, List<Actor> actors) {
        static Tags load(ActorService actors, long sourceId) throws CaseException {
            if (actors == null) {
                return new Tags(List.of(), List.of());
            }
            List<Mention> found = actors.mentionsIn(sourceId).stream()
                    .filter(m -> m.review() != ReviewState.REJECTED)
                    .toList();
            List<Actor> named = new ArrayList<>();
            for (long id : found.stream().map(Mention::actorId).distinct().toList()) {
                actors.find(id).ifPresent(named::add);
            }
            return new Tags(found, named);
        }
    }

    private void showTags(Tags tags) {
        actorsById.clear();
        tags.actors().forEach(a -> actorsById.put(a.id(), a));
        mentions.setAll(tags.mentions());
    }

    /** Reloads the mentions of the shown source, for after actors or their names changed. */
    public void refreshMentions() {
        Source shown = source.get();
        ActorService people = actors;
        if (shown == null || people == null) {
            return;
        }
        long mine = generation;
        tasks.execute(BackgroundTask.of(Messages.get("reader.loading"), p -> Tags.load(people, shown.id()))
                .onSuccess(tags -> {
                    if (mine == generation) {
                        showTags(tags);
                    }
                })
                .onFailure(e -> dialogs.showError(Messages.get("reader.error"), e.getMessage(), e)));
    }

    /**
     * Tags the selected words as a mention of an actor the person picks or creates. The words become one
     * of its names, so once the re-scan is done every other source shows them too.
     */
    public void tagSelection() {
        Source shown = source.get();
        TextSpan span = selection.get();
        ActorService people = actors;
        if (shown == null || span == null || people == null) {
            return;
        }
        String words = shown.text()
                .substring(span.start(), span.end())
                .replaceAll("\\s+", " ")
                .strip();
        if (words.isEmpty()) {
            return;
        }
        tasks.execute(BackgroundTask.of(
                        Messages.get("reader.loading"),
                        p -> people.list().stream().map(ActorListing::actor).toList())
                .onSuccess(all -> dialogs.chooseActor(Messages.get("tagDialog.title", words), words, all, true)
                        .ifPresent(choice -> tag(people, shown.id(), span, choice))));
    }

    private void tag(ActorService people, long sourceId, TextSpan span, ActorChoice choice) {
        tasks.execute(BackgroundTask.of(Messages.get("actors.rescanning"), p -> {
                    if (choice.isNew()) {
                        people.tagAsNew(sourceId, span, choice.kind(), choice.name());
                    } else {
                        people.tag(sourceId, span, choice.actorId());
                    }
                    return Tags.load(people, sourceId);
                })
                .onSuccess(tags -> {
                    showTags(tags);
                    onActorsChanged.run();
                    afterRescan(people);
                })
                .onFailure(e -> dialogs.showError(Messages.get("tag.error"), e.getMessage(), e)));
    }

    /** Once every source has been matched against the new names: the marks here and elsewhere refresh. */
    private void afterRescan(ActorService people) {
        tasks.execute(BackgroundTask.of(Messages.get("actors.rescanning"), p -> {
                    people.mentionsUpToDate();
                    return true;
                })
                .onSuccess(done -> {
                    refreshMentions();
                    onActorsChanged.run();
                })
                .onFailure(e -> dialogs.showError(Messages.get("tag.error"), e.getMessage(), e)));
    }

    /** The mention covering {@code offset} of the text, if any. */
    public Optional<Mention> mentionAt(int offset) {
        return mentions.stream()
                .filter(m -> m.span().start() <= offset && offset < m.span().end())
                .findFirst();
    }

    /** The actor a shown mention names. */
    public Optional<Actor> actor(long id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    public void openActor(long id) {
        onOpenActor.accept(id);
    }

    public void setOnOpenActor(Consumer<Long> action) {
        this.onOpenActor = action;
    }

    /** Runs on the FX thread after this reader changed actors (tagging), so lists elsewhere can reload. */
    public void setOnActorsChanged(Runnable action) {
        this.onActorsChanged = action;
    }

    /** The mentions of actors in the shown source, in text order; rejected ones are left out. */
    public ObservableList<Mention> mentions() {
        return mentions;
    }

    public void clear() {
        quotes.clear();
        source.set(null);
        mentions.clear();
        actorsById.clear();
        acquisitions.clear();
        hits.clear();
        currentHit.set(-1);
        selection.set(null);
        loading.set(false);
    }

    public void nextHit() {
        if (!hits.isEmpty()) {
            currentHit.set((currentHit.get() + 1) % hits.size());
        }
    }

    public void previousHit() {
        if (!hits.isEmpty()) {
            currentHit.set((currentHit.get() - 1 + hits.size()) % hits.size());
        }
    }

    private void updateHitStatus() {
        hitStatus.set(
                hits.isEmpty() ? "" : Messages.get("reader.hits", Math.max(0, currentHit.get()) + 1, hits.size()));
    }

    /** Opens the untouched original file with the system's viewer for its type. */
    public void openOriginal() {
        Source shown = source.get();
        SourceService from = sources;
        if (shown == null || from == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.get("reader.opening"), p -> {
                    Path original = from.originalPath(shown.sha256());
                    viewer.open(original);
                    return original;
                })
                .onFailure(e -> dialogs.showError(
                        Messages.get("reader.openOriginal.error"),
                        Messages.get("reader.openOriginal.failed", e.getMessage()),
                        e)));
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObservableList<Acquisition> acquisitions() {
        return acquisitions;
    }

    /** Where the shown query matches the text, in order. */
    public ObservableList<TextSpan> hits() {
        return hits;
    }

    /** Index into {@link #hits()} of the hit the reader is at, or -1. */
    public ReadOnlyIntegerProperty currentHitProperty() {
        return currentHit;
    }

    public ReadOnlyStringProperty hitStatusProperty() {
        return hitStatus;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The selected text as offsets into the source's text, set by the view; null when nothing is selected. */
    public ObjectProperty<TextSpan> selectionProperty() {
        return selection;
    }
}
