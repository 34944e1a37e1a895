package org.opendossier.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendossier.analysis.names.NameFolding;
import org.opendossier.analysis.suggest.ActorSuggester;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorMerge;
import org.opendossier.model.ActorSuggestion;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.ClaimRecord;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Passage;
import org.opendossier.model.Relationship;
import org.opendossier.model.ReviewState;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;
import org.opendossier.store.ActorRepository;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.opendossier.store.StoreTransaction;

/**
 * Curating actors: creating, renaming, aliases, merging and splitting, tagging words in a source, reviewing
 * mentions, relationships. Every change of the names an actor goes by bumps the case's names version in
 * the same transaction and asks {@link MentionService} to re-scan; callers that need the mentions at once
 * (the command line) wait on {@link #mentionsUpToDate()}.
 */
public final class ActorService {
    private static final int CONTEXT = 60;

    private final CaseStore store;
    private final Transactions transactions;
    private final MentionService mentions;

    public ActorService(CaseStore store, MentionService mentions) {
        this.store = store;
        this.transactions = new Transactions(store);
        this.mentions = mentions;
    }

    public MentionService mentions() {
        return mentions;
    }

    /** Waits until the latest change of names has reached every source's mentions. */
    public void mentionsUpToDate() throws CaseException {
        IndexSynchronizer.await(mentions.requestRescan());
    }

    /**
     * Waits for the re-scans already queued, such as the one a case whose mentions fell behind its names
     * starts as it opens, without queuing another; true when any re-scan has ended since the case opened.
     */
    public boolean awaitQueuedRescans() throws CaseException {
        IndexSynchronizer.await(mentions.queuedRescansEnded());
        return mentions.completedRescans() > 0;
    }

    public List<ActorListing> list() throws CaseException {
        return query(tx -> {
            Map<Long, ActorRepository.MentionCount> counts = tx.actors().mentionCounts();
            List<ActorListing> out = new ArrayList<>();
            for (Actor a : tx.actors().list()) {
                var c = counts.getOrDefault(a.id(), new ActorRepository.MentionCount(0, 0));
                out.add(new ActorListing(a, c.mentions(), c.sources()));
            }
            return out;
        });
    }

    public Optional<Actor> find(long id) throws CaseException {
        return query(tx -> tx.actors().find(id));
    }

    /** The actor whose display name or alias folds to the same key as {@code name}, if exactly one does. */
    public List<Actor> findByName(String name) throws CaseException {
        String key = NameFolding.key(name);
        return query(tx -> tx.actors().list().stream()
                .filter(a -> a.names().stream().anyMatch(n -> NameFolding.key(n).equals(key)))
                .toList());
    }

    public Actor create(ActorKind kind, String name, String notes) throws CaseException {
        String clean = requireName(name);
        Actor created = change(tx -> {
            refuseTaken(tx, clean);
            long id = tx.actors().create(kind, clean, notes);
            return tx.actors().find(id).orElseThrow();
        });
        return created;
    }

    public Actor update(long id, ActorKind kind, String name, String notes, PartialDate from, PartialDate to)
            throws CaseException {
        String clean = requireName(name);
        return change(tx -> {
            tx.actors().update(id, kind, clean, notes, from, to);
            return tx.actors().find(id).orElseThrow();
        });
    }

    /** Deletes the actor with its aliases, mentions and relationships; returns it as it was. */
    public Actor delete(long id) throws CaseException {
        return change(tx -> {
            Actor actor = existing(tx, id);
            tx.actors().delete(id);
            return actor;
        });
    }

    public Alias addAlias(long actorId, String name, AliasKind kind) throws CaseException {
        String clean = requireName(name);
        return change(tx -> {
            Actor actor = existing(tx, actorId);
            if (hasName(actor, clean)) {
                throw new CaseException(actor.name() + " already goes by \"" + clean + "\".");
            }
            long id = tx.actors().addAlias(actorId, clean, kind);
            return new Alias(id, actorId, clean, kind);
        });
    }

    public void updateAlias(long aliasId, String name, AliasKind kind) throws CaseException {
        String clean = requireName(name);
        change(tx -> {
            tx.actors().updateAlias(aliasId, clean, kind);
            return null;
        });
    }

    public void removeAlias(long aliasId) throws CaseException {
        change(tx -> {
            tx.actors().removeAlias(aliasId);
            return null;
        });
    }

    /**
     * Merges {@code absorbId} into {@code keepId}: its name becomes an alias, its aliases, mentions and
     * relationships move over, and it is removed. The returned record undoes it with {@link #undoMerge}.
     */
    public ActorMerge merge(long keepId, long absorbId) throws CaseException {
        if (keepId == absorbId) {
            throw new CaseException("An actor cannot be merged into itself.");
        }
        return change(tx -> {
            Actor keep = existing(tx, keepId);
            Actor absorbed = existing(tx, absorbId);
            List<Mention> absorbedMentions = tx.actors().mentionsOf(absorbId);
            List<Relationship> absorbedRelationships = tx.actors().relationshipsOf(absorbId);
            List<ClaimRecord> absorbedClaims = new ArrayList<>();
            for (long claimId : tx.claims().claimsInvolving(absorbId)) {
                tx.claims().record(claimId).ifPresent(absorbedClaims::add);
            }
            long nameAlias = 0;
            if (!hasName(keep, absorbed.name())) {
                nameAlias = tx.actors().addAlias(keepId, absorbed.name(), AliasKind.ALIAS);
                keep = existing(tx, keepId);
            }
            for (Alias alias : absorbed.aliases()) {
                if (hasName(keep, alias.name())) {
                    tx.actors().removeAlias(alias.id());
                } else {
                    tx.actors().moveAlias(alias.id(), keepId);
                    keep = existing(tx, keepId);
                }
            }
            tx.actors().moveMentions(absorbId, keepId);
            tx.claims().replaceActor(absorbId, keepId);
            for (Relationship r : absorbedRelationships) {
                tx.actors().deleteRelationship(r.id());
                long from = r.fromActorId() == absorbId ? keepId : r.fromActorId();
                long to = r.toActorId() == absorbId ? keepId : r.toActorId();
                if (from != to) {
                    tx.actors()
                            .addRelationship(new Relationship(
                                    r.id(), from, r.type(), to, r.validFrom(), r.validTo(), r.note(), r.evidence()));
                }
            }
            tx.actors().delete(absorbId);
            return new ActorMerge(keepId, absorbed, nameAlias, absorbedMentions, absorbedRelationships, absorbedClaims);
        });
    }

    /** Puts a merged actor back as it was, with its aliases, mentions, relationships and claims. */
    public void undoMerge(ActorMerge merge) throws CaseException {
        change(tx -> {
            Actor absorbed = merge.absorbed();
            if (merge.nameAliasId() != 0) {
                tx.actors().removeAlias(merge.nameAliasId());
            }
            Actor keep = existing(tx, merge.keptId());
            for (Alias moved : absorbed.aliases()) {
                for (Alias now : keep.aliases()) {
                    if (now.id() == moved.id()) {
                        tx.actors().removeAlias(now.id());
                    }
                }
            }
            tx.actors().restore(absorbed);
            for (Mention m : merge.absorbedMentions()) {
                tx.actors().deleteMention(m.id());
                tx.actors().addMention(m);
            }
            for (Relationship r : merge.absorbedRelationships()) {
                tx.actors().deleteRelationship(r.id());
                tx.actors().addRelationship(r);
            }
            for (ClaimRecord c : merge.absorbedClaims()) {
                tx.claims().restore(c.claim().id(), c);
            }
            return null;
        });
    }

    /** Makes an alias an actor of its own (same kind), taking the mentions that matched it along. */
    public Actor splitAlias(long aliasId) throws CaseException {
        return change(tx -> {
            Alias alias = null;
            Actor owner = null;
            for (Actor a : tx.actors().list()) {
                for (Alias candidate : a.aliases()) {
                    if (candidate.id() == aliasId) {
                        alias = candidate;
                        owner = a;
                    }
                }
            }
            if (alias == null) {
                throw new CaseException("There is no alias " + aliasId + ".");
            }
            tx.actors().removeAlias(aliasId);
            long id = tx.actors().create(owner.kind(), alias.name(), "Split off from " + owner.name() + ".");
            for (Mention m : tx.actors().mentionsOf(owner.id())) {
                if (m.alias().equals(alias.name())) {
                    tx.actors().deleteMention(m.id());
                    tx.actors()
                            .addMention(new Mention(0, m.sourceId(), id, m.span(), m.alias(), m.origin(), m.review()));
                }
            }
            return tx.actors().find(id).orElseThrow();
        });
    }

    /**
     * Tags the words at {@code span} of a source as a mention of an actor, confirmed; the words become an
     * alias of the actor when it does not already go by them, so every other source is searched for them.
     */
    public Mention tag(long sourceId, TextSpan span, long actorId) throws CaseException {
        return change(tx -> tagIn(tx, sourceId, span, existing(tx, actorId)));
    }

    /** Creates an actor named by the words at {@code span} (or {@code name}) and tags them as its mention. */
    public Mention tagAsNew(long sourceId, TextSpan span, ActorKind kind, String name) throws CaseException {
        String clean = requireName(name);
        return change(tx -> {
            refuseTaken(tx, clean);
            long id = tx.actors().create(kind, clean, "");
            return tagIn(tx, sourceId, span, tx.actors().find(id).orElseThrow());
        });
    }

    private static Mention tagIn(StoreTransaction tx, long sourceId, TextSpan span, Actor actor)
            throws StoreException, CaseException {
        Source source = tx.sources()
                .find(sourceId)
                .orElseThrow(() -> new CaseException("There is no source " + sourceId + "."));
        if (span.end() > source.text().length() || span.start() == span.end()) {
            throw new CaseException("Select some words of the text to tag.");
        }
        String words = source.text()
                .substring(span.start(), span.end())
                .replaceAll("\\s+", " ")
                .strip();
        if (words.isEmpty()) {
            throw new CaseException("Select some words of the text to tag.");
        }
        if (!hasName(actor, words)) {
            tx.actors().addAlias(actor.id(), words, AliasKind.ALIAS);
        }
        for (Mention m : tx.actors().mentionsIn(sourceId)) {
            if (m.actorId() == actor.id() && m.span().equals(span)) {
                tx.actors().deleteMention(m.id());
            }
        }
        Mention tagged = new Mention(0, sourceId, actor.id(), span, words, MentionOrigin.TAGGED, ReviewState.CONFIRMED);
        long id = tx.actors().addMention(tagged);
        return new Mention(id, sourceId, actor.id(), span, words, MentionOrigin.TAGGED, ReviewState.CONFIRMED);
    }

    public void review(long mentionId, ReviewState state) throws CaseException {
        call(tx -> {
            tx.actors().review(mentionId, state);
            return null;
        });
    }

    public List<Mention> mentionsIn(long sourceId) throws CaseException {
        return query(tx -> tx.actors().mentionsIn(sourceId));
    }

    /** Every mention of the actor with the words around it, by source. */
    public List<MentionInContext> mentionsOf(long actorId) throws CaseException {
        return query(tx -> {
            List<Mention> found = tx.actors().mentionsOf(actorId);
            Collection<Long> ids =
                    found.stream().map(Mention::sourceId).distinct().toList();
            Map<Long, Source> sources = new HashMap<>();
            tx.sources().findAll(ids).forEach(s -> sources.put(s.id(), s));
            List<MentionInContext> out = new ArrayList<>();
            for (Mention m : found) {
                Source s = sources.get(m.sourceId());
                if (s != null) {
                    out.add(inContext(m, s));
                }
            }
            return out;
        });
    }

    static MentionInContext inContext(Mention m, Source s) {
        Excerpt e = excerpt(s, m.span());
        return new MentionInContext(m, e.source(), e.before(), e.words(), e.after());
    }

    static Excerpt excerpt(Source s, TextSpan span) {
        return Excerpt.of(s, span, CONTEXT);
    }

    /**
     * Reads every source and proposes actors nobody has listed yet, best first; names already known (any
     * actor's name or alias) and rejected ones are never proposed.
     */
    public List<Suggested> suggest(int limit, CancelToken cancel) throws CaseException {
        try {
            List<String> known = new ArrayList<>();
            store.read(tx -> tx.actors().list()).forEach(a -> known.addAll(a.names()));
            ActorSuggester suggester =
                    new ActorSuggester(known, store.read(tx -> tx.actors().rejectedSuggestions()));
            long after = 0;
            while (!cancel.isCancelled()) {
                long from = after;
                List<Source> page = store.read(tx -> tx.sources().page(from, 250));
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(src -> suggester.add(src.id(), src.outlet(), src.text()));
                after = page.getLast().id();
            }
            List<ActorSuggestion> ranked = suggester.suggestions(limit);
            List<Long> ids = ranked.stream()
                    .flatMap(r -> r.examples().stream())
                    .map(Passage::sourceId)
                    .distinct()
                    .toList();
            Map<Long, Source> sources = new HashMap<>();
            store.read(tx -> tx.sources().findAll(ids)).forEach(src -> sources.put(src.id(), src));
            List<Suggested> out = new ArrayList<>();
            for (ActorSuggestion r : ranked) {
                List<Excerpt> examples = new ArrayList<>();
                for (Passage p : r.examples()) {
                    Source src = sources.get(p.sourceId());
                    if (src != null) {
                        examples.add(excerpt(src, p.span()));
                    }
                }
                out.add(new Suggested(r, suggester.variants(r.key()), examples));
            }
            return out;
        } catch (StoreException e) {
            throw new CaseException("Could not read the sources for suggestions: " + e.getMessage(), e);
        }
    }

    /** Makes a suggestion an actor of {@code kind}, with its abbreviation and other spellings as aliases. */
    public Actor accept(Suggested s, ActorKind kind) throws CaseException {
        String name = requireName(s.suggestion().name());
        return change(tx -> {
            refuseTaken(tx, name);
            long id = tx.actors().create(kind, name, "");
            addNamesOf(tx, s, tx.actors().find(id).orElseThrow());
            return tx.actors().find(id).orElseThrow();
        });
    }

    /** Adds a suggestion's name, abbreviation and spellings to an existing actor. */
    public Actor acceptAsAliasOf(Suggested s, long actorId) throws CaseException {
        String name = requireName(s.suggestion().name());
        return change(tx -> {
            Actor actor = existing(tx, actorId);
            if (!hasName(actor, name)) {
                tx.actors().addAlias(actorId, name, AliasKind.ALIAS);
            }
            addNamesOf(tx, s, existing(tx, actorId));
            return existing(tx, actorId);
        });
    }

    private static void addNamesOf(StoreTransaction tx, Suggested s, Actor actor) throws StoreException {
        Actor current = actor;
        List<String> names = new ArrayList<>();
        if (s.suggestion().abbreviation() != null) {
            names.add(s.suggestion().abbreviation());
        }
        names.addAll(s.variants());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).replaceAll("\\s+", " ").strip();
            if (!name.isEmpty() && !hasName(current, name)) {
                boolean abbreviation = i == 0 && s.suggestion().abbreviation() != null;
                tx.actors().addAlias(current.id(), name, abbreviation ? AliasKind.ABBREVIATION : AliasKind.ALIAS);
                current = tx.actors().find(current.id()).orElseThrow();
            }
        }
    }

    /** Remembers that a suggestion is not an actor, so it is never proposed again. */
    public void reject(Suggested s) throws CaseException {
        call(tx -> {
            tx.actors().rejectSuggestion(s.suggestion().key(), s.suggestion().name());
            return null;
        });
    }

    /** For each actor mentioned in any of {@code sourceIds}: in how many of them. */
    public Map<Long, Integer> sourceCounts(Collection<Long> sourceIds) throws CaseException {
        return query(tx -> tx.actors().sourceCounts(sourceIds));
    }

    public Relationship addRelationship(Relationship relationship) throws CaseException {
        return call(tx -> {
            existing(tx, relationship.fromActorId());
            existing(tx, relationship.toActorId());
            long id = tx.actors().addRelationship(relationship);
            return tx.actors().relationships().stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow();
        });
    }

    public void removeRelationship(long id) throws CaseException {
        call(tx -> {
            tx.actors().deleteRelationship(id);
            return null;
        });
    }

    public List<Relationship> relationships() throws CaseException {
        return query(tx -> tx.actors().relationships());
    }

    /**
     * A new actor may not be named what an actor already goes by: two actors sharing a display name or alias
     * would split every mention of it between them. (An alias may still be shared on purpose, added later.)
     */
    private static void refuseTaken(StoreTransaction tx, String name) throws StoreException, CaseException {
        for (Actor other : tx.actors().list()) {
            if (hasName(other, name)) {
                String as = NameFolding.key(other.name()).equals(NameFolding.key(name))
                        ? "There is already an actor named \"" + other.name() + "\""
                        : other.name() + " (#" + other.id() + ") already goes by \"" + name + "\"";
                throw new CaseException(as + "; add more names to it, merge, or choose another name.");
            }
        }
    }

    private static boolean hasName(Actor actor, String name) {
        String key = NameFolding.key(name);
        return actor.names().stream().anyMatch(n -> NameFolding.key(n).equals(key));
    }

    private static String requireName(String name) throws CaseException {
        if (name == null || name.isBlank()) {
            throw new CaseException("A name cannot be empty.");
        }
        return name.replaceAll("\\s+", " ").strip();
    }

    private static Actor existing(StoreTransaction tx, long id) throws StoreException, CaseException {
        return tx.actors().find(id).orElseThrow(() -> new CaseException("There is no actor " + id + "."));
    }

    /** A write that changes the names actors go by: bumps the version and queues the re-scan. */
    private <T> T change(Write<T> work) throws CaseException {
        T result = call(tx -> {
            T r = work.run(tx);
            tx.actors().bumpNamesVersion();
            return r;
        });
        mentions.requestRescan();
        return result;
    }

    private <T> T query(Write<T> work) throws CaseException {
        return transactions.read(work);
    }

    private <T> T call(Write<T> work) throws CaseException {
        return transactions.write(work);
    }

    @FunctionalInterface
    private interface Write<T> extends Transactions.Work<T> {}
}
