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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Passage;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.ReviewState;
import org.opendossier.model.SourceActors;
import org.opendossier.model.TextSpan;
import org.opendossier.store.ActorRepository;
import org.opendossier.store.StoreException;

final class SqliteActorRepository implements ActorRepository {
    private static final String ACTOR_COLUMNS = "id, kind, name, notes, active_from, active_to";
    private static final String MENTION_COLUMNS =
            "id, source_id, actor_id, start_offset, end_offset, alias, origin, review";
    private static final String RELATIONSHIP_COLUMNS = "id, from_actor, type, to_actor, valid_from, valid_to, note,"
            + " evidence_source, evidence_start, evidence_end";

    /** Above this many sources, counting scans every mention instead of asking in chunks. */
    private static final int LARGE_SET = 20_000;

    private final SqliteTransaction tx;

    SqliteActorRepository(SqliteTransaction tx) {
        this.tx = tx;
    }

    @Override
    public long create(ActorKind kind, String name, String notes) throws StoreException {
        try {
            String now = Times.format(Instant.now());
            PreparedStatement st = tx.prepare("INSERT INTO actor (kind, name, notes, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?) RETURNING id");
            st.setString(1, kind.name());
            st.setString(2, name.strip());
            st.setString(3, notes == null ? "" : notes);
            st.setString(4, now);
            st.setString(5, now);
            return returnedId(st);
        } catch (SQLException e) {
            throw failure("create the actor " + name, e);
        }
    }

    @Override
    public void restore(Actor actor) throws StoreException {
        try {
            String now = Times.format(Instant.now());
            PreparedStatement st = tx.prepare("INSERT INTO actor (id, kind, name, notes, active_from, active_to,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            st.setLong(1, actor.id());
            st.setString(2, actor.kind().name());
            st.setString(3, actor.name());
            st.setString(4, actor.notes());
            setNullable(st, 5, text(actor.activeFrom()));
            setNullable(st, 6, text(actor.activeTo()));
            st.setString(7, now);
            st.setString(8, now);
            st.executeUpdate();
            PreparedStatement alias = tx.prepare("INSERT INTO alias (id, actor_id, name, kind) VALUES (?, ?, ?, ?)");
            for (Alias a : actor.aliases()) {
                alias.setLong(1, a.id());
                alias.setLong(2, actor.id());
                alias.setString(3, a.name());
                alias.setString(4, a.kind().name());
                alias.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("restore the actor " + actor.name(), e);
        }
    }

    @Override
    public void update(long id, ActorKind kind, String name, String notes, PartialDate activeFrom, PartialDate activeTo)
            throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE actor SET kind = ?, name = ?, notes = ?, active_from = ?,"
                    + " active_to = ?, updated_at = ? WHERE id = ?");
            st.setString(1, kind.name());
            st.setString(2, name.strip());
            st.setString(3, notes == null ? "" : notes);
            setNullable(st, 4, text(activeFrom));
            setNullable(st, 5, text(activeTo));
            st.setString(6, Times.format(Instant.now()));
            st.setLong(7, id);
            requireOne(st.executeUpdate(), "actor", id);
        } catch (SQLException e) {
            throw failure("change the actor " + name, e);
        }
    }

    @Override
    public void delete(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM actor WHERE id = ?");
            st.setLong(1, id);
            requireOne(st.executeUpdate(), "actor", id);
        } catch (SQLException e) {
            throw failure("delete actor " + id, e);
        }
    }

    @Override
    public Optional<Actor> find(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + ACTOR_COLUMNS + " FROM actor WHERE id = ?");
            st.setLong(1, id);
            List<Actor> found = withAliases(rows(st, SqliteActorRepository::bareActor));
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw failure("read actor " + id, e);
        }
    }

    @Override
    public List<Actor> list() throws StoreException {
        try {
            return withAliases(rows(
                    tx.prepare("SELECT " + ACTOR_COLUMNS + " FROM actor ORDER BY name COLLATE NOCASE, id"),
                    SqliteActorRepository::bareActor));
        } catch (SQLException e) {
            throw failure("list actors", e);
        }
    }

    private List<Actor> withAliases(List<Actor> actors) throws SQLException {
        if (actors.isEmpty()) {
            return actors;
        }
        Map<Long, List<Alias>> aliases = new HashMap<>();
        PreparedStatement st;
        if (actors.size() == 1) {
            st = tx.prepare("SELECT id, actor_id, name, kind FROM alias WHERE actor_id = ? ORDER BY id");
            st.setLong(1, actors.getFirst().id());
        } else {
            st = tx.prepare("SELECT id, actor_id, name, kind FROM alias ORDER BY id");
        }
        for (Alias a : rows(st, SqliteActorRepository::alias)) {
            aliases.computeIfAbsent(a.actorId(), k -> new ArrayList<>()).add(a);
        }
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            out.add(new Actor(
                    a.id(),
                    a.kind(),
                    a.name(),
                    a.notes(),
                    a.activeFrom(),
                    a.activeTo(),
                    aliases.getOrDefault(a.id(), List.of())));
        }
        return out;
    }

    @Override
    public long addAlias(long actorId, String name, AliasKind kind) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO alias (actor_id, name, kind) VALUES (?, ?, ?) RETURNING id");
            st.setLong(1, actorId);
            st.setString(2, name.strip());
            st.setString(3, kind.name());
            return returnedId(st);
        } catch (SQLException e) {
            throw failure("add the alias " + name, e);
        }
    }

    @Override
    public void updateAlias(long aliasId, String name, AliasKind kind) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE alias SET name = ?, kind = ? WHERE id = ?");
            st.setString(1, name.strip());
            st.setString(2, kind.name());
            st.setLong(3, aliasId);
            requireOne(st.executeUpdate(), "alias", aliasId);
        } catch (SQLException e) {
            throw failure("change the alias " + name, e);
        }
    }

    @Override
    public void removeAlias(long aliasId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM alias WHERE id = ?");
            st.setLong(1, aliasId);
            requireOne(st.executeUpdate(), "alias", aliasId);
        } catch (SQLException e) {
            throw failure("remove alias " + aliasId, e);
        }
    }

    @Override
    public void moveAlias(long aliasId, long toActorId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE alias SET actor_id = ? WHERE id = ?");
            st.setLong(1, toActorId);
            st.setLong(2, aliasId);
            requireOne(st.executeUpdate(), "alias", aliasId);
        } catch (SQLException e) {
            throw failure("move alias " + aliasId, e);
        }
    }

    @Override
    public List<Mention> mentionsIn(long sourceId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare(
                    "SELECT " + MENTION_COLUMNS + " FROM mention WHERE source_id = ? ORDER BY start_offset, id");
            st.setLong(1, sourceId);
            return rows(st, SqliteActorRepository::mention);
        } catch (SQLException e) {
            throw failure("read the mentions in source " + sourceId, e);
        }
    }

    @Override
    public List<Mention> mentionsOf(long actorId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + MENTION_COLUMNS
                    + " FROM mention WHERE actor_id = ? ORDER BY source_id, start_offset, id");
            st.setLong(1, actorId);
            return rows(st, SqliteActorRepository::mention);
        } catch (SQLException e) {
            throw failure("read the mentions of actor " + actorId, e);
        }
    }

    @Override
    public List<Mention> mentionsIn(Collection<Long> sourceIds) throws StoreException {
        List<Mention> out = new ArrayList<>();
        try {
            for (List<Long> chunk : chunks(sourceIds)) {
                PreparedStatement st = tx.prepare("SELECT " + MENTION_COLUMNS + " FROM mention WHERE source_id IN ("
                        + placeholders(chunk.size()) + ") ORDER BY source_id, start_offset, id");
                bind(st, chunk);
                out.addAll(rows(st, SqliteActorRepository::mention));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read mentions", e);
        }
    }

    @Override
    public Map<Long, MentionCount> mentionCounts() throws StoreException {
        Map<Long, MentionCount> out = new HashMap<>();
        try (ResultSet rs = tx.prepare("SELECT actor_id, count(*), count(DISTINCT source_id) FROM mention"
                        + " WHERE review <> 'REJECTED' GROUP BY actor_id")
                .executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new MentionCount(rs.getInt(2), rs.getInt(3)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("count mentions", e);
        }
    }

    @Override
    public Map<Long, Integer> sourceCounts(Collection<Long> sourceIds) throws StoreException {
        Map<Long, Set<Long>> sources = new HashMap<>();
        try {
            if (sourceIds.size() > LARGE_SET) {
                // One pass over every mention beats hundreds of IN lists when most sources match.
                Set<Long> wanted = new HashSet<>(sourceIds);
                try (ResultSet rs = tx.prepare(
                                "SELECT DISTINCT actor_id, source_id FROM mention" + " WHERE review <> 'REJECTED'")
                        .executeQuery()) {
                    while (rs.next()) {
                        if (wanted.contains(rs.getLong(2))) {
                            sources.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                    .add(rs.getLong(2));
                        }
                    }
                }
                sourceIds = List.of();
            }
            for (List<Long> chunk : chunks(sourceIds)) {
                PreparedStatement st = tx.prepare("SELECT DISTINCT actor_id, source_id FROM mention"
                        + " WHERE review <> 'REJECTED' AND source_id IN (" + placeholders(chunk.size()) + ")");
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        sources.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .add(rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("count actors in sources", e);
        }
        Map<Long, Integer> out = new LinkedHashMap<>();
        sources.forEach((actor, ids) -> out.put(actor, ids.size()));
        return out;
    }

    @Override
    public SourceActors sourceActors() throws StoreException {
        long[] sources = new long[1024];
        long[] actors = new long[1024];
        int n = 0;
        Map<Long, String> names = new HashMap<>();
        // A plain scan of the table in storage order: asking SQLite for distinct or ordered pairs makes it
        // walk mention_by_actor and look every row up for its review, about fifteen times slower at a
        // hundred thousand sources; the few repeated pairs are cheaper to drop where they are used.
        try (ResultSet rs = tx.prepare("SELECT source_id, actor_id FROM mention WHERE review <> 'REJECTED'")
                .executeQuery()) {
            while (rs.next()) {
                if (n == sources.length) {
                    sources = Arrays.copyOf(sources, n * 2);
                    actors = Arrays.copyOf(actors, n * 2);
                }
                sources[n] = rs.getLong(1);
                actors[n] = rs.getLong(2);
                n++;
            }
        } catch (SQLException e) {
            throw failure("read which actors each source mentions", e);
        }
        try (ResultSet rs = tx.prepare("SELECT id, name FROM actor").executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw failure("read the actors' names", e);
        }
        return new SourceActors(Arrays.copyOf(sources, n), Arrays.copyOf(actors, n), names);
    }

    @Override
    public void replaceMatched(long sourceId, List<Mention> found) throws StoreException {
        try {
            Map<SpanKey, Long> kept = new HashMap<>();
            Set<SpanKey> tagged = new HashSet<>();
            for (Mention m : mentionsIn(sourceId)) {
                SpanKey key =
                        new SpanKey(m.actorId(), m.span().start(), m.span().end());
                if (m.origin() == MentionOrigin.TAGGED) {
                    tagged.add(key);
                } else {
                    kept.put(key, m.id());
                }
            }
            PreparedStatement insert = tx.prepare("INSERT INTO mention (source_id, actor_id, start_offset,"
                    + " end_offset, alias, origin, review) VALUES (?, ?, ?, ?, ?, 'MATCHED', 'UNREVIEWED')");
            PreparedStatement rename = tx.prepare("UPDATE mention SET alias = ? WHERE id = ? AND alias <> ?");
            for (Mention m : found) {
                SpanKey key =
                        new SpanKey(m.actorId(), m.span().start(), m.span().end());
                if (tagged.contains(key)) {
                    continue;
                }
                Long existing = kept.remove(key);
                if (existing != null) {
                    rename.setString(1, m.alias());
                    rename.setLong(2, existing);
                    rename.setString(3, m.alias());
                    rename.executeUpdate();
                    continue;
                }
                insert.setLong(1, sourceId);
                insert.setLong(2, m.actorId());
                insert.setInt(3, m.span().start());
                insert.setInt(4, m.span().end());
                insert.setString(5, m.alias());
                insert.addBatch();
                tagged.add(key); // a duplicate in found must not be inserted twice
            }
            insert.executeBatch();
            if (!kept.isEmpty()) {
                PreparedStatement delete = tx.prepare("DELETE FROM mention WHERE id = ?");
                for (long id : kept.values()) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        } catch (SQLException e) {
            throw failure("record the mentions in source " + sourceId, e);
        }
    }

    private record SpanKey(long actorId, int start, int end) {}

    @Override
    public long addMention(Mention m) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO mention (id, source_id, actor_id, start_offset, end_offset,"
                    + " alias, origin, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            setNullable(st, 1, m.id() == 0 ? null : m.id());
            st.setLong(2, m.sourceId());
            st.setLong(3, m.actorId());
            st.setInt(4, m.span().start());
            st.setInt(5, m.span().end());
            st.setString(6, m.alias());
            st.setString(7, m.origin().name());
            st.setString(8, m.review().name());
            return returnedId(st);
        } catch (SQLException e) {
            throw failure("record the mention \"" + m.alias() + "\"", e);
        }
    }

    @Override
    public void review(long mentionId, ReviewState state) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE mention SET review = ? WHERE id = ?");
            st.setString(1, state.name());
            st.setLong(2, mentionId);
            requireOne(st.executeUpdate(), "mention", mentionId);
        } catch (SQLException e) {
            throw failure("review mention " + mentionId, e);
        }
    }

    @Override
    public void deleteMention(long mentionId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM mention WHERE id = ?");
            st.setLong(1, mentionId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete mention " + mentionId, e);
        }
    }

    @Override
    public int moveMentions(long fromActorId, long toActorId) throws StoreException {
        try {
            PreparedStatement move = tx.prepare("UPDATE mention SET actor_id = ? WHERE actor_id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM mention other WHERE other.actor_id = ? AND other.source_id = mention.source_id"
                    + " AND other.start_offset = mention.start_offset AND other.end_offset = mention.end_offset)");
            move.setLong(1, toActorId);
            move.setLong(2, fromActorId);
            move.setLong(3, toActorId);
            int moved = move.executeUpdate();
            PreparedStatement drop = tx.prepare("DELETE FROM mention WHERE actor_id = ?");
            drop.setLong(1, fromActorId);
            drop.executeUpdate();
            return moved;
        } catch (SQLException e) {
            throw failure("move the mentions of actor " + fromActorId, e);
        }
    }

    @Override
    public long addRelationship(Relationship r) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO relationship (id, from_actor, type, to_actor, valid_from,"
                    + " valid_to, note, evidence_source, evidence_start, evidence_end)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            setNullable(st, 1, r.id() == 0 ? null : r.id());
            st.setLong(2, r.fromActorId());
            st.setString(3, r.type().name());
            st.setLong(4, r.toActorId());
            setNullable(st, 5, text(r.validFrom()));
            setNullable(st, 6, text(r.validTo()));
            st.setString(7, r.note());
            Passage evidence = r.evidence();
            setNullable(st, 8, evidence == null ? null : evidence.sourceId());
            setNullable(st, 9, evidence == null ? null : (long) evidence.span().start());
            setNullable(st, 10, evidence == null ? null : (long) evidence.span().end());
            return returnedId(st);
        } catch (SQLException e) {
            throw failure("record the relationship", e);
        }
    }

    @Override
    public void deleteRelationship(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM relationship WHERE id = ?");
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete relationship " + id, e);
        }
    }

    @Override
    public List<Relationship> relationships() throws StoreException {
        try {
            return rows(
                    tx.prepare("SELECT " + RELATIONSHIP_COLUMNS + " FROM relationship ORDER BY id"),
                    SqliteActorRepository::relationship);
        } catch (SQLException e) {
            throw failure("list relationships", e);
        }
    }

    @Override
    public List<Relationship> relationshipsOf(long actorId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + RELATIONSHIP_COLUMNS
                    + " FROM relationship WHERE from_actor = ? OR to_actor = ? ORDER BY id");
            st.setLong(1, actorId);
            st.setLong(2, actorId);
            return rows(st, SqliteActorRepository::relationship);
        } catch (SQLException e) {
            throw failure("read the relationships of actor " + actorId, e);
        }
    }

    @Override
    public void rejectSuggestion(String key, String name) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO rejected_suggestion (name_key, name, rejected_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (name_key) DO NOTHING");
            st.setString(1, key);
            st.setString(2, name);
            st.setString(3, Times.format(Instant.now()));
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("remember the rejection of " + name, e);
        }
    }

    @Override
    public void forgetRejection(String key) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM rejected_suggestion WHERE name_key = ?");
            st.setString(1, key);
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("forget a rejection", e);
        }
    }

    @Override
    public Set<String> rejectedSuggestions() throws StoreException {
        try {
            return new HashSet<>(rows(tx.prepare("SELECT name_key FROM rejected_suggestion"), rs -> rs.getString(1)));
        } catch (SQLException e) {
            throw failure("read rejected suggestions", e);
        }
    }

    @Override
    public long bumpNamesVersion() throws StoreException {
        long next = namesVersion() + 1;
        setInfo("names_version", next);
        return next;
    }

    @Override
    public long namesVersion() throws StoreException {
        return info("names_version");
    }

    @Override
    public long scannedNamesVersion() throws StoreException {
        return info("scanned_names_version");
    }

    @Override
    public void markScanned(long namesVersion) throws StoreException {
        setInfo("scanned_names_version", namesVersion);
    }

    private long info(String key) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT value FROM case_info WHERE key = ?");
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        } catch (SQLException | NumberFormatException e) {
            throw new StoreException("Cannot read " + key + " from the case: " + e.getMessage(), e);
        }
    }

    private void setInfo(String key, long value) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO case_info (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            st.setString(1, key);
            st.setString(2, Long.toString(value));
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("record " + key, e);
        }
    }

    private static long returnedId(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Actor bareActor(ResultSet rs) throws SQLException {
        return new Actor(
                rs.getLong(1),
                ActorKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                PartialDate.parseOrNull(rs.getString(5)),
                PartialDate.parseOrNull(rs.getString(6)),
                List.of());
    }

    private static Alias alias(ResultSet rs) throws SQLException {
        return new Alias(rs.getLong(1), rs.getLong(2), rs.getString(3), AliasKind.valueOf(rs.getString(4)));
    }

    private static Mention mention(ResultSet rs) throws SQLException {
        return new Mention(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                new TextSpan(rs.getInt(4), rs.getInt(5)),
                rs.getString(6),
                MentionOrigin.valueOf(rs.getString(7)),
                ReviewState.valueOf(rs.getString(8)));
    }

    private static Relationship relationship(ResultSet rs) throws SQLException {
        Long evidenceSource = nullableLong(rs, 8);
        Passage evidence =
                evidenceSource == null ? null : new Passage(evidenceSource, new TextSpan(rs.getInt(9), rs.getInt(10)));
        return new Relationship(
                rs.getLong(1),
                rs.getLong(2),
                RelationshipType.valueOf(rs.getString(3)),
                rs.getLong(4),
                PartialDate.parseOrNull(rs.getString(5)),
                PartialDate.parseOrNull(rs.getString(6)),
                rs.getString(7),
                evidence);
    }
}
