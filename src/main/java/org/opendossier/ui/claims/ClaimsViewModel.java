package org.opendossier.ui.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRelation;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.service.ActorListing;
import org.opendossier.service.ActorService;
import org.opendossier.service.CaseException;
import org.opendossier.service.ClaimListing;
import org.opendossier.service.ClaimService;
import org.opendossier.service.EvidenceCandidate;
import org.opendossier.service.EvidenceSuggestions;
import org.opendossier.service.QuotedEvidence;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;
import org.opendossier.ui.Undoable;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;

/**
 * The claims of the open case and the one being worked on: its fields, its evidence grouped by stance, its
 * relations to other claims. Every edit runs as a background task through {@link ClaimService}, which
 * keeps it for undo and redo.
 */
public final class ClaimsViewModel implements Undoable {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<ClaimListing> claims = FXCollections.observableArrayList();
    private final FilteredList<ClaimListing> visible = new FilteredList<>(claims);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ClaimListing> selected = new SimpleObjectProperty<>();
    private final ObservableList<QuotedEvidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<RelationRow> relations = FXCollections.observableArrayList();
    private final ObservableList<EvidenceCandidate> candidates = FXCollections.observableArrayList();
    private final StringProperty candidateStatus = new SimpleStringProperty("");
    /** Proposals a person dismissed this session: claim, source and span. */
    private final java.util.Set<String> dismissed = new java.util.HashSet<>();

    private EvidenceSuggestions moreEvidence;
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Map<Long, Actor> actors = new HashMap<>();
    private ClaimService service;
    private ActorService actorService;
    private Runnable onChanged = () -> {};
    private BiConsumer<Long, TextSpan> onOpenSource = (id, span) -> {};
    private long wanted = -1;

    /** A relation as the detail lists it: "denies: The army burned the granary". */
    public record RelationRow(ClaimRelation relation, String text) {}

    public ClaimsViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        filter.addListener((obs, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(l -> q.isEmpty()
                    || l.claim().statement().toLowerCase(Locale.ROOT).contains(q)
                    || l.claim().tags().stream()
                            .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q)));
        });
        selected.addListener((obs, was, now) -> loadDetail());
    }

    public void setCase(ClaimService claims, ActorService actorService, EvidenceSuggestions moreEvidence) {
        this.service = claims;
        this.actorService = actorService;
        this.moreEvidence = moreEvidence;
        this.claims.clear();
        dismissed.clear();
        selected.set(null);
        updateUndo();
        if (claims != null) {
            reload();
        }
    }

    /** Reads the list again, keeping the selected claim selected. */
    public void reload() {
        ClaimService from = service;
        ActorService people = actorService;
        if (from == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("claims.loading"), p -> new Listing(from.list(), actors(people)))
                .onSuccess(this::showList)
                .onFailure(this::failed));
    }

    private record Listing(List<ClaimListing> claims, List<Actor> actors) {}

    private static List<Actor> actors(ActorService people) throws CaseException {
        return people == null
                ? List.of()
                : people.list().stream().map(ActorListing::actor).toList();
    }

    private void showList(Listing listing) {
        busy.set(false);
        long keep = wanted >= 0
                ? wanted
                : selected.get() == null ? -1 : selected.get().claim().id();
        wanted = -1;
        actors.clear();
        listing.actors().forEach(a -> actors.put(a.id(), a));
        claims.setAll(listing.claims());
        ClaimListing again = listing.claims().stream()
                .filter(l -> l.claim().id() == keep)
                .findFirst()
                .orElse(null);
        if (again != null && again.equals(selected.get())) {
            loadDetail();
        } else {
            selected.set(again);
        }
        updateUndo();
    }

    /** Selects claim {@code id} (when the reader's highlight is clicked, say). */
    public void select(long id) {
        Optional<ClaimListing> found =
                claims.stream().filter(l -> l.claim().id() == id).findFirst();
        if (found.isPresent()) {
            selected.set(found.get());
        } else {
            wanted = id;
            reload();
        }
    }

    private void loadDetail() {
        ClaimService from = service;
        ClaimListing shown = selected.get();
        if (from == null || shown == null) {
            evidence.clear();
            relations.clear();
            candidates.clear();
            candidateStatus.set("");
            return;
        }
        long id = shown.claim().id();
        candidates.removeIf(c -> !candidateFor(id));
        if (candidates.isEmpty()) {
            candidateStatus.set("");
        }
        tasks.execute(BackgroundTask.of(
                        Messages.get("claims.loading"), p -> new Detail(from.evidenceOf(id), from.relations()))
                .onSuccess(d -> {
                    if (selected.get() == null || selected.get().claim().id() != id) {
                        return;
                    }
                    List<QuotedEvidence> rows = new ArrayList<>();
                    Arrays.stream(Stance.values())
                            .forEach(s -> rows.addAll(d.evidence().getOrDefault(s, List.of())));
                    evidence.setAll(rows);
                    relations.setAll(d.relations().stream()
                            .filter(r -> r.fromClaimId() == id || r.toClaimId() == id)
                            .map(r -> new RelationRow(r, describe(r, id)))
                            .toList());
                })
                .onFailure(this::failed));
    }

    private record Detail(Map<Stance, List<QuotedEvidence>> evidence, List<ClaimRelation> relations) {}

    private String describe(ClaimRelation r, long id) {
        boolean outgoing = r.fromClaimId() == id;
        long other = outgoing ? r.toClaimId() : r.fromClaimId();
        String statement = claims.stream()
                .filter(l -> l.claim().id() == other)
                .map(l -> l.claim().statement())
                .findFirst()
                .orElse("#" + other);
        String verb = Formats.enumName(outgoing ? "claimRelation" : "claimRelation.inverse", r.type());
        return verb + ": " + statement;
    }

    /** How many proposals "find more evidence" shows at once. */
    static final int PROPOSALS = 12;

    private long candidatesOf = -1;

    private boolean candidateFor(long claimId) {
        return candidatesOf == claimId;
    }

    /** Proposes passages in other sources that probably say what the selected claim says. */
    public void findMore() {
        Claim claim = current();
        EvidenceSuggestions finder = moreEvidence;
        if (claim == null || finder == null) {
            return;
        }
        long id = claim.id();
        candidateStatus.set(Messages.get("claims.more.searching"));
        tasks.execute(BackgroundTask.of(Messages.get("claims.more.searching"), p -> finder.propose(id, PROPOSALS * 2))
                .onSuccess(found -> {
                    if (current() == null || current().id() != id) {
                        return;
                    }
                    candidatesOf = id;
                    List<EvidenceCandidate> fresh = found.stream()
                            .filter(c -> !dismissed.contains(key(id, c)))
                            .limit(PROPOSALS)
                            .toList();
                    candidates.setAll(fresh);
                    candidateStatus.set(
                            fresh.isEmpty()
                                    ? Messages.get("claims.more.none")
                                    : Messages.get("claims.more.found", fresh.size()));
                })
                .onFailure(this::failed));
    }

    /** Adds a proposed passage as evidence with the stance the person chose. */
    public void confirm(EvidenceCandidate candidate, Stance stance) {
        Claim claim = current();
        if (claim == null) {
            return;
        }
        candidates.remove(candidate);
        edit(s -> s.addEvidence(claim.id(), candidate.source().id(), candidate.span(), stance, null, ""));
    }

    /** Hides a proposed passage for this claim for the rest of the session. */
    public void dismiss(EvidenceCandidate candidate) {
        Claim claim = current();
        if (claim != null) {
            dismissed.add(key(claim.id(), candidate));
        }
        candidates.remove(candidate);
    }

    private static String key(long claimId, EvidenceCandidate c) {
        return claimId + ":" + c.source().id() + ":" + c.span().start() + ":"
                + c.span().end();
    }

    public ObservableList<EvidenceCandidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty candidateStatusProperty() {
        return candidateStatus;
    }

    /** Shows a proposed passage in the reader. */
    public void openCandidate(EvidenceCandidate c) {
        onOpenSource.accept(c.source().id(), c.span());
    }

    /** Asks for a statement and records it as a new claim, which becomes the selected one. */
    public void newClaim() {
        dialogs.askText(Messages.get("claims.new"), Messages.get("claims.new.prompt"), "")
                .ifPresent(statement -> edit(s -> s.create(Claim.draft(statement)), c -> wanted = c.id()));
    }

    public void delete() {
        Claim claim = current();
        if (claim != null
                && dialogs.confirm(
                        Messages.get("claims.delete"), Messages.get("claims.delete.confirm", claim.statement()))) {
            edit(s -> {
                s.delete(claim.id());
                return null;
            });
        }
    }

    /** Writes the detail's fields; a bad date is refused with the reason and nothing is written. */
    public void save(String statement, ClaimStatus status, String eventDate, String tags, String notes) {
        Claim claim = current();
        if (claim == null) {
            return;
        }
        PartialDate date;
        try {
            date = PartialDate.parseOrNull(eventDate);
        } catch (IllegalArgumentException e) {
            dialogs.showError(Messages.get("claims.error"), e.getMessage(), e);
            return;
        }
        if (statement == null || statement.isBlank()) {
            dialogs.showError(Messages.get("claims.error"), Messages.get("claims.statement.empty"), null);
            return;
        }
        Claim changed = claim.withStatement(statement.strip())
                .withStatus(status)
                .withEventDate(date)
                .withTags(splitTags(tags))
                .withNotes(notes);
        if (!changed.equals(claim)) {
            edit(s -> s.update(changed));
        }
    }

    static List<String> splitTags(String tags) {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    public void addClaimant() {
        addActor(true);
    }

    public void addSubject() {
        addActor(false);
    }

    private void addActor(boolean claimant) {
        Claim claim = current();
        if (claim == null) {
            return;
        }
        String title = Messages.get(claimant ? "claims.addClaimant" : "claims.addSubject");
        Optional<ActorChoice> choice = dialogs.chooseActor(title, "", List.copyOf(actors.values()), false);
        choice.filter(c -> !c.isNew()).ifPresent(c -> {
            List<Long> ids = new ArrayList<>(claimant ? claim.claimantIds() : claim.subjectIds());
            if (!ids.contains(c.actorId())) {
                ids.add(c.actorId());
                edit(s -> s.update(claimant ? claim.withClaimants(ids) : claim.withSubjects(ids)));
            }
        });
    }

    public void removeClaimant(long actorId) {
        Claim claim = current();
        if (claim != null) {
            edit(s -> s.update(claim.withClaimants(without(claim.claimantIds(), actorId))));
        }
    }

    public void removeSubject(long actorId) {
        Claim claim = current();
        if (claim != null) {
            edit(s -> s.update(claim.withSubjects(without(claim.subjectIds(), actorId))));
        }
    }

    private static List<Long> without(List<Long> ids, long id) {
        return ids.stream().filter(x -> x != id).toList();
    }

    public void changeStance(QuotedEvidence e, Stance stance) {
        if (e.evidence().stance() != stance) {
            edit(s -> s.updateEvidence(e.evidence().withStance(stance)));
        }
    }

    /** Picks the actor who speaks in the evidence's source ("according to the UN"). */
    public void chooseSpeaker(QuotedEvidence e) {
        dialogs.chooseActor(Messages.get("claims.speaker"), "", List.copyOf(actors.values()), false)
                .filter(c -> !c.isNew())
                .ifPresent(c -> edit(s -> s.updateEvidence(e.evidence().withSpeaker(c.actorId()))));
    }

    public void clearSpeaker(QuotedEvidence e) {
        if (e.evidence().speakerId() != null) {
            edit(s -> s.updateEvidence(e.evidence().withSpeaker(null)));
        }
    }

    public void changeNote(QuotedEvidence e) {
        dialogs.askText(
                        Messages.get("claims.evidenceNote"),
                        Messages.get("claims.evidenceNote.prompt"),
                        e.evidence().note())
                .ifPresent(note -> edit(s -> s.updateEvidence(e.evidence().withNote(note))));
    }

    public void removeEvidence(QuotedEvidence e) {
        edit(s -> {
            s.removeEvidence(e.evidence().id());
            return null;
        });
    }

    /** Shows the evidence's source in the reader with the quote selected. */
    public void openEvidence(QuotedEvidence e) {
        onOpenSource.accept(e.evidence().sourceId(), e.evidence().span());
    }

    /** Relates the selected claim to another one the person picks. */
    public void relate() {
        Claim claim = current();
        if (claim == null) {
            return;
        }
        List<Claim> others = claims.stream()
                .map(ClaimListing::claim)
                .filter(c -> c.id() != claim.id())
                .toList();
        if (others.isEmpty()) {
            dialogs.showInfo(Messages.get("claims.relate"), Messages.get("claims.relate.none"));
            return;
        }
        dialogs.chooseClaimRelation(claim, others)
                .ifPresent(choice -> edit(s -> s.relate(claim.id(), choice.type(), choice.toClaimId())));
    }

    public void unrelate(RelationRow row) {
        edit(s -> {
            s.unrelate(row.relation().id());
            return null;
        });
    }

    @Override
    public void undo() {
        edit(ClaimService::undo);
    }

    @Override
    public void redo() {
        edit(ClaimService::redo);
    }

    /** The name of an actor the claims refer to, or its number if it is gone. */
    public String actorName(long id) {
        Actor a = actors.get(id);
        return a == null ? "#" + id : a.name();
    }

    private Claim current() {
        return selected.get() == null ? null : selected.get().claim();
    }

    private <T> void edit(Edit<T> work) {
        edit(work, r -> {});
    }

    private <T> void edit(Edit<T> work, java.util.function.Consumer<T> then) {
        ClaimService to = service;
        if (to == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.get("claims.saving"), p -> work.run(to))
                .onSuccess(result -> {
                    then.accept(result);
                    onChanged.run();
                    reload();
                })
                .onFailure(this::failed));
    }

    private void updateUndo() {
        ClaimService s = service;
        undoLabel.set(s == null ? "" : s.undoLabel().orElse(""));
        redoLabel.set(s == null ? "" : s.redoLabel().orElse(""));
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(Messages.get("claims.error"), e.getMessage(), e);
        reload();
    }

    @FunctionalInterface
    private interface Edit<T> {
        T run(ClaimService service) throws CaseException;
    }

    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    public void setOnOpenSource(BiConsumer<Long, TextSpan> action) {
        this.onOpenSource = action;
    }

    public ObservableList<ClaimListing> visibleClaims() {
        return visible;
    }

    public ObservableList<ClaimListing> claims() {
        return claims;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ClaimListing> selectedProperty() {
        return selected;
    }

    public ObservableList<QuotedEvidence> evidence() {
        return evidence;
    }

    public ObservableList<RelationRow> relations() {
        return relations;
    }

    @Override
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    @Override
    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
