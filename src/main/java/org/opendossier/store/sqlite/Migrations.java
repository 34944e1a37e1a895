package org.opendossier.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opendossier.store.StoreException;

/**
 * Numbered, forward-only schema migrations. Migration N lives in {@code migrations/V00N__*.sql}; the
 * database's {@code PRAGMA user_version} says how many have been applied. Each migration and its version
 * bump commit together, so a crash mid-migration leaves the previous version intact.
 */
final class Migrations {
    /** In order; the position + 1 is the schema version each one brings the database to. */
    static final List<String> SCRIPTS = List.of(
            "V001__initial.sql",
            "V002__actors.sql",
            "V003__source_summary_index.sql",
            "V004__claims.sql",
            "V005__dossiers.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {}

    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the database up to {@code target}; refuses a database made by newer code. */
    static void migrate(Connection connection, int target) throws StoreException {
        try {
            int current = version(connection);
            if (current > LATEST) {
                throw new StoreException("This case was created by a newer version of OpenDossier (schema " + current
                        + "; this version knows up to " + LATEST + "). Update OpenDossier to open it.");
            }
            for (int v = current + 1; v <= target; v++) {
                apply(connection, v);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot upgrade the case database: " + e.getMessage(), e);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException, StoreException {
        String script = SCRIPTS.get(version - 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(load(script))) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StoreException("Migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String load(String script) throws StoreException {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StoreException("Migration " + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + script, e);
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. Scripts hold no triggers. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
