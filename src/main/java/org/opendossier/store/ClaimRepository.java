package org.opendossier.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRecord;
import org.opendossier.model.ClaimRelation;
import org.opendossier.model.Evidence;

/** Claims, their evidence and the relations between claims. */
public interface ClaimRepository {

    /** Stores a new claim (its id and times are ignored) and returns its id. */
    long create(Claim claim) throws StoreException;

    /** Writes every field of an existing claim, actors and tags included, and stamps its update time. */
    void update(Claim claim) throws StoreException;

    /** Removes a claim with its evidence and relations. */
    void delete(long id) throws StoreException;

    Optional<Claim> find(long id) throws StoreException;

    /** Every claim, oldest first. */
    List<Claim> list() throws StoreException;

    /** Stores new evidence (its id is ignored) and returns its id. */
    long addEvidence(Evidence evidence) throws StoreException;

    /** Writes stance, speaker, note and anchor of existing evidence. */
    void updateEvidence(Evidence evidence) throws StoreException;

    void removeEvidence(long id) throws StoreException;

    Optional<Evidence> findEvidence(long id) throws StoreException;

    /** The evidence of one claim, in the order it was added. */
    List<Evidence> evidenceOf(long claimId) throws StoreException;

    /** The evidence quoting one source, in text order. */
    List<Evidence> evidenceIn(long sourceId) throws StoreException;

    /** The evidence of all claims, by claim then in the order it was added. */
    List<Evidence> allEvidence() throws StoreException;

    /** Evidence whose quote was anchored on a text other than its source's text as it is now. */
    List<Evidence> staleAnchors() throws StoreException;

    /** Stores a relation between two claims and returns its id; an identical one is refused. */
    long relate(ClaimRelation relation) throws StoreException;

    void unrelate(long relationId) throws StoreException;

    /** Every relation between claims. */
    List<ClaimRelation> relations() throws StoreException;

    /** The claims that name an actor as claimant or subject, or whose evidence it speaks in. */
    List<Long> claimsInvolving(long actorId) throws StoreException;

    /** Makes every claim and evidence naming actor {@code fromId} name {@code toId} instead (a merge). */
    void replaceActor(long fromId, long toId) throws StoreException;

    /** A claim with its evidence and every relation to or from it, as it is now. */
    Optional<ClaimRecord> record(long claimId) throws StoreException;

    /**
     * Makes the claim with this id exactly {@code record} (ids, times and all), or removes it when
     * {@code record} is null: what undo and redo write. Relations to claims and links to actors that no
     * longer exist are left out.
     */
    void restore(long claimId, ClaimRecord record) throws StoreException;

    /** The ids of claims among {@code ids} that exist. */
    List<Long> existing(Collection<Long> ids) throws StoreException;
}
