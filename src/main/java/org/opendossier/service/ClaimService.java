package org.opendossier.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opendossier.analysis.anchor.Placement;
import org.opendossier.analysis.anchor.PlacementMethod;
import org.opendossier.analysis.anchor.QuoteAnchoring;
import org.opendossier.model.Actor;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRecord;
import org.opendossier.model.ClaimRelation;
import org.opendossier.model.ClaimRelationType;
import org.opendossier.model.Evidence;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.Source;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.opendossier.store.StoreTransaction;

/**
 * Claims and their evidence: recording them, quoting sources for them, counting who backs and who contests
 * them by independent outlet, and undoing and redoing every edit.
 *
 * <p>Every edit runs in one transaction and is kept in the session's {@link ClaimHistory}; listeners
 * registered with {@link #onChange} hear of every edit, undo and redo once it is committed.
 */
public final class ClaimService {
    private static final int CONTEXT = 80;

    private final Transactions transactions;
    private final ClaimHistory history = new ClaimHistory();
    private final OutletGrouping outlets;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ClaimService(CaseStore store) {
        this.transactions = new Transactions(store);
        this.outlets = new OutletGrouping();
    }

    /** Runs {@code listener} after every committed change of claims or evidence, on the changing thread. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public List<ClaimListing> list() throws CaseException {
        return transactions.read(tx -> {
            Map<Long, List<Evidence>> byClaim = new HashMap<>();
            for (Evidence e : tx.claims().allEvidence()) {
                byClaim.computeIfAbsent(e.claimId(), k -> new ArrayList<>()).add(e);
            }
            Map<Long, Integer> groups = outlets.groups(tx, sourceIds(byClaim.values()));
            List<ClaimListing> out = new ArrayList<>();
            for (Claim c : tx.claims().list()) {
                out.add(listing(c, byClaim.getOrDefault(c.id(), List.of()), groups));
            }
            return out;
        });
    }

    /** Every claim against every source that quotes any of them. */
    public ClaimMatrix matrix() throws CaseException {
        return transactions.read(tx -> {
            Map<Long, Map<Long, List<Evidence>>> cells = new HashMap<>();
            Set<Long> ids = new HashSet<>();
            for (Evidence e : tx.claims().allEvidence()) {
                cells.computeIfAbsent(e.claimId(), k -> new HashMap<>())
                        .computeIfAbsent(e.sourceId(), k -> new ArrayList<>())
                        .add(e);
                ids.add(e.sourceId());
            }
            Map<Long, Integer> groups = outlets.groups(tx, ids);
            List<ClaimMatrix.Column> columns = new ArrayList<>();
            for (SourceSummary s : tx.sources().summaries(ids).values()) {
                columns.add(new ClaimMatrix.Column(s, groups.getOrDefault(s.id(), 0)));
            }
            columns.sort(java.util.Comparator.comparing((ClaimMatrix.Column c) -> outletName(c.source()))
                    .thenComparingInt(ClaimMatrix.Column::outletGroup)
                    .thenComparing(c ->
                            c.source().publishedAt() == null ? "" : c.source().publishedAt())
                    .thenComparingLong(c -> c.source().id()));
            return new ClaimMatrix(tx.claims().list(), columns, cells);
        });
    }

    private static String outletName(SourceSummary s) {
        return s.outlet() == null ? "\uffff" : s.outlet().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every claim, oldest first, without counting its evidence: for pickers and look-ups. */
    public List<Claim> all() throws CaseException {
        return transactions.read(tx -> tx.claims().list());
    }

    public Optional<Claim> find(long id) throws CaseException {
        return transactions.read(tx -> tx.claims().find(id));
    }

    /** One claim with its counts and warnings, or empty if there is no such claim. */
    public Optional<ClaimListing> listing(long id) throws CaseException {
        return transactions.read(tx -> {
            Optional<Claim> claim = tx.claims().find(id);
            if (claim.isEmpty()) {
                return Optional.empty();
            }
            List<Evidence> evidence = tx.claims().evidenceOf(id);
            return Optional.of(listing(claim.get(), evidence, outlets.groups(tx, sourceIds(List.of(evidence)))));
        });
    }

    /** A claim's evidence as a person reads it, grouped by stance (in the order of {@link Stance}). */
    public Map<Stance, List<QuotedEvidence>> evidenceOf(long claimId) throws CaseException {
        return transactions.read(tx -> {
            List<Evidence> evidence = tx.claims().evidenceOf(claimId);
            Map<Long, Source> sources = new HashMap<>();
            tx.sources().findAll(sourceIds(List.of(evidence))).forEach(s -> sources.put(s.id(), s));
            Map<Long, Integer> groups = outlets.groups(tx, sources.keySet());
            Map<Long, String> names = speakerNames(tx, evidence);
            Map<Stance, List<QuotedEvidence>> out = new EnumMap<>(Stance.class);
            for (Evidence e : evidence) {
                Source s = sources.get(e.sourceId());
                out.computeIfAbsent(e.stance(), k -> new ArrayList<>())
                        .add(quoted(e, s, names, groups.getOrDefault(e.sourceId(), 0)));
            }
            return out;
        });
    }

    /** The evidence quoting one source, in text order, with the claim each piece feeds. */
    public List<ClaimQuote> evidenceIn(long sourceId) throws CaseException {
        return transactions.read(tx -> {
            List<ClaimQuote> out = new ArrayList<>();
            Map<Long, Claim> claims = new HashMap<>();
            for (Evidence e : tx.claims().evidenceIn(sourceId)) {
                if (!claims.containsKey(e.claimId())) {
                    claims.put(e.claimId(), tx.claims().find(e.claimId()).orElseThrow());
                }
                out.add(new ClaimQuote(e, claims.get(e.claimId())));
            }
            return out;
        });
    }

    public List<ClaimRelation> relations() throws CaseException {
        return transactions.read(tx -> tx.claims().relations());
    }

    /** Records a new claim; its id and times are given by the store. */
    public Claim create(Claim draft) throws CaseException {
        return edit("new claim", (tx, edit) -> {
            long id = tx.claims().create(draft);
            edit.created(id);
            return tx.claims().find(id).orElseThrow();
        });
    }

    /** Writes every field of a claim: statement, status, date, actors, tags, notes. */
    public Claim update(Claim claim) throws CaseException {
        return edit("change claim", (tx, edit) -> {
            existing(tx, claim.id());
            edit.touch(claim.id());
            tx.claims().update(claim);
            return tx.claims().find(claim.id()).orElseThrow();
        });
    }

    /** Deletes a claim with its evidence and relations (undoable). */
    public void delete(long claimId) throws CaseException {
        edit("delete claim", (tx, edit) -> {
            existing(tx, claimId);
            for (ClaimRelation r : tx.claims().record(claimId).orElseThrow().relations()) {
                edit.touch(r.fromClaimId() == claimId ? r.toClaimId() : r.fromClaimId());
            }
            edit.touch(claimId);
            tx.claims().delete(claimId);
            return null;
        });
    }

    /**
     * Quotes {@code span} of a source as evidence for a claim. The quote is anchored on the source's text
     * as it is now; the same passage cannot be quoted twice for one claim.
     */
    public Evidence addEvidence(long claimId, long sourceId, TextSpan span, Stance stance, Long speakerId, String note)
            throws CaseException {
        return edit("add evidence", (tx, edit) -> {
            existing(tx, claimId);
            edit.touch(claimId);
            return insertEvidence(tx, claimId, sourceId, span, stance, speakerId, note);
        });
    }

    /**
     * Quotes the words {@code quote} of a source as evidence for a claim: the words are looked up in the
     * source's text, and a quote that is not there, or is there more than once, is refused with where to
     * look.
     */
    public Evidence addQuote(long claimId, long sourceId, String quote, Stance stance, Long speakerId, String note)
            throws CaseException {
        Source source = transactions
                .read(tx -> tx.sources().find(sourceId))
                .orElseThrow(() -> new CaseException("There is no source " + sourceId + "."));
        return addEvidence(claimId, sourceId, Quotes.locateWholeWords(source, quote), stance, speakerId, note);
    }

    /** Records a new claim and quotes its first evidence in one step (one undo). */
    public Evidence createWithEvidence(
            Claim draft, long sourceId, TextSpan span, Stance stance, Long speakerId, String note)
            throws CaseException {
        return edit("new claim from quote", (tx, edit) -> {
            long id = tx.claims().create(draft);
            edit.created(id);
            return insertEvidence(tx, id, sourceId, span, stance, speakerId, note);
        });
    }

    /** Changes the stance, speaker or note of a piece of evidence; its quote stays as it is. */
    public Evidence updateEvidence(Evidence changed) throws CaseException {
        return edit("change evidence", (tx, edit) -> {
            Evidence stored = tx.claims()
                    .findEvidence(changed.id())
                    .orElseThrow(() -> new CaseException("There is no evidence " + changed.id() + "."));
            edit.touch(stored.claimId());
            Evidence next = stored.withStance(changed.stance())
                    .withSpeaker(changed.speakerId())
                    .withNote(changed.note());
            tx.claims().updateEvidence(next);
            return next;
        });
    }

    public void removeEvidence(long evidenceId) throws CaseException {
        edit("remove evidence", (tx, edit) -> {
            Evidence stored = tx.claims()
                    .findEvidence(evidenceId)
                    .orElseThrow(() -> new CaseException("There is no evidence " + evidenceId + "."));
            edit.touch(stored.claimId());
            tx.claims().removeEvidence(evidenceId);
            return null;
        });
    }

    /** Records that claim {@code fromId} {@code type} claim {@code toId} ("denies"). */
    public ClaimRelation relate(long fromId, ClaimRelationType type, long toId) throws CaseException {
        if (fromId == toId) {
            throw new CaseException("A claim cannot be related to itself.");
        }
        return edit("relate claims", (tx, edit) -> {
            existing(tx, fromId);
            existing(tx, toId);
            boolean exists = tx.claims().relations().stream()
                    .anyMatch(r -> r.fromClaimId() == fromId && r.toClaimId() == toId && r.type() == type);
            if (exists) {
                throw new CaseException(
                        "Claim " + fromId + " already " + type.name().toLowerCase() + " claim " + toId + ".");
            }
            edit.touch(fromId);
            edit.touch(toId);
            long id = tx.claims().relate(new ClaimRelation(0, fromId, type, toId));
            return new ClaimRelation(id, fromId, type, toId);
        });
    }

    public void unrelate(long relationId) throws CaseException {
        edit("unrelate claims", (tx, edit) -> {
            ClaimRelation r = tx.claims().relations().stream()
                    .filter(x -> x.id() == relationId)
                    .findFirst()
                    .orElseThrow(() -> new CaseException("There is no claim relation " + relationId + "."));
            edit.touch(r.fromClaimId());
            edit.touch(r.toClaimId());
            tx.claims().unrelate(relationId);
            return null;
        });
    }

    /** What placing quotes again on changed source texts did. */
    public record Reanchored(int checked, int placed, int orphaned) {}

    /**
     * Places again every quote whose source's text is no longer the text it was anchored on (the text was
     * re-extracted or changed by a migration): at its old offsets if they still hold, else where the exact
     * quote is, else the closest passage weighted on quote and context (decision record 0013). A quote
     * that cannot be placed is kept as an orphan with its last offsets, never dropped. Not an edit to undo:
     * it follows the text.
     */
    public Reanchored reanchor() throws CaseException {
        Reanchored result = transactions.write(tx -> {
            int checked = 0;
            int placed = 0;
            int orphaned = 0;
            QuoteAnchoring anchoring = new QuoteAnchoring();
            for (Evidence e : tx.claims().staleAnchors()) {
                Source source = tx.sources().find(e.sourceId()).orElseThrow();
                checked++;
                Placement p = anchoring.place(source.text(), e.anchor());
                if (p.placed()) {
                    QuoteAnchor now = QuoteAnchor.of(source, p.span().orElseThrow());
                    boolean same = p.method() == PlacementMethod.POSITION
                            && now.quote().exact().equals(e.quote());
                    tx.claims().updateEvidence(e.withAnchor(now, same ? e.state() : AnchorState.REANCHORED));
                    placed++;
                } else {
                    QuoteAnchor kept = new QuoteAnchor(e.anchor().quote(), e.span(), source.textSha256());
                    tx.claims().updateEvidence(e.withAnchor(kept, AnchorState.ORPHANED));
                    orphaned++;
                }
            }
            return new Reanchored(checked, placed, orphaned);
        });
        if (result.checked() > 0) {
            changed();
        }
        return result;
    }

    /** What {@link #undo} would undo ("add evidence"), if anything. */
    public Optional<String> undoLabel() {
        return history.nextUndo().map(ClaimHistory.Edit::label);
    }

    public Optional<String> redoLabel() {
        return history.nextRedo().map(ClaimHistory.Edit::label);
    }

    /** Undoes the latest edit; returns false when there is none. */
    public boolean undo() throws CaseException {
        Optional<ClaimHistory.Edit> next = history.nextUndo();
        if (next.isEmpty()) {
            return false;
        }
        List<ClaimHistory.Step> steps = new ArrayList<>(next.get().steps());
        java.util.Collections.reverse(steps);
        write(steps, true);
        history.undid(next.get());
        changed();
        return true;
    }

    /** Redoes the latest undone edit; returns false when there is none. */
    public boolean redo() throws CaseException {
        Optional<ClaimHistory.Edit> next = history.nextRedo();
        if (next.isEmpty()) {
            return false;
        }
        write(next.get().steps(), false);
        history.redid(next.get());
        changed();
        return true;
    }

    private void write(List<ClaimHistory.Step> steps, boolean before) throws CaseException {
        transactions.write(tx -> {
            // every claim is written first, then each again so relations between them all come back
            for (int pass = 0; pass < 2; pass++) {
                for (ClaimHistory.Step s : steps) {
                    tx.claims().restore(s.claimId(), before ? s.before() : s.after());
                }
            }
            return null;
        });
    }

    private Evidence insertEvidence(
            StoreTransaction tx, long claimId, long sourceId, TextSpan span, Stance stance, Long speakerId, String note)
            throws StoreException, CaseException {
        Source source = tx.sources()
                .find(sourceId)
                .orElseThrow(() -> new CaseException("There is no source " + sourceId + "."));
        if (span.end() > source.text().length() || span.start() == span.end()) {
            throw new CaseException("The passage [" + span.start() + ", " + span.end() + ") is not in source "
                    + sourceId + " (its text has " + source.text().length() + " characters).");
        }
        if (source.text().substring(span.start(), span.end()).isBlank()) {
            throw new CaseException("Select some words to quote; the selection is only white space.");
        }
        boolean twice = tx.claims().evidenceOf(claimId).stream()
                .anyMatch(e -> e.sourceId() == sourceId && e.span().equals(span));
        if (twice) {
            throw new CaseException("This passage is already evidence for the claim.");
        }
        if (speakerId != null && tx.actors().find(speakerId).isEmpty()) {
            throw new CaseException("There is no actor " + speakerId + " to name as speaker.");
        }
        Evidence e = new Evidence(
                0, claimId, sourceId, stance, speakerId, note, QuoteAnchor.of(source, span), AnchorState.ANCHORED);
        long id = tx.claims().addEvidence(e);
        return tx.claims().findEvidence(id).orElseThrow();
    }

    private <T> T edit(String label, EditWork<T> work) throws CaseException {
        List<ClaimHistory.Step> steps = new ArrayList<>();
        T result = transactions.write(tx -> {
            Recorder recorder = new Recorder(tx);
            T r = work.run(tx, recorder);
            steps.addAll(recorder.steps());
            return r;
        });
        history.done(new ClaimHistory.Edit(label, steps));
        changed();
        return result;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private ClaimListing listing(Claim claim, List<Evidence> evidence, Map<Long, Integer> groups) {
        Map<Stance, List<Evidence>> byStance = new EnumMap<>(Stance.class);
        for (Evidence e : evidence) {
            byStance.computeIfAbsent(e.stance(), k -> new ArrayList<>()).add(e);
        }
        Map<Stance, Tally> tallies = new EnumMap<>(Stance.class);
        byStance.forEach((stance, list) -> tallies.put(stance, tally(list, groups)));
        List<Evidence> backing =
                evidence.stream().filter(e -> e.stance().backs()).toList();
        List<Evidence> contesting =
                evidence.stream().filter(e -> e.stance().contests()).toList();
        Tally back = tally(backing, groups);
        return new ClaimListing(
                claim, tallies, back, tally(contesting, groups), warnings(claim, evidence, contesting, back));
    }

    private static List<ClaimWarning> warnings(
            Claim claim, List<Evidence> evidence, List<Evidence> contesting, Tally backing) {
        List<ClaimWarning> out = new ArrayList<>();
        if (evidence.isEmpty()) {
            out.add(ClaimWarning.UNSOURCED);
        } else if (backing.articles() == 1) {
            out.add(ClaimWarning.SINGLE_SOURCE);
        } else if (backing.articles() > 1 && backing.outlets() == 1) {
            out.add(ClaimWarning.ONE_STORY);
        }
        Set<Long> subjects = new HashSet<>(claim.subjectIds());
        if (contesting.stream().anyMatch(e -> e.speakerId() != null && subjects.contains(e.speakerId()))) {
            out.add(ClaimWarning.DISPUTED_BY_SUBJECT);
        }
        if (evidence.stream().anyMatch(e -> e.state() == AnchorState.ORPHANED)) {
            out.add(ClaimWarning.ORPHANED_EVIDENCE);
        }
        return out;
    }

    private static Tally tally(List<Evidence> evidence, Map<Long, Integer> groups) {
        Set<Long> articles = new HashSet<>();
        Set<Integer> outletSet = new HashSet<>();
        for (Evidence e : evidence) {
            articles.add(e.sourceId());
            outletSet.add(groups.getOrDefault(e.sourceId(), (int) -e.sourceId()));
        }
        return new Tally(outletSet.size(), articles.size());
    }

    private static QuotedEvidence quoted(Evidence e, Source s, Map<Long, String> names, int group) {
        Excerpt around = Excerpt.of(s, e.span(), CONTEXT);
        String speaker = e.speakerId() == null ? "" : names.getOrDefault(e.speakerId(), "");
        return new QuotedEvidence(e, s.summary(), speaker, around.before(), around.after(), group);
    }

    /** The names of the actors speaking in {@code evidence}: a few look-ups, not the case's every actor. */
    private static Map<Long, String> speakerNames(StoreTransaction tx, List<Evidence> evidence) throws StoreException {
        Map<Long, String> names = new HashMap<>();
        for (Evidence e : evidence) {
            if (e.speakerId() != null && !names.containsKey(e.speakerId())) {
                names.put(
                        e.speakerId(),
                        tx.actors().find(e.speakerId()).map(Actor::name).orElse(""));
            }
        }
        return names;
    }

    private static Set<Long> sourceIds(Collection<List<Evidence>> evidence) {
        Set<Long> ids = new HashSet<>();
        evidence.forEach(list -> list.forEach(e -> ids.add(e.sourceId())));
        return ids;
    }

    private static Claim existing(StoreTransaction tx, long id) throws StoreException, CaseException {
        return tx.claims().find(id).orElseThrow(() -> new CaseException("There is no claim " + id + "."));
    }

    @FunctionalInterface
    private interface EditWork<T> {
        T run(StoreTransaction tx, Recorder edit) throws StoreException, CaseException;
    }

    /** Keeps each claim an edit touches as it was before the edit's first change to it, then as it ends. */
    private static final class Recorder {
        private final StoreTransaction tx;
        private final Map<Long, ClaimRecord> before = new LinkedHashMap<>();

        Recorder(StoreTransaction tx) {
            this.tx = tx;
        }

        /** Call before changing a claim. */
        void touch(long claimId) throws StoreException {
            if (!before.containsKey(claimId)) {
                before.put(claimId, tx.claims().record(claimId).orElse(null));
            }
        }

        /** Call after creating a claim. */
        void created(long claimId) {
            before.putIfAbsent(claimId, null);
        }

        List<ClaimHistory.Step> steps() throws StoreException {
            List<ClaimHistory.Step> out = new ArrayList<>();
            for (Map.Entry<Long, ClaimRecord> e : before.entrySet()) {
                out.add(new ClaimHistory.Step(
                        e.getKey(), e.getValue(), tx.claims().record(e.getKey()).orElse(null)));
            }
            return out;
        }
    }
}
