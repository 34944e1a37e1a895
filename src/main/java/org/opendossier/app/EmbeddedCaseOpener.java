package org.opendossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opendossier.index.IndexException;
import org.opendossier.index.lucene.LuceneSearchIndex;
import org.opendossier.ingest.IngestLimits;
import org.opendossier.ingest.Ingestor;
import org.opendossier.service.ActorNetwork;
import org.opendossier.service.ActorService;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseOpener;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ClaimInterchange;
import org.opendossier.service.ClaimService;
import org.opendossier.service.ClaimTimeline;
import org.opendossier.service.DossierService;
import org.opendossier.service.EvidenceSuggestions;
import org.opendossier.service.ImportService;
import org.opendossier.service.IndexSynchronizer;
import org.opendossier.service.MentionService;
import org.opendossier.service.SearchService;
import org.opendossier.service.SourceService;
import org.opendossier.service.VerifyService;
import org.opendossier.store.StoreException;
import org.opendossier.store.files.FileOriginalStore;
import org.opendossier.store.sqlite.SqliteCaseStore;

/**
 * Cases as one folder on this machine: {@code case.db} (SQLite), {@code originals/} and {@code index/}
 * (Lucene). Each open case gets its own indexer thread and a small import pool.
 */
public final class EmbeddedCaseOpener implements CaseOpener {
    static final String DATABASE = "case.db";
    static final String ORIGINALS = "originals";
    static final String INDEX = "index";

    private final IngestLimits limits;
    private final int importThreads;

    public EmbeddedCaseOpener(IngestLimits limits, int importThreads) {
        this.limits = limits;
        this.importThreads = importThreads;
    }

    /**
     * At least four import workers even on two cores: a worker spends much of each file waiting on the
     * disk (reading, creating the original), and four overlapped that better than two when measured.
     */
    public static EmbeddedCaseOpener withDefaults() {
        return new EmbeddedCaseOpener(
                IngestLimits.DEFAULTS, Math.max(4, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public CaseSession create(Path folder) throws CaseException {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
                throw new CaseException(
                        folder + " already exists and is not an empty folder; choose a new folder for the case.");
            }
            Files.createDirectories(folder);
            Files.createDirectories(folder.resolve(ORIGINALS));
            SqliteCaseStore.create(folder.resolve(DATABASE)).close();
        } catch (IOException e) {
            throw new CaseException("Cannot create the case folder " + folder + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
        return open(folder);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    @Override
    public CaseSession open(Path folder) throws CaseException {
        if (!Files.isRegularFile(folder.resolve(DATABASE))) {
            throw new CaseException(folder + " is not an OpenDossier case (there is no " + DATABASE
                    + " in it). Create one with: opendossier init " + folder);
        }
        SqliteCaseStore store = null;
        LuceneSearchIndex index = null;
        ExecutorService indexer = NamedThreads.single("od-indexer");
        ExecutorService parsers = NamedThreads.fixed("od-import", importThreads);
        ExecutorService parseThreads = Ingestor.parseThreadPool();
        ExecutorService syncThreads = NamedThreads.fixed("od-fsync", FileOriginalStore.SYNC_THREADS);
        ExecutorService scanner = NamedThreads.single("od-mentions");
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService searchThreads = NamedThreads.fixed("od-search", cores);
        try {
            store = SqliteCaseStore.open(folder.resolve(DATABASE));
            FileOriginalStore originals = new FileOriginalStore(folder.resolve(ORIGINALS), syncThreads);
            originals.cleanStaging();
            index = LuceneSearchIndex.open(folder.resolve(INDEX), store.caseId(), searchThreads, cores);
            IndexSynchronizer sync = new IndexSynchronizer(store, index, indexer);
            IndexSynchronizer.await(sync.synchronize());
            MentionService mentions = new MentionService(store, scanner);
            if (mentions.isStale()) {
                mentions.requestRescan();
            }
            ClaimService claims = new ClaimService(store);
            // A source text changed since its quotes were taken (a migration, a re-extraction): place them again.
            claims.reanchor();
            SearchService search = new SearchService(store, index);
            ActorService actors = new ActorService(store, mentions);
            ActorNetwork network = new ActorNetwork(store);
            ClaimTimeline timeline = new ClaimTimeline(store, claims);
            return new Session(
                    folder,
                    store,
                    index,
                    List.of(scanner, indexer),
                    List.of(parsers, parseThreads, syncThreads, searchThreads),
                    sync,
                    new ImportService(
                            store,
                            originals,
                            new Ingestor(limits, parseThreads),
                            limits,
                            parsers,
                            sync,
                            mentions,
                            Clock.systemUTC()),
                    search,
                    new SourceService(store, originals),
                    new VerifyService(store, originals),
                    actors,
                    network,
                    claims,
                    new ClaimInterchange(store, claims),
                    new EvidenceSuggestions(store, search),
                    timeline,
                    new DossierService(store, claims, actors, timeline, network));
        } catch (StoreException | IndexException | CaseException e) {
            shutdown(List.of(scanner, indexer), List.of(parsers, parseThreads, syncThreads, searchThreads));
            closeQuietly(index, store);
            throw e instanceof CaseException ce ? ce : new CaseException(e.getMessage(), e);
        }
    }

    /** Stops the pools at once and lets the single writers ({@code finishing}) finish their work in order. */
    private static void shutdown(List<ExecutorService> finishing, List<ExecutorService> pools) {
        pools.forEach(ExecutorService::shutdownNow);
        for (ExecutorService single : finishing) {
            single.shutdown();
            try {
                single.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(LuceneSearchIndex index, SqliteCaseStore store) {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IndexException ignored) {
            // opening already failed; that error is the one reported
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (StoreException ignored) {
            // as above
        }
    }

    private record Session(
            Path folder,
            SqliteCaseStore store,
            LuceneSearchIndex index,
            List<ExecutorService> finishing,
            List<ExecutorService> pools,
            IndexSynchronizer indexing,
            ImportService imports,
            SearchService search,
            SourceService sources,
            VerifyService verifier,
            ActorService actors,
            ActorNetwork network,
            ClaimService claims,
            ClaimInterchange interchange,
            EvidenceSuggestions moreEvidence,

            ClaimTimeline timeline,
            DossierService dossiers)
            implements CaseSession {

        @Override
        public void close() throws CaseException {
            actors.mentions().stop();
            shutdown(finishing, pools);
            try {
                index.close();
                store.close();
            } catch (IndexException | StoreException e) {
                throw new CaseException("The case did not close cleanly: " + e.getMessage(), e);
            }
        }
    }
}
