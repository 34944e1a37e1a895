package org.opendossier.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.opendossier.analysis.names.AliasMatcher;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.IngestLimits;
import org.opendossier.ingest.Ingestor;
import org.opendossier.ingest.PartResult;
import org.opendossier.model.Acquisition;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.ImportReport;
import org.opendossier.model.Mention;
import org.opendossier.model.NewSource;
import org.opendossier.model.RejectionReason;
import org.opendossier.model.Sha256;
import org.opendossier.store.CaseStore;
import org.opendossier.store.OriginalStore;
import org.opendossier.store.StoreException;

/**
 * Imports files into a case. Files are read, hashed, stored as originals and parsed on a small pool, a
 * bounded window ahead of the writer; the calling thread writes them to the database in group commits
 * (each file whole in one transaction) and then asks the indexer to catch up. A bad file ends as a
 * rejection with a reason and the batch goes on; a crash loses at most the uncommitted group, never
 * leaves half a source.
 */
public final class ImportService {
    /** Files read ahead of the writer; bounds memory to roughly this many files' bytes and texts. */
    private static final int WINDOW = 64;
    /** A group commit closes at this many files or this much time, whichever comes first. */
    public static final int GROUP_FILES = 500;

    private static final Duration GROUP_TIME = Duration.ofMillis(500);

    private final CaseStore store;
    private final OriginalStore originals;
    private final Ingestor ingestor;
    private final IngestLimits limits;
    private final ExecutorService parsers;
    private final IndexSynchronizer synchronizer;
    private final MentionService mentions;
    private final Clock clock;

    public ImportService(
            CaseStore store,
            OriginalStore originals,
            Ingestor ingestor,
            IngestLimits limits,
            ExecutorService parsers,
            IndexSynchronizer synchronizer,
            MentionService mentions,
            Clock clock) {
        this.store = store;
        this.originals = originals;
        this.limits = limits;
        this.ingestor = ingestor;
        this.parsers = parsers;
        this.synchronizer = synchronizer;
        this.mentions = mentions;
        this.clock = clock;
    }

    /** One file or message, read and parsed, waiting for the writer. */
    private record Prepared(
            String path,
            String fileName,
            String part,
            String sha256,
            NewSource source,
            String url,
            ImportOutcome rejection) {}

    /**
     * Imports {@code inputs} (files and folders) and returns every file's outcome. The search index has
     * caught up with everything imported by the time this returns.
     */
    public ImportReport importPaths(List<Path> inputs, ImportListener listener, CancelToken cancel)
            throws CaseException {
        Instant started = clock.instant();
        FileCollector collected = FileCollector.collect(inputs);
        List<Path> files = collected.files();
        List<ImportOutcome> outcomes = new ArrayList<>(collected.problems());
        listener.started(files.size());
        if (!collected.problems().isEmpty()) {
            listener.committed(collected.problems(), 0, files.size());
        }

        Deque<Future<List<Prepared>>> window = new ArrayDeque<>();
        List<List<Prepared>> group = new ArrayList<>();
        int next = 0;
        int done = 0;
        int groupFiles = 0;
        Instant groupStart = clock.instant();
        boolean cancelled = false;
        try {
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < WINDOW && !cancel.isCancelled()) {
                    Path file = files.get(next++);
                    window.add(parsers.submit(() -> prepare(file)));
                }
                if (window.isEmpty()) {
                    cancelled = true;
                    break;
                }
                List<Prepared> prepared = take(window.poll());
                if (!prepared.isEmpty()) {
                    listener.reading(prepared.getFirst().path(), done, files.size());
                }
                group.add(prepared);
                groupFiles++;
                boolean due = groupFiles >= GROUP_FILES
                        || Duration.between(groupStart, clock.instant()).compareTo(GROUP_TIME) >= 0
                        || (window.isEmpty() && (next >= files.size() || cancel.isCancelled()));
                if (due) {
                    done += groupFiles;
                    List<ImportOutcome> committed = commit(group);
                    outcomes.addAll(committed);
                    listener.committed(committed, done, files.size());
                    synchronizer.requestCatchUp();
                    group.clear();
                    groupFiles = 0;
                    groupStart = clock.instant();
                }
            }
        } finally {
            for (Future<List<Prepared>> f : window) {
                f.cancel(true);
            }
        }
        IndexSynchronizer.await(synchronizer.flush());
        return new ImportReport(
                outcomes, Duration.between(started, clock.instant()), cancelled || cancel.isCancelled());
    }

    private static List<Prepared> take(Future<List<Prepared>> future) throws CaseException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseException("The import was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CaseException("The import failed: " + cause.getMessage(), cause);
        }
    }

    /** Runs on a pool thread: everything about a file that does not need the database writer. */
    private List<Prepared> prepare(Path file) throws StoreException {
        String path = file.toString();
        String fileName = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return List.of(rejected(
                        path,
                        fileName,
                        null,
                        RejectionReason.TOO_LARGE,
                        size + " bytes; the limit is " + limits.maxFileBytes()));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(rejected(path, fileName, null, RejectionReason.UNREADABLE, e.getMessage()));
        }
        String fileSha = Sha256.hex(bytes);
        Optional<Long> known = store.read(tx -> tx.sources().idBySha256(fileSha));
        if (known.isPresent()) {
            // Already in the case: no need to parse again; the writer adds the acquisition.
            return List.of(new Prepared(path, fileName, null, fileSha, null, null, null));
        }
        List<Prepared> out = new ArrayList<>();
        for (PartResult r : ingestor.read(bytes, fileName)) {
            String part = r.part().label();
            if (r.failure() != null) {
                out.add(new Prepared(
                        path,
                        fileName,
                        part,
                        null,
                        null,
                        null,
                        ImportOutcome.rejected(
                                path, part, r.failure().reason(), r.failure().getMessage())));
                continue;
            }
            byte[] partBytes = r.part().bytes();
            String sha = partBytes == bytes ? fileSha : Sha256.hex(partBytes);
            originals.put(sha, partBytes);
            // Everything the writer will store is made here, on a worker: the writer thread is the serial part.
            NewSource source = newSource(sha, partBytes.length, r.document());
            out.add(new Prepared(path, fileName, part, sha, source, source.url(), null));
        }
        return out;
    }

    private static Prepared rejected(String path, String fileName, String part, RejectionReason reason, String detail) {
        return new Prepared(path, fileName, part, null, null, null, ImportOutcome.rejected(path, part, reason, detail));
    }

    /**
     * One transaction for the whole group: every file in it is committed together or not at all, and only
     * after the originals it refers to are on disk.
     */
    private List<ImportOutcome> commit(List<List<Prepared>> group) throws CaseException {
        Instant now = clock.instant();
        List<String> stored = group.stream()
                .flatMap(List::stream)
                .filter(p -> p.source() != null)
                .map(Prepared::sha256)
                .toList();
        try {
            originals.sync(stored);
            AliasMatcher matcher = mentions.matcher();
            return store.write(tx -> {
                List<ImportOutcome> out = new ArrayList<>();
                for (List<Prepared> file : group) {
                    for (Prepared p : file) {
                        if (p.rejection() != null) {
                            out.add(p.rejection());
                            continue;
                        }
                        Acquisition acquisition = new Acquisition(p.path(), p.fileName(), p.part(), now, p.url());
                        Optional<Long> existing = tx.sources().idBySha256(p.sha256());
                        if (existing.isPresent()) {
                            tx.sources().addAcquisition(existing.get(), acquisition);
                            var summary = tx.sources()
                                    .summaries(List.of(existing.get()))
                                    .get(existing.get());
                            String title = summary == null ? "" : summary.title();
                            out.add(ImportOutcome.duplicate(p.path(), p.part(), existing.get(), title));
                        } else {
                            long id = tx.sources().insert(p.source(), acquisition);
                            // Matched in the same transaction, so a stored source never lacks its mentions.
                            // A new source has none to replace: without matches there is nothing to write.
                            List<Mention> found =
                                    MentionService.find(matcher, id, p.source().text());
                            if (!found.isEmpty()) {
                                tx.actors().replaceMatched(id, found);
                            }
                            out.add(ImportOutcome.imported(
                                    p.path(), p.part(), id, p.source().title()));
                        }
                    }
                }
                return out;
            });
        } catch (StoreException e) {
            throw new CaseException("Could not save the imported files: " + e.getMessage(), e);
        }
    }

    private static NewSource newSource(String sha256, long size, ExtractedDocument d) {
        var m = d.metadata();
        return NewSource.of(
                sha256,
                d.mediaType(),
                m.title(),
                m.byline(),
                m.outlet(),
                m.publishedAt(),
                m.url(),
                m.language(),
                d.text(),
                size,
                d.warnings());
    }
}
