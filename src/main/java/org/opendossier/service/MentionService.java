package org.opendossier.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.opendossier.analysis.names.AliasMatcher;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.ReviewState;
import org.opendossier.model.Source;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps matched mentions in step with the names actors go by. A new source is matched in the transaction
 * that stores it; a change of names bumps the case's names version in the transaction that makes it, and
 * a re-scan of every source then brings the mentions up to that version. A crash in between leaves the
 * versions apart, and the next session re-scans ({@link #isStale}).
 */
public final class MentionService {
    private static final Logger LOG = LoggerFactory.getLogger(MentionService.class);
    private static final int PAGE = 250;

    private final CaseStore store;
    private final ExecutorService scanner;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong completed = new AtomicLong();
    private final CancelToken closing = new CancelToken();
    private volatile Snapshot snapshot = new Snapshot(-1, null);

    /** @param scanner one thread that runs the re-scans, one at a time */
    public MentionService(CaseStore store, ExecutorService scanner) {
        this.store = store;
        this.scanner = scanner;
    }

    private record Snapshot(long version, AliasMatcher matcher) {}

    /** A progress report of a re-scan: sources done of all. */
    public record Progress(long done, long total) {}

    /** Runs after every completed re-scan, on the scanning thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Whether some change of names has not yet reached every source's mentions. */
    public boolean isStale() throws CaseException {
        try {
            return store.read(tx -> tx.actors().namesVersion() != tx.actors().scannedNamesVersion());
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    /** The matcher for the names as they are now; rebuilt only when they changed. */
    AliasMatcher matcher() throws StoreException {
        long version = store.read(tx -> tx.actors().namesVersion());
        Snapshot current = snapshot;
        if (current.version() != version || current.matcher() == null) {
            current = store.read(tx -> new Snapshot(
                    tx.actors().namesVersion(), new AliasMatcher(tx.actors().list())));
            snapshot = current;
        }
        return current.matcher();
    }

    /** The matched mentions of every actor in {@code text}, for storing with the source. */
    static List<Mention> find(AliasMatcher matcher, long sourceId, String text) {
        List<Mention> out = new ArrayList<>();
        for (var match : matcher.find(text)) {
            out.add(new Mention(
                    0,
                    sourceId,
                    match.actorId(),
                    match.span(),
                    match.alias(),
                    MentionOrigin.MATCHED,
                    ReviewState.UNREVIEWED));
        }
        return out;
    }

    /**
     * Queues a re-scan of every source on the scanning thread. Requests made while one is queued fold into
     * it; a request made while one runs queues the next, so the last change is always scanned.
     */
    public Future<?> requestRescan() {
        queued.set(true);
        return scanner.submit(() -> {
            if (queued.getAndSet(false)) {
                rescanNow(closing, p -> {});
            }
            return null;
        });
    }

    /** Ends when every re-scan queued before it has ended, without queuing one itself. */
    public Future<?> queuedRescansEnded() {
        return scanner.submit(() -> null);
    }

    /** How many re-scans have run to the end since the case was opened. */
    public long completedRescans() {
        return completed.get();
    }

    /**
     * Stops a queued or running re-scan where it is, for closing the case; the names version stays ahead of
     * the scanned one, so the next session finishes the job.
     */
    public void stop() {
        closing.cancel();
    }

    /** Matches every actor's names across every source now, on the calling thread. */
    public Progress rescanNow(CancelToken cancel, Consumer<Progress> progress) throws CaseException {
        try {
            long version = store.read(tx -> tx.actors().namesVersion());
            AliasMatcher matcher = matcher();
            long total = store.read(tx -> tx.sources().count());
            long done = 0;
            long after = 0;
            long started = System.nanoTime();
            while (!cancel.isCancelled()) {
                long from = after;
                List<Source> page = store.read(tx -> tx.sources().page(from, PAGE));
                if (page.isEmpty()) {
                    break;
                }
                List<List<Mention>> found = page.parallelStream()
                        .map(s -> find(matcher, s.id(), s.text()))
                        .toList();
                store.write(tx -> {
                    for (int i = 0; i < page.size(); i++) {
                        tx.actors().replaceMatched(page.get(i).id(), found.get(i));
                    }
                    return null;
                });
                done += page.size();
                after = page.getLast().id();
                progress.accept(new Progress(done, total));
            }
            if (!cancel.isCancelled()) {
                store.write(tx -> {
                    if (tx.actors().namesVersion() == version) {
                        tx.actors().markScanned(version);
                    }
                    return null;
                });
                LOG.info("Matched actor names in {} sources in {} ms", done, (System.nanoTime() - started) / 1_000_000);
                completed.incrementAndGet();
                listeners.forEach(Runnable::run);
            }
            return new Progress(done, total);
        } catch (StoreException e) {
            throw new CaseException("Could not find the actors' mentions: " + e.getMessage(), e);
        }
    }
}
