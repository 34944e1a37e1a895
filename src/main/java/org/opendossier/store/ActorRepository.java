package org.opendossier.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.AliasKind;
import org.opendossier.model.Mention;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Relationship;
import org.opendossier.model.ReviewState;
import org.opendossier.model.SourceActors;

/**
 * Actors, their aliases, their mentions in sources and the relationships between them. Matched mentions are
 * derived data that {@link #replaceMatched} rewrites; tagged mentions and review decisions are a person's
 * work and survive every re-scan.
 */
public interface ActorRepository {

    long create(ActorKind kind, String name, String notes) throws StoreException;

    /** Puts back an actor exactly as it was, with its id and aliases: for undoing a merge or a deletion. */
    void restore(Actor actor) throws StoreException;

    void update(long id, ActorKind kind, String name, String notes, PartialDate activeFrom, PartialDate activeTo)
            throws StoreException;

    /** Removes the actor with its aliases, mentions and relationships. */
    void delete(long id) throws StoreException;

    Optional<Actor> find(long id) throws StoreException;

    /** Every actor with its aliases, ordered by name. */
    List<Actor> list() throws StoreException;

    long addAlias(long actorId, String name, AliasKind kind) throws StoreException;

    void updateAlias(long aliasId, String name, AliasKind kind) throws StoreException;

    void removeAlias(long aliasId) throws StoreException;

    /** Moves an alias to another actor; refused if that actor already has the name. */
    void moveAlias(long aliasId, long toActorId) throws StoreException;

    List<Mention> mentionsIn(long sourceId) throws StoreException;

    List<Mention> mentionsOf(long actorId) throws StoreException;

    /** Mentions in any of {@code sourceIds}, by source then position. */
    List<Mention> mentionsIn(Collection<Long> sourceIds) throws StoreException;

    /** For each actor: mentions and distinct sources, leaving out rejected mentions. */
    Map<Long, MentionCount> mentionCounts() throws StoreException;

    /** For each actor mentioned in any of {@code sourceIds}: in how many of them, leaving out rejected ones. */
    Map<Long, Integer> sourceCounts(Collection<Long> sourceIds) throws StoreException;

    /** Every (source, actor) pair with a mention that is not rejected, and every actor's display name. */
    SourceActors sourceActors() throws StoreException;

    /**
     * Makes {@code found} the matched mentions of the source. A mention found again keeps its id and review
     * state; one no longer found is removed; tagged mentions are never touched, and a match at the span of
     * a tagged mention of the same actor is not added twice.
     */
    void replaceMatched(long sourceId, List<Mention> found) throws StoreException;

    /** Stores a mention; with a non-zero id, under that id (for undo). Returns its id. */
    long addMention(Mention mention) throws StoreException;

    void review(long mentionId, ReviewState state) throws StoreException;

    void deleteMention(long mentionId) throws StoreException;

    /**
     * Gives every mention of {@code fromActorId} to {@code toActorId}; where that actor already has a mention
     * at the same span, the moved one is dropped. Returns how many moved.
     */
    int moveMentions(long fromActorId, long toActorId) throws StoreException;

    /** Stores a relationship; with a non-zero id, under that id (for undo). Returns its id. */
    long addRelationship(Relationship relationship) throws StoreException;

    void deleteRelationship(long id) throws StoreException;

    List<Relationship> relationships() throws StoreException;

    /** Relationships with the actor at either end. */
    List<Relationship> relationshipsOf(long actorId) throws StoreException;

    void rejectSuggestion(String key, String name) throws StoreException;

    void forgetRejection(String key) throws StoreException;

    Set<String> rejectedSuggestions() throws StoreException;

    /**
     * Counts every change to the names actors go by; the change and the new count commit together, so a
     * crash before the mentions are re-scanned leaves {@link #scannedNamesVersion} behind and says so.
     */
    long bumpNamesVersion() throws StoreException;

    long namesVersion() throws StoreException;

    /** The names version the last complete re-scan of every source matched. */
    long scannedNamesVersion() throws StoreException;

    void markScanned(long namesVersion) throws StoreException;

    record MentionCount(int mentions, int sources) {}
}
