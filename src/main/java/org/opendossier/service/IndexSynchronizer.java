package org.opendossier.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.opendossier.index.IndexException;
import org.opendossier.index.SearchIndex;
import org.opendossier.model.Source;
import org.opendossier.store.CaseStore;
import org.opendossier.store.Change;
import org.opendossier.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the case database by replaying the change log in order, on the
 * single indexer thread. After a crash the index simply resumes from the last change number its commit
 * recorded; an index that cannot be trusted is rebuilt from the database.
 */
public final class IndexSynchronizer {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSynchronizer.class);
    private static final int BATCH = 1000;

    private final CaseStore store;
    private final SearchIndex index;
    private final ExecutorService indexer;

    public IndexSynchronizer(CaseStore store, SearchIndex index, ExecutorService indexerThread) {
        this.store = store;
        this.index = index;
        this.indexer = indexerThread;
    }

    /** Brings the index up to date on the indexer thread: rebuild if it cannot be trusted, else replay. */
    public Future<?> synchronize() {
        return indexer.submit(() -> {
            long logged = store.read(tx -> tx.changes().lastSeq());
            if (index.state().needsRebuild()) {
                LOG.info("Rebuilding the search index: {}", index.state().detail());
                rebuildNow();
            } else if (index.state().appliedSeq() > logged) {
                // The index has seen changes the database does not have (an older case.db restored beside
                // a newer index): it may hold sources that no longer exist, so it cannot be patched.
                LOG.info(
                        "Rebuilding the search index: it is ahead of the database ({} > {})",
                        index.state().appliedSeq(),
                        logged);
                rebuildNow();
            } else {
                catchUpNow();
            }
            index.commit();
            return null;
        });
    }

    /** Asks the indexer thread to apply whatever the change log has that the index lacks. */
    public Future<?> requestCatchUp() {
        return indexer.submit(() -> {
            catchUpNow();
            return null;
        });
    }

    /** Catches up and makes the index durable: for the end of a user action such as an import. */
    public Future<?> flush() {
        return indexer.submit(() -> {
            catchUpNow();
            index.commit();
            return null;
        });
    }

    /** Rebuilds the whole index from the database on the indexer thread. */
    public Future<?> requestRebuild() {
        return indexer.submit(() -> {
            rebuildNow();
            return null;
        });
    }

    /** Waits for {@code job} and turns its failure into a message a person can act on. */
    public static void await(Future<?> job) throws CaseException {
        try {
            job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseException("Interrupted while updating the search index", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CaseException("The search index could not be updated: " + cause.getMessage(), cause);
        }
    }

    private void catchUpNow() throws StoreException, IndexException {
        while (true) {
            long applied = index.state().appliedSeq();
            List<Change> changes = store.read(tx -> tx.changes().after(applied, BATCH));
            if (changes.isEmpty()) {
                return;
            }
            // The last operation on an entity decides; an upsert of a source deleted since is a delete.
            Map<Long, Change.Op> last = new LinkedHashMap<>();
            for (Change c : changes) {
                if (Change.SOURCE.equals(c.entity())) {
                    last.put(c.entityId(), c.op());
                }
            }
            Set<Long> upserts = new LinkedHashSet<>();
            last.forEach((id, op) -> {
                if (op == Change.Op.UPSERT) {
                    upserts.add(id);
                }
            });
            List<Source> sources = store.read(tx -> tx.sources().findAll(upserts));
            List<Long> deletes = new ArrayList<>();
            last.forEach((id, op) -> {
                if (op == Change.Op.DELETE) {
                    deletes.add(id);
                }
            });
            Set<Long> found = new LinkedHashSet<>();
            sources.forEach(s -> found.add(s.id()));
            upserts.stream().filter(id -> !found.contains(id)).forEach(deletes::add);
            index.apply(
                    sources.stream().map(IndexDocuments::of).toList(),
                    deletes,
                    changes.getLast().seq());
        }
    }

    private void rebuildNow() throws StoreException, IndexException {
        long through = store.read(tx -> tx.changes().lastSeq());
        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            long after = 0;
            while (true) {
                long from = after;
                List<Source> page = store.read(tx -> tx.sources().page(from, 500));
                if (page.isEmpty()) {
                    break;
                }
                for (Source s : page) {
                    rebuild.add(IndexDocuments.of(s));
                }
                after = page.getLast().id();
            }
            rebuild.finish(through);
        }
        catchUpNow();
        index.commit();
    }
}
