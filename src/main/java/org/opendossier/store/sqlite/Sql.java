package org.opendossier.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.opendossier.model.PartialDate;
import org.opendossier.store.StoreException;

/** The small JDBC chores every repository shares: mapping rows, nullable values, IN lists, error messages. */
final class Sql {
    /** SQLite's default limit on bound parameters is far above this; it keeps IN lists short. */
    static final int IN_CHUNK = 500;

    private Sql() {}

    /** Maps one row; may throw what JDBC throws. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> rows(PreparedStatement st, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(row.map(rs));
            }
        }
        return out;
    }

    static void setNullable(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    static void setNullable(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    /** The value of a nullable integer column, or {@code null}. */
    static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }

    static String placeholders(int n) {
        return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    static void bind(PreparedStatement st, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setLong(i + 1, values.get(i));
        }
    }

    /** Refuses an update or delete that did not hit exactly the one row it was meant for. */
    static void requireOne(int updated, String what, long id) throws SQLException {
        if (updated != 1) {
            throw new SQLException("there is no " + what + " " + id);
        }
    }

    /** A partial date as stored ("2022", "2022-03", "2022-03-27"), or {@code null}. */
    static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }

    static StoreException failure(String action, SQLException e) {
        return new StoreException("Cannot " + action + ": " + e.getMessage(), e);
    }
}
