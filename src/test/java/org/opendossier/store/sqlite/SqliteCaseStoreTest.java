package org.opendossier.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.Acquisition;
import org.opendossier.model.NewSource;
import org.opendossier.model.Sha256;
import org.opendossier.model.Source;
import org.opendossier.store.Change;
import org.opendossier.store.StoreException;

class SqliteCaseStoreTest {
    @TempDir
    Path dir;

    private SqliteCaseStore store;

    @BeforeEach
    void create() throws Exception {
        store = SqliteCaseStore.create(dir.resolve("case.db"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    static NewSource source(String text) {
        return NewSource.of(
                Sha256.hex("original of " + text),
                "text/plain",
                "Title " + text,
                "A. Writer",
                "The Outlet",
                "2022-03-31",
                "https://example.org/" + text.length(),
                "en",
                text,
                100,
                List.of("a warning"));
    }

    static Acquisition acquisition(String path) {
        return new Acquisition(
                path, Path.of(path).getFileName().toString(), null, Instant.parse("2026-01-02T03:04:05.678Z"), null);
    }

    @Test
    void connectionsUseWalFullSyncAndForeignKeys() throws Exception {
        assertThat(store.pragma("journal_mode")).isEqualToIgnoringCase("wal");
        assertThat(store.pragma("synchronous")).isEqualTo("2");
        assertThat(store.pragma("foreign_keys")).isEqualTo("1");
    }

    @Test
    void aSourceRoundTripsWithEveryField() throws Exception {
        NewSource s = source("Some text about Moura.");
        long id = store.write(tx -> tx.sources().insert(s, acquisition("/tmp/a.txt")));
        Source back = store.read(tx -> tx.sources().find(id)).orElseThrow();
        assertThat(back.sha256()).isEqualTo(s.sha256());
        assertThat(back.title()).isEqualTo("Title Some text about Moura.");
        assertThat(back.byline()).isEqualTo("A. Writer");
        assertThat(back.outlet()).isEqualTo("The Outlet");
        assertThat(back.publishedAt()).isEqualTo("2022-03-31");
        assertThat(back.language()).isEqualTo("en");
        assertThat(back.text()).isEqualTo("Some text about Moura.");
        assertThat(back.textSha256()).isEqualTo(Sha256.hex("Some text about Moura."));
        assertThat(back.warnings()).containsExactly("a warning");
        assertThat(back.importedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        List<Acquisition> acquisitions = store.read(tx -> tx.sources().acquisitions(id));
        assertThat(acquisitions).extracting(Acquisition::path).containsExactly("/tmp/a.txt");
    }

    @Test
    void insertingASourceAppendsToTheChangeLogInTheSameTransaction() throws Exception {
        long a = store.write(tx -> tx.sources().insert(source("one"), acquisition("/a")));
        long b = store.write(tx -> tx.sources().insert(source("two"), acquisition("/b")));
        List<Change> log = store.read(tx -> tx.changes().after(0, 10));
        assertThat(log).extracting(Change::entityId).containsExactly(a, b);
        assertThat(log).extracting(Change::op).containsOnly(Change.Op.UPSERT);
        long last = store.read(tx -> tx.changes().lastSeq());
        assertThat(last).isEqualTo(log.getLast().seq());
        List<Change> afterFirst =
                store.read(tx -> tx.changes().after(log.getFirst().seq(), 10));
        assertThat(afterFirst).hasSize(1);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> store.write(tx -> {
                    tx.sources().insert(source("doomed"), acquisition("/doomed"));
                    throw new StoreException("simulated failure after the insert");
                }))
                .hasMessageContaining("simulated failure");
        long count = store.read(tx -> tx.sources().count());
        long last = store.read(tx -> tx.changes().lastSeq());
        assertThat(count).isZero();
        assertThat(last).isZero();
    }

    @Test
    void theSameBytesCannotBecomeTwoSources() throws Exception {
        store.write(tx -> tx.sources().insert(source("same"), acquisition("/first")));
        assertThatThrownBy(() -> store.write(tx -> tx.sources().insert(source("same"), acquisition("/second"))))
                .isInstanceOf(StoreException.class);
        long id = store.read(tx -> tx.sources().idBySha256(source("same").sha256()))
                .orElseThrow();
        store.write(tx -> {
            tx.sources().addAcquisition(id, acquisition("/second"));
            return null;
        });
        List<Acquisition> acquisitions = store.read(tx -> tx.sources().acquisitions(id));
        assertThat(acquisitions).extracting(Acquisition::path).containsExactly("/first", "/second");
    }

    @Test
    void pagesWalkEverySourceInIdOrder() throws Exception {
        for (int i = 0; i < 7; i++) {
            String text = "text " + i;
            store.write(tx -> tx.sources().insert(source(text), acquisition("/" + text)));
        }
        List<Source> first = store.read(tx -> tx.sources().page(0, 3));
        List<Source> second = store.read(tx -> tx.sources().page(first.getLast().id(), 3));
        List<Source> third = store.read(tx -> tx.sources().page(second.getLast().id(), 3));
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        assertThat(third).hasSize(1);
        List<?> all = store.read(tx -> tx.sources().list());
        assertThat(all).hasSize(7);
        java.util.Map<?, ?> two = store.read(tx -> tx.sources()
                .summaries(List.of(first.getFirst().id(), third.getFirst().id())));
        assertThat(two).hasSize(2);
    }

    @Test
    void reopeningKeepsTheCaseId() throws Exception {
        String id = store.caseId();
        store.close();
        store = SqliteCaseStore.open(dir.resolve("case.db"));
        assertThat(store.caseId()).isEqualTo(id).isNotBlank();
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    @Test
    void creatingOverAnExistingDatabaseIsRefused() {
        assertThatThrownBy(() -> SqliteCaseStore.create(dir.resolve("case.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already");
    }
}
