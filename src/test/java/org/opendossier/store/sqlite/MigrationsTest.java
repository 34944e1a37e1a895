package org.opendossier.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.store.StoreException;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void v001CreatesTheInitialSchemaAndSetsUserVersion() throws Exception {
        Path db = dir.resolve("case.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            Migrations.migrate(c, 1);
            assertThat(Migrations.version(c)).isEqualTo(1);
            assertThat(tables(c)).contains("case_info", "source", "acquisition", "change_log");
            assertThat(columns(c, "source"))
                    .contains(
                            "sha256",
                            "media_type",
                            "title",
                            "byline",
                            "outlet",
                            "published_at",
                            "url",
                            "language",
                            "text",
                            "text_sha256",
                            "warnings",
                            "imported_at");
            assertThat(columns(c, "acquisition"))
                    .contains("source_id", "path", "file_name", "part", "imported_at", "url");
        }
    }

    @Test
    void v002AddsActorsToAVersion1CaseAndKeepsItsSources() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            Migrations.migrate(c, 1);
            st.execute("INSERT INTO source (sha256, media_type, title, text, text_sha256, byte_size, imported_at)"
                    + " VALUES ('" + "a".repeat(64) + "', 'text/plain', 'Kept', 'Body', '" + "b".repeat(64)
                    + "', 4, '2026-01-01T00:00:00Z')");
            Migrations.migrate(c, 2);
            assertThat(Migrations.version(c)).isEqualTo(2);
            assertThat(tables(c)).contains("actor", "alias", "mention", "relationship", "rejected_suggestion");
            assertThat(columns(c, "mention"))
                    .contains("source_id", "actor_id", "start_offset", "end_offset", "alias", "origin", "review");
            try (ResultSet rs = st.executeQuery("SELECT title FROM source")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Kept");
            }
            st.execute("INSERT INTO actor (kind, name, created_at, updated_at)"
                    + " VALUES ('PERSON', 'A', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            assertThatThrownBy(() -> st.execute("INSERT INTO actor (kind, name, created_at, updated_at)"
                            + " VALUES ('ROBOT', 'B', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
                    .hasMessageContaining("CHECK");
        }
    }

    @Test
    void v003LetsTheLibraryListSkipTheTexts() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v2.db"));
                Statement st = c.createStatement()) {
            Migrations.migrate(c, 2);
            assertThat(plan(st, SqliteSourceRepository.LIST)).doesNotContain("COVERING INDEX");

            Migrations.migrate(c, 3);

            assertThat(Migrations.version(c)).isEqualTo(3);
            assertThat(plan(st, SqliteSourceRepository.LIST)).contains("USING COVERING INDEX source_summary");
        }
    }

    private static String plan(Statement st, String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                out.append(rs.getString("detail")).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void v004AddsClaimsAndEvidenceToAVersion3Case() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v3.db"))) {
            Migrations.migrate(c, 3);
            Migrations.migrate(c, 4);
            assertThat(Migrations.version(c)).isEqualTo(4);
            assertThat(tables(c)).contains("claim", "claim_actor", "claim_tag", "evidence", "claim_relation");
            assertThat(columns(c, "evidence"))
                    .contains("exact", "prefix", "suffix", "start_offset", "end_offset", "text_sha256", "anchor_state");
        }
    }

    @Test
    void everyKnownMigrationAppliesInOrderFromAnEmptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("all.db"))) {
            for (int v = 1; v <= Migrations.LATEST; v++) {
                Migrations.migrate(c, v);
                assertThat(Migrations.version(c)).isEqualTo(v);
            }
        }
    }

    @Test
    void migratingTwiceIsHarmless() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("twice.db"))) {
            Migrations.migrate(c, Migrations.LATEST);
            Migrations.migrate(c, Migrations.LATEST);
            assertThat(Migrations.version(c)).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void aCaseFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path db = dir.resolve("case.db");
        SqliteCaseStore.create(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        assertThatThrownBy(() -> SqliteCaseStore.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of OpenDossier");
    }

    @Test
    void scriptSplitterKeepsStatementsWhole() {
        List<String> statements =
                Migrations.statements("-- comment\nCREATE TABLE a (x TEXT);\n\nCREATE TABLE b (\n y INT\n);\n");
        assertThat(statements).containsExactly("CREATE TABLE a (x TEXT);", "CREATE TABLE b (\n y INT\n);");
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }
}
