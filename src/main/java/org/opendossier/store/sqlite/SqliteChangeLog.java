package org.opendossier.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opendossier.store.Change;
import org.opendossier.store.ChangeLog;
import org.opendossier.store.StoreException;

final class SqliteChangeLog implements ChangeLog {
    private final SqliteTransaction tx;

    SqliteChangeLog(SqliteTransaction tx) {
        this.tx = tx;
    }

    /** Called by the repositories inside the transaction that makes the change, never on its own. */
    void append(String entity, long entityId, Change.Op op, Instant at) throws SQLException {
        PreparedStatement st = tx.prepare("INSERT INTO change_log (entity, entity_id, op, at) VALUES (?, ?, ?, ?)");
        st.setString(1, entity);
        st.setLong(2, entityId);
        st.setString(3, op.name());
        st.setString(4, Times.format(at));
        st.executeUpdate();
    }

    @Override
    public long lastSeq() throws StoreException {
        // Log rows are never deleted, so the highest number is the last one written.
        try (ResultSet rs =
                tx.prepare("SELECT coalesce(max(seq), 0) FROM change_log").executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the change log: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Change> after(long seq, int limit) throws StoreException {
        try {
            PreparedStatement st =
                    tx.prepare("SELECT seq, entity, entity_id, op FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?");
            st.setLong(1, seq);
            st.setInt(2, limit);
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(
                            rs.getLong(1), rs.getString(2), rs.getLong(3), Change.Op.valueOf(rs.getString(4))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the change log: " + e.getMessage(), e);
        }
    }
}
