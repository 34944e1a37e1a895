package org.opendossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.model.Acquisition;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.ImportReport;
import org.opendossier.model.ImportStatus;
import org.opendossier.model.NewSource;
import org.opendossier.model.RejectionReason;
import org.opendossier.model.Sha256;
import org.opendossier.model.VerifyReport;
import org.opendossier.store.sqlite.SqliteCaseStore;

/** Import, search, show and verify through the real composition: SQLite, Lucene and files in a temp folder. */
class CaseWorkflowTest {
    @TempDir
    Path tmp;

    private final CaseOpener opener = EmbeddedCaseOpener.withDefaults();
    private Path caseDir;
    private Path inbox;
    private CaseSession session;

    @BeforeEach
    void createCase() throws Exception {
        caseDir = tmp.resolve("case");
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        session = opener.create(caseDir);
    }

    @AfterEach
    void closeCase() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    private Path write(String name, String content) throws Exception {
        Path p = inbox.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private ImportReport importAll(Path... paths) throws Exception {
        return session.imports().importPaths(List.of(paths), ImportListener.NONE, new CancelToken());
    }

    private List<Long> search(String query) throws Exception {
        return session.search().search(query, 50).hits().stream()
                .map(h -> h.id())
                .sorted()
                .toList();
    }

    @Test
    void importedTextIsStoredWithItsOriginalAndFound() throws Exception {
        Path file = write("report.txt", "Convoy seen near Gao\n\nWitnesses saw a convoy of trucks near Gao at dawn.\n");
        ImportReport report = importAll(file);

        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportStatus.IMPORTED);
            assertThat(o.title()).isEqualTo("Convoy seen near Gao");
        });
        long id = report.outcomes().getFirst().sourceId();
        SourceDetails details = session.sources().details(id).orElseThrow();
        String sha = Sha256.hex(Files.readAllBytes(file));
        assertThat(details.source().sha256()).isEqualTo(sha);
        assertThat(details.source().text()).contains("convoy of trucks");
        assertThat(details.acquisitions()).singleElement().satisfies(a -> {
            assertThat(a.path()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(a.fileName()).isEqualTo("report.txt");
        });
        Path original = session.sources().originalPath(sha);
        assertThat(original).startsWith(caseDir.resolve("originals")).hasBinaryContent(Files.readAllBytes(file));
        // Checked on the permission bits: a root test run may write to any file regardless.
        assertThat(Files.getPosixFilePermissions(original))
                .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(search("trucks Gao")).containsExactly(id);
    }

    @Test
    void reimportingSameFileAddsAcquisitionNotSource() throws Exception {
        Path first = write("a/story.txt", "Same story\n\nIdentical bytes in two places.");
        Path second = write("b/copy-of-story.txt", "Same story\n\nIdentical bytes in two places.");
        ImportReport one = importAll(first);
        ImportReport two = importAll(second, first);

        long id = one.outcomes().getFirst().sourceId();
        assertThat(two.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportStatus.DUPLICATE);
        assertThat(two.outcomes()).extracting(ImportOutcome::sourceId).containsOnly(id);
        assertThat(session.sources().list()).hasSize(1);
        assertThat(session.sources().details(id).orElseThrow().acquisitions())
                .extracting(Acquisition::fileName)
                .containsExactly("story.txt", "copy-of-story.txt", "story.txt");
    }

    @Test
    void duplicatesInsideOneBatchBecomeOneSource() throws Exception {
        write("x/one.txt", "Twin\n\nSame content.");
        write("y/two.txt", "Twin\n\nSame content.");
        ImportReport report = importAll(inbox);
        assertThat(report.count(ImportStatus.IMPORTED)).isEqualTo(1);
        assertThat(report.count(ImportStatus.DUPLICATE)).isEqualTo(1);
        assertThat(session.sources().list()).hasSize(1);
    }

    @Test
    void foldersAreWalkedRecursivelySkippingHiddenFilesAndSavedPageAssets() throws Exception {
        write(
                "page.html",
                "<html><head><title>Saved page</title></head><body><p>Body of the saved page.</p></body></html>");
        write("page_files/style.css", "body { color: red }");
        write("page_files/script.js", "alert(1)");
        write("deep/er/note.txt", "A deep note\n\nFound in a nested folder.");
        write(".DS_Store", "junk");
        write("lonely_files/readme.txt", "Not assets\n\nNo page of this name exists, so this folder is content.");

        ImportReport report = importAll(inbox);

        assertThat(report.outcomes())
                .extracting(o -> Path.of(o.path()).getFileName().toString())
                .containsExactlyInAnyOrder("page.html", "note.txt", "readme.txt");
        assertThat(report.count(ImportStatus.IMPORTED)).isEqualTo(3);
    }

    @Test
    void linkedFilesAreFollowed() throws Exception {
        Path real = write("elsewhere/real.txt", "Linked\n\nReached through a symbolic link.");
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("link.txt"), real);
        ImportReport report = importAll(links);
        assertThat(report.count(ImportStatus.IMPORTED)).isEqualTo(1);
    }

    @Test
    void aBadFileIsRejectedWithAReasonAndTheBatchGoesOn() throws Exception {
        Path good1 = write("1.txt", "First\n\nFine.");
        Path empty = write("2.txt", "");
        Path good2 = write("3.txt", "Third\n\nAlso fine.");
        Path missing = inbox.resolve("does-not-exist.pdf");

        ImportReport report = importAll(good1, empty, missing, good2);

        assertThat(report.count(ImportStatus.IMPORTED)).isEqualTo(2);
        assertThat(report.outcomes())
                .filteredOn(o -> o.status() == ImportStatus.REJECTED)
                .extracting(ImportOutcome::reason)
                .containsExactlyInAnyOrder(RejectionReason.EMPTY, RejectionReason.UNREADABLE);
        assertThat(report.outcomes())
                .filteredOn(o -> o.status() == ImportStatus.REJECTED)
                .allSatisfy(o -> assertThat(o.message()).isNotBlank());
        assertThat(session.sources().list()).hasSize(2);
    }

    @Test
    void theListenerHearsOutcomesOnlyAfterTheyAreCommitted() throws Exception {
        for (int i = 0; i < 30; i++) {
            write("n" + i + ".txt", "Note " + i + "\n\nBody " + i);
        }
        List<Integer> committedCounts = new ArrayList<>();
        List<Long> visibleAtCommit = new ArrayList<>();
        session.imports()
                .importPaths(
                        List.of(inbox),
                        new ImportListener() {
                            @Override
                            public void committed(List<ImportOutcome> outcomes, int done, int total) {
                                committedCounts.add(outcomes.size());
                                try {
                                    visibleAtCommit.add(
                                            (long) session.sources().list().size());
                                } catch (CaseException e) {
                                    throw new AssertionError(e);
                                }
                            }
                        },
                        new CancelToken());
        assertThat(committedCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
        assertThat(visibleAtCommit.getLast()).isEqualTo(30);
    }

    @Test
    void aCancelledImportStopsAndSaysSo() throws Exception {
        for (int i = 0; i < 20; i++) {
            write("c" + i + ".txt", "Doc " + i + "\n\nText " + i);
        }
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        ImportReport report = session.imports().importPaths(List.of(inbox), ImportListener.NONE, cancel);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).isEmpty();
    }

    @Test
    void reopeningReplaysChangesTheIndexMissed() throws Exception {
        importAll(write("indexed.txt", "Indexed first\n\nAlpha bravo."));
        session.close();
        session = null;
        // Write a source straight into the database, as a crash between commit and indexing would leave it.
        try (SqliteCaseStore store = SqliteCaseStore.open(caseDir.resolve("case.db"))) {
            store.write(tx -> tx.sources()
                    .insert(
                            NewSource.of(
                                    Sha256.hex("unindexed"),
                                    "text/plain",
                                    "Never indexed",
                                    null,
                                    null,
                                    null,
                                    null,
                                    "en",
                                    "Charlie delta echo.",
                                    10,
                                    List.of()),
                            new Acquisition("/x", "x", null, java.time.Instant.now(), null)));
        }
        session = opener.open(caseDir);
        assertThat(search("charlie")).hasSize(1);
        assertThat(search("alpha")).hasSize(1);
    }

    @Test
    void aDeletedIndexIsRebuiltOnOpenAndReindexRebuildsOnRequest() throws Exception {
        importAll(
                write("a.txt", "Kept\n\nThe archive of Timbuktu."), write("b.txt", "Also kept\n\nThe road to Mopti."));
        session.close();
        session = null;
        try (Stream<Path> files = Files.walk(caseDir.resolve("index"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        session = opener.open(caseDir);
        assertThat(search("Timbuktu OR Mopti")).hasSize(2);
        IndexSynchronizer.await(session.indexing().requestRebuild());
        assertThat(search("*:*")).hasSize(2);
    }

    @Test
    void anIndexAheadOfARestoredDatabaseIsRebuilt() throws Exception {
        importAll(write("first.txt", "First\n\nKept after the restore."));
        session.close();
        session = null;
        Path backup = tmp.resolve("case.db.backup");
        Files.copy(caseDir.resolve("case.db"), backup);
        session = opener.open(caseDir);
        importAll(write("second.txt", "Second\n\nLost with the restore."));
        session.close();
        session = null;
        Files.copy(backup, caseDir.resolve("case.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(caseDir.resolve("case.db-wal"));
        Files.deleteIfExists(caseDir.resolve("case.db-shm"));

        session = opener.open(caseDir);

        assertThat(search("*:*")).hasSize(1);
        assertThat(search("restore")).hasSize(1);
    }

    @Test
    void verifyFindsChangedAndMissingOriginals() throws Exception {
        ImportReport report = importAll(
                write("keep.txt", "Keep\n\nUntouched."),
                write("tamper.txt", "Tamper\n\nWill be altered."),
                write("lose.txt", "Lose\n\nWill go missing."));
        assertThat(session.verifier().verify(new CancelToken()).intact()).isTrue();

        String tampered = session.sources()
                .details(report.outcomes().get(1).sourceId())
                .orElseThrow()
                .source()
                .sha256();
        String lost = session.sources()
                .details(report.outcomes().get(2).sourceId())
                .orElseThrow()
                .source()
                .sha256();
        Path tamperedFile = session.sources().originalPath(tampered);
        tamperedFile.toFile().setWritable(true);
        Files.writeString(tamperedFile, "altered");
        Files.delete(session.sources().originalPath(lost));

        VerifyReport check = session.verifier().verify(new CancelToken());
        assertThat(check.checked()).isEqualTo(3);
        assertThat(check.problems())
                .extracting(VerifyReport.Problem::sha256, VerifyReport.Problem::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(tampered, VerifyReport.Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(lost, VerifyReport.Kind.MISSING));
    }

    @Test
    void creatingACaseInANonEmptyFolderOrOpeningANonCaseIsRefused() throws Exception {
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("something.txt"), "x");
        assertThatThrownBy(() -> opener.create(busy))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("not an empty folder");
        assertThatThrownBy(() -> opener.open(busy))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("not an OpenDossier case");
    }

    @Test
    void matchesInGivesOffsetsIntoTheSourceTextForTheReader() throws Exception {
        ImportReport report = importAll(write(
                "convoy.txt",
                "Convoy seen near Gao\n\nA convoy of trucks left Gao at dawn; the convoy's escort stayed in Gao.\n"));
        long id = report.outcomes().getFirst().sourceId();
        String text = session.sources().details(id).orElseThrow().source().text();

        List<String> marked = session.search().matchesIn("convoy OR gao", id).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();

        assertThat(marked).containsExactly("Convoy", "Gao", "convoy", "Gao", "convoy's", "Gao");
        assertThat(session.search().matchesIn("timbuktu", id)).isEmpty();
        assertThatThrownBy(() -> session.search().matchesIn("title:(", id)).isInstanceOf(SearchException.class);
    }

    @Test
    void searchSyntaxErrorsComeBackAsSearchExceptions() {
        assertThatThrownBy(() -> session.search().search("title:(", 10))
                .isInstanceOfSatisfying(
                        SearchException.class, e -> assertThat(e.position()).isGreaterThanOrEqualTo(0));
    }
}
