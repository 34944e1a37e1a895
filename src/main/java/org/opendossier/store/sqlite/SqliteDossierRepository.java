package org.opendossier.store.sqlite;

import static org.opendossier.store.sqlite.Sql.failure;
import static org.opendossier.store.sqlite.Sql.nullableLong;
import static org.opendossier.store.sqlite.Sql.requireOne;
import static org.opendossier.store.sqlite.Sql.rows;
import static org.opendossier.store.sqlite.Sql.setNullable;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.TextSpan;
import org.opendossier.store.DossierRepository;
import org.opendossier.store.StoreException;

final class SqliteDossierRepository implements DossierRepository {
    private static final String COLUMNS = "id, title, subtitle, author, issued, summary";
    private static final String BLOCK_COLUMNS =
            "dossier_id, position, kind, level, text, ref_id, span_start, span_end, tag, min_weight";

    private final SqliteTransaction tx;

    SqliteDossierRepository(SqliteTransaction tx) {
        this.tx = tx;
    }

    @Override
    public long create(Dossier dossier) throws StoreException {
        try {
            String now = Times.format(Instant.now());
            PreparedStatement st = tx.prepare("INSERT INTO dossier (title, subtitle, author, issued, summary,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
            bindHeader(st, dossier);
            st.setString(6, now);
            st.setString(7, now);
            long id;
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            writeBlocks(id, dossier.blocks());
            return id;
        } catch (SQLException e) {
            throw failure("store the dossier \"" + dossier.title() + "\"", e);
        }
    }

    @Override
    public void update(Dossier dossier) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("UPDATE dossier SET title = ?, subtitle = ?, author = ?, issued = ?,"
                    + " summary = ?, updated_at = ? WHERE id = ?");
            bindHeader(st, dossier);
            st.setString(6, Times.format(Instant.now()));
            st.setLong(7, dossier.id());
            requireOne(st.executeUpdate(), "dossier", dossier.id());
            PreparedStatement clear = tx.prepare("DELETE FROM dossier_block WHERE dossier_id = ?");
            clear.setLong(1, dossier.id());
            clear.executeUpdate();
            writeBlocks(dossier.id(), dossier.blocks());
        } catch (SQLException e) {
            throw failure("change the dossier " + dossier.id(), e);
        }
    }

    @Override
    public void delete(long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("DELETE FROM dossier WHERE id = ?");
            st.setLong(1, id);
            requireOne(st.executeUpdate(), "dossier", id);
        } catch (SQLException e) {
            throw failure("delete the dossier " + id, e);
        }
    }

    @Override
    public void restore(long id, Dossier dossier) throws StoreException {
        if (dossier != null && dossier.id() != id) {
            throw new IllegalArgumentException("dossier " + dossier.id() + " given for " + id);
        }
        try {
            if (dossier == null) {
                PreparedStatement st = tx.prepare("DELETE FROM dossier WHERE id = ?");
                st.setLong(1, id);
                st.executeUpdate();
                return;
            }
            if (find(id).isPresent()) {
                update(dossier);
                return;
            }
            String now = Times.format(Instant.now());
            PreparedStatement st = tx.prepare("INSERT INTO dossier (title, subtitle, author, issued, summary,"
                    + " created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            bindHeader(st, dossier);
            st.setString(6, now);
            st.setString(7, now);
            st.setLong(8, id);
            st.executeUpdate();
            writeBlocks(id, dossier.blocks());
        } catch (SQLException e) {
            throw failure("restore the dossier " + id, e);
        }
    }

    @Override
    public Optional<Dossier> find(long id) throws StoreException {
        return read(" WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<Dossier> list() throws StoreException {
        return read("", null);
    }

    private List<Dossier> read(String where, Long id) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + COLUMNS + " FROM dossier" + where + " ORDER BY id");
            PreparedStatement blocks = tx.prepare("SELECT " + BLOCK_COLUMNS + " FROM dossier_block"
                    + (id == null ? "" : " WHERE dossier_id = ?") + " ORDER BY dossier_id, position");
            if (id != null) {
                st.setLong(1, id);
                blocks.setLong(1, id);
            }
            Map<Long, List<DossierBlock>> outline = new HashMap<>();
            try (ResultSet rs = blocks.executeQuery()) {
                while (rs.next()) {
                    outline.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(block(rs));
                }
            }
            return rows(
                    st,
                    rs -> new Dossier(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5)),
                            rs.getString(6),
                            outline.getOrDefault(rs.getLong(1), List.of())));
        } catch (SQLException e) {
            throw failure("read the dossiers", e);
        }
    }

    private static void bindHeader(PreparedStatement st, Dossier d) throws SQLException {
        st.setString(1, d.title().strip());
        st.setString(2, d.subtitle());
        st.setString(3, d.author());
        setNullable(st, 4, d.date() == null ? null : d.date().toString());
        st.setString(5, d.summary());
    }

    private void writeBlocks(long dossierId, List<DossierBlock> blocks) throws SQLException {
        PreparedStatement st = tx.prepare(
                "INSERT INTO dossier_block (" + BLOCK_COLUMNS + ")" + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (DossierBlock b : blocks) {
            st.setLong(1, dossierId);
            st.setInt(2, position++);
            for (int i = 4; i <= 10; i++) {
                st.setNull(i, i == 5 || i == 9 ? Types.VARCHAR : Types.INTEGER);
            }
            if (b instanceof DossierBlock.Heading h) {
                st.setString(3, "HEADING");
                st.setInt(4, h.level());
                st.setString(5, h.text());
            } else if (b instanceof DossierBlock.Note n) {
                st.setString(3, "NOTE");
                st.setString(5, n.markdown());
            } else if (b instanceof DossierBlock.ClaimCard c) {
                st.setString(3, "CLAIM");
                st.setLong(6, c.claimId());
            } else if (b instanceof DossierBlock.ActorProfile a) {
                st.setString(3, "ACTOR");
                st.setLong(6, a.actorId());
            } else if (b instanceof DossierBlock.SourceExcerpt x) {
                st.setString(3, "EXCERPT");
                st.setLong(6, x.sourceId());
                st.setInt(7, x.span().start());
                st.setInt(8, x.span().end());
            } else if (b instanceof DossierBlock.TimelineFigure t) {
                st.setString(3, "TIMELINE");
                setNullable(st, 6, t.actorId());
                setNullable(st, 9, t.tag());
            } else if (b instanceof DossierBlock.NetworkFigure f) {
                st.setString(3, "NETWORK");
                setNullable(st, 6, f.actorId());
                st.setInt(10, f.minWeight());
            }
            st.executeUpdate();
        }
    }

    private static DossierBlock block(ResultSet rs) throws SQLException {
        String kind = rs.getString(3);
        Long ref = nullableLong(rs, 6);
        return switch (kind) {
            case "HEADING" -> new DossierBlock.Heading(rs.getInt(4), rs.getString(5));
            case "NOTE" -> new DossierBlock.Note(rs.getString(5));
            case "CLAIM" -> new DossierBlock.ClaimCard(ref);
            case "ACTOR" -> new DossierBlock.ActorProfile(ref);
            case "EXCERPT" -> new DossierBlock.SourceExcerpt(ref, new TextSpan(rs.getInt(7), rs.getInt(8)));
            case "TIMELINE" -> new DossierBlock.TimelineFigure(ref, rs.getString(9));
            case "NETWORK" -> new DossierBlock.NetworkFigure(ref, rs.getInt(10));
            default -> throw new SQLException("unknown dossier block kind " + kind);
        };
    }
}
