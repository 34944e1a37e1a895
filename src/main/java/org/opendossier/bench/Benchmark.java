package org.opendossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.opendossier.model.ImportReport;
import org.opendossier.model.ImportStatus;
import org.opendossier.model.SearchResults;
import org.opendossier.model.Sha256;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseOpener;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ImportListener;
import org.opendossier.service.ImportService;
import org.opendossier.service.SearchException;
import org.opendossier.store.StoreException;
import org.opendossier.store.files.FileOriginalStore;
import org.sqlite.SQLiteConfig;

/**
 * Runs the speed benchmark in one JVM: generates the corpus (not timed), imports it through bare Lucene,
 * bare SQLite FTS5 and our whole import path, then times a fixed list of searches on our case, and
 * matching the names of synthetic actors in every article ({@link AliasBenchmark}).
 *
 * <p>Every path reads the same files, so reading them is part of every time. Each path first imports a
 * smaller warm-up corpus into its own throw-away folder, so that the JIT has compiled all three before
 * any of them is measured.
 */
public final class Benchmark {
    /** The queries timed, in our syntax: words of several frequencies and every operator a user has. */
    static final List<String> QUERIES = List.of(
            "said",
            "government",
            "investigation",
            "cobalt",
            SyntheticCorpus.word(3000),
            "minister election",
            "sanctions OR embargo",
            "gold -mining",
            "\"foreign minister\"",
            "\"oil exports\"~5",
            "\"Atlas Mining Corporation\"",
            "Kowalsky~",
            "sanc*",
            "title:convoy",
            "lang:en",
            "published:[2023 TO 2024]",
            "*:*",
            "\"Amina Haddad\"",
            "Okonkwo",
            "Gao convoy");

    private static final int FTS5_BATCH = 1000;
    private static final int WARM_UP_SEARCHES = 3;

    /**
     * What to run.
     *
     * @param aliases names of synthetic actors to match in every article, 0 for none
     */
    public record Options(
            int docs, long seed, Path work, boolean keep, int repeat, int warmUpDocs, int runs, int aliases) {
        public Options {
            if (docs < 1) {
                throw new IllegalArgumentException("--docs must be at least 1");
            }
            if (repeat < 1) {
                throw new IllegalArgumentException("--repeat must be at least 1");
            }
            if (warmUpDocs < 0) {
                throw new IllegalArgumentException("--warm-up must be 0 or more");
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
            if (aliases < 0) {
                throw new IllegalArgumentException("--aliases must be 0 or more");
            }
        }

        /** With the 10,000 aliases. */
        public Options(int docs, long seed, Path work, boolean keep, int repeat, int warmUpDocs, int runs) {
            this(docs, seed, work, keep, repeat, warmUpDocs, runs, AliasBenchmark.DEFAULT_ALIASES);
        }
    }

    private final CaseOpener opener;
    private final Options options;
    private final Consumer<String> progress;

    public Benchmark(CaseOpener opener, Options options, Consumer<String> progress) {
        this.opener = opener;
        this.options = options;
        this.progress = progress;
    }

    public BenchReport run() throws IOException, SQLException, CaseException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Files.createDirectories(options.work());
        Path root = Files.createTempDirectory(options.work(), "opendossier-bench-");
        try {
            return run(root, loadBefore);
        } finally {
            if (options.keep()) {
                progress.accept("kept the benchmark's files in " + root);
            } else {
                deleteTree(root);
            }
        }
    }

    private BenchReport run(Path root, double loadBefore) throws IOException, SQLException, CaseException {
        if (options.warmUpDocs() > 0) {
            progress.accept("warming up with " + options.warmUpDocs() + " articles through each path");
            Path warm = root.resolve("warm-up");
            SyntheticCorpus.Written corpus =
                    new SyntheticCorpus(options.seed() + 1).write(warm.resolve("corpus"), options.warmUpDocs());
            bareLucene(corpus, warm.resolve("lucene"));
            bareFts5(corpus, warm.resolve("fts5.db"));
            originalsAlone(corpus, warm.resolve("originals"));
            try (CaseSession session = opener.create(warm.resolve("case"))) {
                ours(session, warm.resolve("corpus"), corpus);
            }
        }

        progress.accept("writing " + options.docs() + " articles (seed " + options.seed() + ")");
        Path corpusDir = root.resolve("corpus");
        SyntheticCorpus.Written corpus = new SyntheticCorpus(options.seed()).write(corpusDir, options.docs());

        // Runs interleave the paths, so a slow spell of a shared machine touches all of them alike.
        List<BenchReport.ImportRow> lucenes = new ArrayList<>();
        List<BenchReport.ImportRow> fts5s = new ArrayList<>();
        List<BenchReport.ImportRow> originalRuns = new ArrayList<>();
        List<BenchReport.ImportRow> ourRuns = new ArrayList<>();
        for (int r = 1; r < options.runs(); r++) {
            progress.accept("run " + r + " of " + options.runs());
            Path run = root.resolve("run-" + r);
            lucenes.add(bareLucene(corpus, run.resolve("lucene")));
            fts5s.add(bareFts5(corpus, run.resolve("fts5.db")));
            originalRuns.add(originalsAlone(corpus, run.resolve("originals")));
            try (CaseSession session = opener.create(run.resolve("case"))) {
                ourRuns.add(ours(session, corpusDir, corpus).row());
            }
        }
        progress.accept("bare Lucene");
        lucenes.add(bareLucene(corpus, root.resolve("lucene")));
        progress.accept("bare SQLite FTS5");
        fts5s.add(bareFts5(corpus, root.resolve("fts5.db")));
        progress.accept("our originals alone");
        originalRuns.add(originalsAlone(corpus, root.resolve("originals")));
        BenchReport.ImportRow lucene = BenchReport.ImportRow.of(lucenes);
        BenchReport.ImportRow fts5 = BenchReport.ImportRow.of(fts5s);
        BenchReport.ImportRow originals = BenchReport.ImportRow.of(originalRuns);
        progress.accept("OpenDossier import");
        try (CaseSession session = opener.create(root.resolve("case"))) {
            OurRun last = ours(session, corpusDir, corpus);
            ourRuns.add(last.row());
            BenchReport.ImportRow ours = BenchReport.ImportRow.of(ourRuns);
            long sources = session.sources().list().size();
            long indexed = searchOrFail(session, "*:*", 0).total();
            progress.accept("search");
            List<BenchReport.QueryRow> queries = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            searches(session, queries, all);
            long[] nanos = all.stream().mapToLong(Long::longValue).toArray();
            AliasBenchReport aliases = options.aliases() == 0
                    ? null
                    : new AliasBenchmark(
                                    options.aliases(), options.seed(), options.docs(), options.warmUpDocs(), progress)
                            .run();
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new BenchReport(
                    options.docs(),
                    options.seed(),
                    options.repeat(),
                    ours,
                    lucene,
                    fts5,
                    originals,
                    queries,
                    BenchReport.Latency.of(nanos),
                    sources,
                    indexed,
                    machine(loadBefore, loadAfter),
                    aliases,
                    last.usage());
        }
    }

    /** One timed run of our import, and where its processor time went by thread. */
    private record OurRun(BenchReport.ImportRow row, CpuMeter.Usage usage) {}

    /**
     * (a) Our whole import: hashing, originals with fsync, SQLite, and Lucene through the indexer thread.
     * Its CPU is read by thread while the session's threads still live.
     */
    private OurRun ours(CaseSession session, Path folder, SyntheticCorpus.Written corpus) throws CaseException {
        CpuMeter.Reading before = CpuMeter.read();
        long start = System.nanoTime();
        ImportReport report = session.imports().importPaths(List.of(folder), ImportListener.NONE, new CancelToken());
        long elapsed = System.nanoTime() - start;
        CpuMeter.Usage usage = CpuMeter.since(before);
        long imported = report.count(ImportStatus.IMPORTED);
        if (imported != corpus.files().size()) {
            throw new IllegalStateException(
                    "OpenDossier imported " + imported + " of " + corpus.files().size() + " benchmark articles; "
                            + report.count(ImportStatus.REJECTED) + " were rejected");
        }
        return new OurRun(
                new BenchReport.ImportRow("OpenDossier import", imported, corpus.bytes(), run(elapsed, usage)), usage);
    }

    /** (b) A bare IndexWriter, as a Lucene user would write it in a few lines. */
    private static BenchReport.ImportRow bareLucene(SyntheticCorpus.Written corpus, Path folder) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setRAMBufferSizeMB(64);
        CpuMeter.Reading before = CpuMeter.read();
        long start = System.nanoTime();
        try (Directory dir = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(dir, config)) {
            for (Path file : corpus.files()) {
                String[] parts = split(Files.readString(file, StandardCharsets.UTF_8));
                Document doc = new Document();
                // Stored like ours: a desktop search shows and highlights the text it found.
                doc.add(new TextField("title", parts[0], Field.Store.YES));
                doc.add(new TextField("body", parts[1], Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
            long elapsed = System.nanoTime() - start;
            return new BenchReport.ImportRow(
                    "bare Lucene", corpus.files().size(), corpus.bytes(), run(elapsed, CpuMeter.since(before)));
        }
    }

    /** (c) A bare FTS5 table filled by batched inserts, one transaction per batch. */
    private static BenchReport.ImportRow bareFts5(SyntheticCorpus.Written corpus, Path file)
            throws IOException, SQLException {
        Files.createDirectories(file.getParent());
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        CpuMeter.Reading before = CpuMeter.read();
        long start = System.nanoTime();
        try (Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body)");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO docs (title, body) VALUES (?, ?)")) {
                int pending = 0;
                for (Path f : corpus.files()) {
                    String[] parts = split(Files.readString(f, StandardCharsets.UTF_8));
                    insert.setString(1, parts[0]);
                    insert.setString(2, parts[1]);
                    insert.addBatch();
                    if (++pending == FTS5_BATCH) {
                        insert.executeBatch();
                        db.commit();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        return new BenchReport.ImportRow(
                "bare SQLite FTS5", corpus.files().size(), corpus.bytes(), run(elapsed, CpuMeter.since(before)));
    }

    /**
     * (e) Our originals alone, not a baseline: every file read, hashed and stored by the store our import
     * uses, forced to disk in groups as the import's group commits do. What one durable file per original
     * costs on this disk is a floor under our import that neither Lucene nor FTS5 has.
     */
    private static BenchReport.ImportRow originalsAlone(SyntheticCorpus.Written corpus, Path folder)
            throws IOException {
        ExecutorService syncThreads = Executors.newFixedThreadPool(FileOriginalStore.SYNC_THREADS, r -> {
            Thread t = new Thread(r, "bench-fsync");
            t.setDaemon(true);
            return t;
        });
        try {
            CpuMeter.Reading before = CpuMeter.read();
            long start = System.nanoTime();
            FileOriginalStore store = new FileOriginalStore(folder, syncThreads);
            List<String> group = new ArrayList<>(ImportService.GROUP_FILES);
            for (Path f : corpus.files()) {
                byte[] bytes = Files.readAllBytes(f);
                String sha = Sha256.hex(bytes);
                store.put(sha, bytes);
                group.add(sha);
                if (group.size() == ImportService.GROUP_FILES) {
                    store.sync(group);
                    group.clear();
                }
            }
            store.sync(group);
            long elapsed = System.nanoTime() - start;
            return new BenchReport.ImportRow(
                    "our originals alone", corpus.files().size(), corpus.bytes(), run(elapsed, CpuMeter.since(before)));
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            syncThreads.shutdownNow();
        }
    }

    private static BenchReport.Run run(long elapsedNanos, CpuMeter.Usage usage) {
        return new BenchReport.Run(Duration.ofNanos(elapsedNanos), usage.cpuSeconds(), usage.jitSeconds());
    }

    /** (d) Every query a few times untimed, then {@code repeat} timed rounds over the whole list. */
    private void searches(CaseSession session, List<BenchReport.QueryRow> rows, List<Long> all) throws CaseException {
        long[] hits = new long[QUERIES.size()];
        String[] errors = new String[QUERIES.size()];
        long[][] nanos = new long[QUERIES.size()][options.repeat()];
        for (int w = 0; w < WARM_UP_SEARCHES; w++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                try {
                    hits[q] = session.search().search(QUERIES.get(q), 10).total();
                } catch (SearchException e) {
                    errors[q] = e.getMessage();
                }
            }
        }
        // Rounds over the whole list rather than one query R times in a row, so that a burst of load from
        // elsewhere on the machine spreads over all queries instead of spoiling one.
        for (int r = 0; r < options.repeat(); r++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                if (errors[q] != null) {
                    continue;
                }
                long start = System.nanoTime();
                try {
                    session.search().search(QUERIES.get(q), 10);
                } catch (SearchException e) {
                    errors[q] = e.getMessage();
                }
                nanos[q][r] = System.nanoTime() - start;
            }
        }
        for (int q = 0; q < QUERIES.size(); q++) {
            if (errors[q] != null) {
                rows.add(new BenchReport.QueryRow(QUERIES.get(q), 0, null, errors[q]));
                continue;
            }
            rows.add(new BenchReport.QueryRow(QUERIES.get(q), hits[q], BenchReport.Latency.of(nanos[q]), null));
            for (long n : nanos[q]) {
                all.add(n);
            }
        }
    }

    private static SearchResults searchOrFail(CaseSession session, String query, int limit) throws CaseException {
        try {
            return session.search().search(query, limit);
        } catch (SearchException e) {
            throw new IllegalStateException("the benchmark's own query failed: " + query, e);
        }
    }

    /** Title and body the way our plain-text import sees them: the first line, and the rest. */
    private static String[] split(String text) {
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        return nl < 0
                ? new String[] {stripped, ""}
                : new String[] {stripped.substring(0, nl), stripped.substring(nl + 1)};
    }

    static BenchReport.Machine machine(double loadBefore, double loadAfter) {
        Runtime rt = Runtime.getRuntime();
        return new BenchReport.Machine(
                rt.availableProcessors(),
                rt.maxMemory(),
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                loadBefore,
                loadAfter);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    // Originals are stored read-only; the owner may still delete them on POSIX, but not on
                    // Windows without this.
                    p.toFile().setWritable(true);
                    Files.delete(p);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
