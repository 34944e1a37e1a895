package org.opendossier.store.sqlite;

import static org.opendossier.store.sqlite.Sql.bind;
import static org.opendossier.store.sqlite.Sql.chunks;
import static org.opendossier.store.sqlite.Sql.failure;
import static org.opendossier.store.sqlite.Sql.nullableLong;
import static org.opendossier.store.sqlite.Sql.placeholders;
import static org.opendossier.store.sqlite.Sql.requireOne;
import static org.opendossier.store.sqlite.Sql.rows;
import static org.opendossier.store.sqlite.Sql.setNullable;
import static org.opendossier.store.sqlite.Sql.text;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRecord;
import org.opendossier.model.ClaimRelation;
import org.opendossier.model.ClaimRelationType;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Evidence;
import org.opendossier.model.PartialDate;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.Stance;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;
import org.opendossier.store.ClaimRepository;
import org.opendossier.store.StoreException;

final class SqliteClaimRepository implements ClaimRepository {
    private static final String CLAIM_COLUMNS = "id, statement, status, event_date, notes, created_at, updated_at";
    private static final String EVIDENCE_COLUMNS = "id, claim_id, source_id, stance, speaker_id, note, exact, prefix,"
            + " suffix, start_offset, end_offset, text_sha256, anchor_state";
    private static final String CLAIMANT = "CLAIMANT";
    private static final String SUBJECT = "SUBJECT";

    private final SqliteTransaction tx;

    SqliteClaimRepository(SqliteTransaction tx) {
        this.tx = tx;
    }

    @Override
    public long create(Claim claim) throws StoreException {
        try {
            String now = Times.format(Instant.now());
            PreparedStatement st = tx.prepare("INSERT INTO claim (statement, status, event_date, notes, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
            st.setString(1, claim.statement().strip());
            st.setString(2, claim.status().name());
            setNullable(st, 3, text(claim.eventDate()));
            st.setString(4, claim.notes());
            st.setString(5, now);
            st.setString(6, now);
            long id = returnedId(st);
            writeLinks(id, claim);
            return id;
        } catch (SQLException e) {
            throw failure("store the claim \"" + claim.statement() + "\"", e);
        }
    }

    @Override
    public void update(Claim claim) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE claim SET statement = ?, status = ?, event_date = ?, notes = ?,"
                    + " updated_at = ? WHERE id = ?");
            st.setString(1, claim.statement().strip());
            st.setString(2, claim.status().name());
            setNullable(st, 3, text(claim.eventDate()));
            st.setString(4, claim.notes());
            st.setString(5, Times.format(Instant.now()));
            st.setLong(6, claim.id());
            requireOne(st.executeUpdate(), "claim", claim.id());
            clearLinks(claim.id());
            writeLinks(claim.id(), claim);
        } catch (SQLException e) {
            throw failure("change the claim " + claim.id(), e);
        }
    }

    @Override
    public void delete(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM claim WHERE id = ?");
            st.setLong(1, id);
            requireOne(st.executeUpdate(), "claim", id);
        } catch (SQLException e) {
            throw failure("delete the claim " + id, e);
        }
    }

    @Override
    public Optional<Claim> find(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + CLAIM_COLUMNS + " FROM claim WHERE id = ?");
            st.setLong(1, id);
            return claims(rows(st, SqliteClaimRepository::bareClaim)).stream().findFirst();
        } catch (SQLException e) {
            throw failure("read the claim " + id, e);
        }
    }

    @Override
    public List<Claim> list() throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + CLAIM_COLUMNS + " FROM claim ORDER BY id");
            return claims(rows(st, SqliteClaimRepository::bareClaim));
        } catch (SQLException e) {
            throw failure("list the claims", e);
        }
    }

    @Override
    public long addEvidence(Evidence evidence) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO evidence (claim_id, source_id, stance, speaker_id, note,"
                    + " exact, prefix, suffix, start_offset, end_offset, text_sha256, anchor_state)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            bindEvidence(st, 1, evidence);
            return returnedId(st);
        } catch (SQLException e) {
            throw failure("store the evidence from source " + evidence.sourceId(), e);
        }
    }

    @Override
    public void updateEvidence(Evidence evidence) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE evidence SET claim_id = ?, source_id = ?, stance = ?,"
                    + " speaker_id = ?, note = ?, exact = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?,"
                    + " text_sha256 = ?, anchor_state = ? WHERE id = ?");
            bindEvidence(st, 1, evidence);
            st.setLong(13, evidence.id());
            requireOne(st.executeUpdate(), "evidence", evidence.id());
        } catch (SQLException e) {
            throw failure("change the evidence " + evidence.id(), e);
        }
    }

    @Override
    public void removeEvidence(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM evidence WHERE id = ?");
            st.setLong(1, id);
            requireOne(st.executeUpdate(), "evidence", id);
        } catch (SQLException e) {
            throw failure("remove the evidence " + id, e);
        }
    }

    @Override
    public Optional<Evidence> findEvidence(long id) throws StoreException {
        return evidenceWhere("id = ? ORDER BY id", id, "read the evidence " + id).stream()
                .findFirst();
    }

    @Override
    public List<Evidence> evidenceOf(long claimId) throws StoreException {
        return evidenceWhere("claim_id = ? ORDER BY id", claimId, "read the evidence of claim " + claimId);
    }

    @Override
    public List<Evidence> evidenceIn(long sourceId) throws StoreException {
        return evidenceWhere(
                "source_id = ? ORDER BY start_offset, end_offset, id", sourceId, "read the evidence in " + sourceId);
    }

    @Override
    public List<Evidence> allEvidence() throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + EVIDENCE_COLUMNS + " FROM evidence ORDER BY claim_id, id");
            return rows(st, SqliteClaimRepository::evidence);
        } catch (SQLException e) {
            throw failure("read the evidence", e);
        }
    }

    @Override
    public List<Evidence> staleAnchors() throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + EVIDENCE_COLUMNS.replaceAll("(\\w+)", "e.$1")
                    + " FROM evidence e JOIN source s ON s.id = e.source_id WHERE e.text_sha256 <> s.text_sha256"
                    + " ORDER BY e.id");
            return rows(st, SqliteClaimRepository::evidence);
        } catch (SQLException e) {
            throw failure("find quotes whose source text changed", e);
        }
    }

    @Override
    public long relate(ClaimRelation relation) throws StoreException {
        try {
            PreparedStatement st =
                    tx.prepare("INSERT INTO claim_relation (from_claim, type, to_claim) VALUES (?, ?, ?) RETURNING id");
            st.setLong(1, relation.fromClaimId());
            st.setString(2, relation.type().name());
            st.setLong(3, relation.toClaimId());
            return returnedId(st);
        } catch (SQLException e) {
            throw failure(
                    "relate claim " + relation.fromClaimId() + " to claim " + relation.toClaimId()
                            + " (the same relation may exist already)",
                    e);
        }
    }

    @Override
    public void unrelate(long relationId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM claim_relation WHERE id = ?");
            st.setLong(1, relationId);
            requireOne(st.executeUpdate(), "claim relation", relationId);
        } catch (SQLException e) {
            throw failure("remove the claim relation " + relationId, e);
        }
    }

    @Override
    public List<ClaimRelation> relations() throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT id, from_claim, type, to_claim FROM claim_relation ORDER BY id");
            return rows(st, SqliteClaimRepository::relation);
        } catch (SQLException e) {
            throw failure("read the claim relations", e);
        }
    }

    @Override
    public List<Long> claimsInvolving(long actorId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT claim_id FROM claim_actor WHERE actor_id = ?"
                    + " UNION SELECT claim_id FROM evidence WHERE speaker_id = ? ORDER BY 1");
            st.setLong(1, actorId);
            st.setLong(2, actorId);
            return rows(st, rs -> rs.getLong(1));
        } catch (SQLException e) {
            throw failure("find the claims involving actor " + actorId, e);
        }
    }

    @Override
    public void replaceActor(long fromId, long toId) throws StoreException {
        try {
            // a claim naming both keeps one link: the update skips it, the delete drops the leftover
            PreparedStatement move = tx.prepare("UPDATE OR IGNORE claim_actor SET actor_id = ? WHERE actor_id = ?");
            move.setLong(1, toId);
            move.setLong(2, fromId);
            move.executeUpdate();
            PreparedStatement leftover = tx.prepare("DELETE FROM claim_actor WHERE actor_id = ?");
            leftover.setLong(1, fromId);
            leftover.executeUpdate();
            PreparedStatement speaker = tx.prepare("UPDATE evidence SET speaker_id = ? WHERE speaker_id = ?");
            speaker.setLong(1, toId);
            speaker.setLong(2, fromId);
            speaker.executeUpdate();
        } catch (SQLException e) {
            throw failure("move the claims of actor " + fromId + " to actor " + toId, e);
        }
    }

    @Override
    public Optional<ClaimRecord> record(long claimId) throws StoreException {
        Optional<Claim> claim = find(claimId);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        try {
            PreparedStatement st = tx.prepare("SELECT id, from_claim, type, to_claim FROM claim_relation"
                    + " WHERE from_claim = ? OR to_claim = ? ORDER BY id");
            st.setLong(1, claimId);
            st.setLong(2, claimId);
            return Optional.of(
                    new ClaimRecord(claim.get(), evidenceOf(claimId), rows(st, SqliteClaimRepository::relation)));
        } catch (SQLException e) {
            throw failure("read the claim " + claimId, e);
        }
    }

    @Override
    public void restore(long claimId, ClaimRecord record) throws StoreException {
        if (record != null && record.claim().id() != claimId) {
            throw new IllegalArgumentException(
                    "record of claim " + record.claim().id() + " given for " + claimId);
        }
        try {
            PreparedStatement delete = tx.prepare("DELETE FROM claim WHERE id = ?");
            delete.setLong(1, claimId);
            delete.executeUpdate();
            if (record == null) {
                return;
            }
            Claim claim = record.claim();
            PreparedStatement st = tx.prepare("INSERT INTO claim (id, statement, status, event_date, notes,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            st.setLong(1, claimId);
            st.setString(2, claim.statement());
            st.setString(3, claim.status().name());
            setNullable(st, 4, text(claim.eventDate()));
            st.setString(5, claim.notes());
            Instant now = Instant.now();
            st.setString(6, Times.format(claim.createdAt() == null ? now : claim.createdAt()));
            st.setString(7, Times.format(claim.updatedAt() == null ? now : claim.updatedAt()));
            st.executeUpdate();
            writeLinks(
                    claimId,
                    claim.withClaimants(existingActors(claim.claimantIds()))
                            .withSubjects(existingActors(claim.subjectIds())));
            PreparedStatement ev = tx.prepare("INSERT INTO evidence (id, claim_id, source_id, stance, speaker_id, note,"
                    + " exact, prefix, suffix, start_offset, end_offset, text_sha256, anchor_state)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (Evidence e : record.evidence()) {
                Long speaker = e.speakerId();
                if (speaker != null && existingActors(List.of(speaker)).isEmpty()) {
                    e = e.withSpeaker(null);
                }
                ev.setLong(1, e.id());
                bindEvidence(ev, 2, e);
                ev.executeUpdate();
            }
            PreparedStatement rel = tx.prepare("INSERT OR IGNORE INTO claim_relation (id, from_claim, type, to_claim)"
                    + " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM claim WHERE id = ?)"
                    + " AND EXISTS (SELECT 1 FROM claim WHERE id = ?)");
            for (ClaimRelation r : record.relations()) {
                rel.setLong(1, r.id());
                rel.setLong(2, r.fromClaimId());
                rel.setString(3, r.type().name());
                rel.setLong(4, r.toClaimId());
                rel.setLong(5, r.fromClaimId());
                rel.setLong(6, r.toClaimId());
                rel.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("restore the claim " + claimId, e);
        }
    }

    @Override
    public List<Long> existing(Collection<Long> ids) throws StoreException {
        try {
            List<Long> out = new ArrayList<>();
            for (List<Long> chunk : chunks(new LinkedHashSet<>(ids))) {
                PreparedStatement st =
                        tx.prepare("SELECT id FROM claim WHERE id IN (" + placeholders(chunk.size()) + ") ORDER BY id");
                bind(st, chunk);
                out.addAll(rows(st, rs -> rs.getLong(1)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("look up claims", e);
        }
    }

    private List<Long> existingActors(List<Long> ids) throws SQLException {
        List<Long> out = new ArrayList<>();
        PreparedStatement st = tx.prepare("SELECT 1 FROM actor WHERE id = ?");
        for (long id : ids) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private List<Evidence> evidenceWhere(String where, long value, String action) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + EVIDENCE_COLUMNS + " FROM evidence WHERE " + where);
            st.setLong(1, value);
            return rows(st, SqliteClaimRepository::evidence);
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Binds claim, source, stance, speaker, note and anchor from parameter {@code first} on (12 values). */
    private static void bindEvidence(PreparedStatement st, int first, Evidence e) throws SQLException {
        QuoteAnchor a = e.anchor();
        st.setLong(first, e.claimId());
        st.setLong(first + 1, e.sourceId());
        st.setString(first + 2, e.stance().name());
        setNullable(st, first + 3, e.speakerId());
        st.setString(first + 4, e.note());
        st.setString(first + 5, a.quote().exact());
        st.setString(first + 6, a.quote().prefix());
        st.setString(first + 7, a.quote().suffix());
        st.setInt(first + 8, a.span().start());
        st.setInt(first + 9, a.span().end());
        st.setString(first + 10, a.textSha256());
        st.setString(first + 11, e.state().name());
    }

    private void clearLinks(long claimId) throws SQLException {
        for (String table : List.of("claim_actor", "claim_tag")) {
            PreparedStatement st = tx.prepare("DELETE FROM " + table + " WHERE claim_id = ?");
            st.setLong(1, claimId);
            st.executeUpdate();
        }
    }

    private void writeLinks(long claimId, Claim claim) throws SQLException {
        PreparedStatement actor = tx.prepare(
                "INSERT OR IGNORE INTO claim_actor (claim_id, role, actor_id, position) VALUES (?, ?, ?, ?)");
        writeActors(actor, claimId, CLAIMANT, claim.claimantIds());
        writeActors(actor, claimId, SUBJECT, claim.subjectIds());
        PreparedStatement tag =
                tx.prepare("INSERT OR IGNORE INTO claim_tag (claim_id, tag, position) VALUES (?, ?, ?)");
        int position = 0;
        for (String t : claim.tags()) {
            if (!t.isBlank()) {
                tag.setLong(1, claimId);
                tag.setString(2, t.strip());
                tag.setInt(3, position++);
                tag.executeUpdate();
            }
        }
    }

    private static void writeActors(PreparedStatement st, long claimId, String role, List<Long> actorIds)
            throws SQLException {
        int position = 0;
        for (long actorId : actorIds) {
            st.setLong(1, claimId);
            st.setString(2, role);
            st.setLong(3, actorId);
            st.setInt(4, position++);
            st.executeUpdate();
        }
    }

    /** Fills in actors and tags of claims read without them, in one query each for all of them. */
    private List<Claim> claims(List<Claim> bare) throws SQLException {
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<Long>> claimants = new HashMap<>();
        Map<Long, List<Long>> subjects = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        boolean one = bare.size() == 1;
        String filter = one ? " WHERE claim_id = ?" : "";
        PreparedStatement actors = tx.prepare(
                "SELECT claim_id, role, actor_id FROM claim_actor" + filter + " ORDER BY claim_id, role, position");
        PreparedStatement tagRows =
                tx.prepare("SELECT claim_id, tag FROM claim_tag" + filter + " ORDER BY claim_id, position");
        if (one) {
            actors.setLong(1, bare.get(0).id());
            tagRows.setLong(1, bare.get(0).id());
        }
        try (ResultSet rs = actors.executeQuery()) {
            while (rs.next()) {
                Map<Long, List<Long>> role = CLAIMANT.equals(rs.getString(2)) ? claimants : subjects;
                role.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(3));
            }
        }
        try (ResultSet rs = tagRows.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<Long, Claim> out = new LinkedHashMap<>();
        for (Claim c : bare) {
            out.put(
                    c.id(),
                    c.withClaimants(claimants.getOrDefault(c.id(), List.of()))
                            .withSubjects(subjects.getOrDefault(c.id(), List.of()))
                            .withTags(tags.getOrDefault(c.id(), List.of())));
        }
        return List.copyOf(out.values());
    }

    private static long returnedId(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Claim bareClaim(ResultSet rs) throws SQLException {
        return new Claim(
                rs.getLong(1),
                rs.getString(2),
                ClaimStatus.valueOf(rs.getString(3)),
                PartialDate.parseOrNull(rs.getString(4)),
                List.of(),
                List.of(),
                List.of(),
                rs.getString(5),
                Times.parse(rs.getString(6)),
                Times.parse(rs.getString(7)));
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                Stance.valueOf(rs.getString(4)),
                nullableLong(rs, 5),
                rs.getString(6),
                new QuoteAnchor(
                        new TextQuote(rs.getString(7), rs.getString(8), rs.getString(9)),
                        new TextSpan(rs.getInt(10), rs.getInt(11)),
                        rs.getString(12)),
                AnchorState.valueOf(rs.getString(13)));
    }

    private static ClaimRelation relation(ResultSet rs) throws SQLException {
        return new ClaimRelation(
                rs.getLong(1), rs.getLong(2), ClaimRelationType.valueOf(rs.getString(3)), rs.getLong(4));
    }
}
