package org.opendossier.store.sqlite;

import static org.opendossier.store.sqlite.Sql.bind;
import static org.opendossier.store.sqlite.Sql.chunks;
import static org.opendossier.store.sqlite.Sql.failure;
import static org.opendossier.store.sqlite.Sql.placeholders;
import static org.opendossier.store.sqlite.Sql.rows;
import static org.opendossier.store.sqlite.Sql.setNullable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendossier.model.Acquisition;
import org.opendossier.model.NewSource;
import org.opendossier.model.Source;
import org.opendossier.model.SourceSummary;
import org.opendossier.store.Change;
import org.opendossier.store.SourceRepository;
import org.opendossier.store.StoreException;

final class SqliteSourceRepository implements SourceRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS = "id, sha256, media_type, title, byline, outlet, published_at, url, language,"
            + " text, text_sha256, byte_size, warnings, imported_at";
    /** The columns of {@link SourceSummary}; the {@code source_summary} index (V003) holds exactly these. */
    private static final String SUMMARY_COLUMNS =
            "id, title, outlet, published_at, url, media_type, sha256, language, imported_at";
    /** Every summary in id order, read from the {@code source_summary} index alone, never the texts. */
    static final String LIST = "SELECT " + SUMMARY_COLUMNS + " FROM source ORDER BY id";

    private final SqliteTransaction tx;

    SqliteSourceRepository(SqliteTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Long> idBySha256(String sha256) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT id FROM source WHERE sha256 = ?");
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("look up a source by hash", e);
        }
    }

    @Override
    public long insert(NewSource s, Acquisition acquisition) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("INSERT INTO source (sha256, media_type, title, byline, outlet,"
                    + " published_at, url, language, text, text_sha256, byte_size, warnings, imported_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            st.setString(1, s.sha256());
            st.setString(2, s.mediaType());
            st.setString(3, s.title());
            setNullable(st, 4, s.byline());
            setNullable(st, 5, s.outlet());
            setNullable(st, 6, s.publishedAt());
            setNullable(st, 7, s.url());
            setNullable(st, 8, s.language());
            st.setString(9, s.text());
            st.setString(10, s.textSha256());
            st.setLong(11, s.byteSize());
            st.setString(12, JSON.writeValueAsString(s.warnings()));
            st.setString(13, Times.format(acquisition.importedAt()));
            long id;
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            addAcquisition(id, acquisition);
            ((SqliteChangeLog) tx.changes()).append(Change.SOURCE, id, Change.Op.UPSERT, acquisition.importedAt());
            return id;
        } catch (SQLException e) {
            throw failure("store the source " + s.title(), e);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot encode the warnings of " + s.title(), e);
        }
    }

    @Override
    public void addAcquisition(long sourceId, Acquisition a) throws StoreException {
        try {
            PreparedStatement st =
                    tx.prepare("INSERT INTO acquisition (source_id, path, file_name, part, imported_at, url)"
                            + " VALUES (?, ?, ?, ?, ?, ?)");
            st.setLong(1, sourceId);
            st.setString(2, a.path());
            st.setString(3, a.fileName());
            setNullable(st, 4, a.part());
            st.setString(5, Times.format(a.importedAt()));
            setNullable(st, 6, a.url());
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("record where source " + sourceId + " came from", e);
        }
    }

    @Override
    public Optional<Source> find(long id) throws StoreException {
        List<Source> found = findAll(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    public List<Source> findAll(Collection<Long> ids) throws StoreException {
        List<Source> out = new ArrayList<>(ids.size());
        try {
            for (List<Long> chunk : chunks(ids)) {
                PreparedStatement st = tx.prepare("SELECT " + COLUMNS + " FROM source WHERE id IN ("
                        + placeholders(chunk.size()) + ") ORDER BY id");
                bind(st, chunk);
                out.addAll(rows(st, SqliteSourceRepository::source));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read sources", e);
        }
    }

    @Override
    public List<Acquisition> acquisitions(long sourceId) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT path, file_name, part, imported_at, url FROM acquisition"
                    + " WHERE source_id = ? ORDER BY imported_at, id");
            st.setLong(1, sourceId);
            List<Acquisition> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Acquisition(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Times.parse(rs.getString(4)),
                            rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the acquisitions of source " + sourceId, e);
        }
    }

    @Override
    public List<SourceSummary> list() throws StoreException {
        try {
            return rows(tx.prepare(LIST), SqliteSourceRepository::summary);
        } catch (SQLException e) {
            throw failure("list sources", e);
        }
    }

    @Override
    public Map<Long, SourceSummary> summaries(Collection<Long> ids) throws StoreException {
        Map<Long, SourceSummary> out = new LinkedHashMap<>();
        try {
            for (List<Long> chunk : chunks(ids)) {
                PreparedStatement st = tx.prepare(
                        "SELECT " + SUMMARY_COLUMNS + " FROM source WHERE id IN (" + placeholders(chunk.size()) + ")");
                bind(st, chunk);
                for (SourceSummary s : rows(st, SqliteSourceRepository::summary)) {
                    out.put(s.id(), s);
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read sources", e);
        }
    }

    @Override
    public List<Source> page(long afterId, int limit) throws StoreException {
        try {
            PreparedStatement st = tx.prepare("SELECT " + COLUMNS + " FROM source WHERE id > ? ORDER BY id LIMIT ?");
            st.setLong(1, afterId);
            st.setInt(2, limit);
            return rows(st, SqliteSourceRepository::source);
        } catch (SQLException e) {
            throw failure("read sources", e);
        }
    }

    @Override
    public long count() throws StoreException {
        try (ResultSet rs = tx.prepare("SELECT count(*) FROM source").executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure("count sources", e);
        }
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getLong(12),
                warnings(rs.getString(13)),
                Times.parse(rs.getString(14)));
    }

    private static SourceSummary summary(ResultSet rs) throws SQLException {
        return new SourceSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                Times.parse(rs.getString(9)));
    }

    private static List<String> warnings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("damaged warnings column: " + json, e);
        }
    }
}
