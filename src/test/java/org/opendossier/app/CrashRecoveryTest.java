package org.opendossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.ImportReport;
import org.opendossier.model.SearchHit;
import org.opendossier.model.SourceSummary;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ImportListener;

/**
 * Kills a real import (a child JVM running the command line) with SIGKILL at random moments, reopens the
 * case each time, and checks the promise of DESIGN.md: every committed source is whole, has its original,
 * and is searchable after reopening; nothing is half-written.
 */
class CrashRecoveryTest {
    private static final int FILES = 3000;
    private static final int KILLS = 4;

    @TempDir
    Path tmp;

    @Test
    void killingAnImportAtAnyMomentLeavesTheCaseWholeAndSearchable() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        String replay = " (replay with -Dcrash.seed=" + seed + ")";
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(inbox.resolve(String.format("doc-%05d.txt", i)), article(i, random));
        }
        Path caseDir = tmp.resolve("case");
        EmbeddedCaseOpener opener = EmbeddedCaseOpener.withDefaults();
        opener.create(caseDir).close();

        List<Integer> countsAfterKills = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            Path output = tmp.resolve("child-" + round + ".out");
            Process child = startImport(caseDir, inbox, output);
            if (round > 0) {
                // Mostly kill mid-stream: once the child has committed something, at a random later moment.
                awaitOutput(child, output);
            }
            Thread.sleep(random.nextInt(round > 0 ? 400 : 2500));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS))
                    .as("child exits after SIGKILL" + replay)
                    .isTrue();

            assertDatabaseIntact(caseDir, replay);
            try (CaseSession session = opener.open(caseDir)) {
                countsAfterKills.add(assertEverySourceWholeAndSearchable(session, replay));
                assertThat(session.verifier().verify(new CancelToken()).intact())
                        .as("every original matches its hash" + replay)
                        .isTrue();
            }
        }
        assertThat(countsAfterKills)
                .as("imports made progress between kills" + replay)
                .isSorted();
        String childErrors = Files.readString(tmp.resolve("child-stderr.log"));
        // At least one kill must have landed mid-import, after some commits and before the end; which one
        // depends on the machine's speed, so the test does not insist on a particular round.
        assertThat(countsAfterKills)
                .as("some kill interrupted an import that had committed files" + replay + "; child stderr:\n"
                        + childErrors)
                .anyMatch(count -> count > 0 && count < FILES);

        try (CaseSession session = opener.open(caseDir)) {
            ImportReport rest = session.imports().importPaths(List.of(inbox), ImportListener.NONE, new CancelToken());
            assertThat(rest.outcomes()).hasSize(FILES);
            assertThat(session.sources().list())
                    .as("each file exactly once" + replay)
                    .hasSize(FILES);
            assertEverySourceWholeAndSearchable(session, replay);
        }
    }

    private static void awaitOutput(Process child, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(output) && Files.readString(output).contains("imported")) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private Process startImport(Path caseDir, Path inbox, Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "import",
                "--case",
                caseDir.toString(),
                inbox.toString());
        pb.redirectOutput(output.toFile());
        pb.redirectError(tmp.resolve("child-stderr.log").toFile());
        return pb.start();
    }

    private static void assertDatabaseIntact(Path caseDir, String replay) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"));
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).as("SQLite integrity" + replay).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM source s WHERE NOT EXISTS (SELECT 1 FROM acquisition a WHERE a.source_id = s.id)"
                            + " OR NOT EXISTS (SELECT 1 FROM change_log l WHERE l.entity_id = s.id)"
                            + " OR length(s.text) = 0")) {
                rs.next();
                assertThat(rs.getInt(1))
                        .as("sources without acquisition, change-log entry or text" + replay)
                        .isZero();
            }
        }
    }

    private static int assertEverySourceWholeAndSearchable(CaseSession session, String replay) throws Exception {
        List<SourceSummary> sources = session.sources().list();
        var results = session.search().search("*:*", Math.max(1, sources.size()));
        Set<Long> indexed = new HashSet<>();
        for (SearchHit h : results.hits()) {
            indexed.add(h.id());
        }
        assertThat(results.total())
                .as("index holds exactly the committed sources" + replay)
                .isEqualTo(sources.size());
        for (SourceSummary s : sources) {
            assertThat(indexed)
                    .as("source #" + s.id() + " is searchable" + replay)
                    .contains(s.id());
            String marker = s.title().substring(s.title().lastIndexOf(' ') + 1);
            assertThat(session.search().search("title:" + marker, 5).hits())
                    .as("source #" + s.id() + " is found by its own words" + replay)
                    .extracting(SearchHit::id)
                    .contains(s.id());
        }
        return sources.size();
    }

    private static String article(int i, Random random) {
        String[] words = {
            "convoy",
            "ministry",
            "statement",
            "border",
            "witnesses",
            "report",
            "village",
            "council",
            "sanctions",
            "officials",
            "market",
            "election",
            "drought",
            "harvest",
            "militia",
            "bridge"
        };
        StringBuilder sb = new StringBuilder("Dispatch number marker").append(i).append("\n\n");
        for (int p = 0; p < 6; p++) {
            for (int w = 0; w < 60; w++) {
                sb.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
