package org.opendossier.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.opendossier.index.IndexDocument;
import org.opendossier.index.IndexException;
import org.opendossier.index.IndexHit;
import org.opendossier.index.IndexResults;
import org.opendossier.index.IndexState;
import org.opendossier.index.QuerySyntaxException;
import org.opendossier.index.SearchIndex;
import org.opendossier.index.SearchQuery;
import org.opendossier.model.MediaTypes;
import org.opendossier.model.TextSpan;

/**
 * A case's Lucene index in {@code index/}. One {@link IndexWriter}; searches through a
 * {@link SearcherManager}. Every commit carries the case id, the index schema version and the last
 * change-log number applied, which is how {@link #open} knows whether it can be trusted.
 */
public final class LuceneSearchIndex implements SearchIndex {
    static final int MAX_HIGHLIGHT_CHARS = 2_000_000;
    private static final int PASSAGES = 3;
    /**
     * A Lucene commit fsyncs every new file; once per import batch it was a third of the indexer's time.
     * Between commits, searches see changes through near-real-time readers, and a crash only means
     * replaying a few seconds of the change log (decision record 0002).
     */
    private static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;

    private final Path folder;
    private final String caseId;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final QueryTranslator translator = new QueryTranslator(analyzer);
    /** Searches share the read side; swapping in a rebuilt index takes the write side. */
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();

    private volatile IndexState state;
    /** The change number of the last commit; {@code state} runs ahead of it between commits. */
    private long committedSeq;

    private long lastCommitNanos = System.nanoTime();
    /**
     * Applied changes not yet visible to searches. Opening a near-real-time reader flushes a segment, so
     * it happens when someone searches, not after every batch of an import nobody is searching.
     */
    private volatile boolean stale;
    /**
     * The highest source id in the index. Source ids only grow, so a document with a higher id cannot be
     * in the index yet and is added without the delete lookup an update costs (a third of indexing time).
     */
    private long maxId;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final SlicedSearchers searcherFactory;

    private LuceneSearchIndex(Path folder, String caseId, SlicedSearchers searcherFactory) {
        this.folder = folder;
        this.caseId = caseId;
        this.searcherFactory = searcherFactory;
    }

    /**
     * Opens the index of case {@code caseId} in {@code folder}. A missing folder gives an empty index
     * marked {@link IndexState.Health#MISSING}; one that cannot be trusted (corrupt, another case's, an
     * older schema) is left untouched and reported, to be replaced by a rebuild.
     */
    public static LuceneSearchIndex open(Path folder, String caseId) throws IndexException {
        return open(folder, caseId, null, 1);
    }

    /**
     * As {@link #open(Path, String)}, with {@code searchThreads} ({@code threads} of them) to search a large
     * index in slices, one query on several cores.
     */
    public static LuceneSearchIndex open(Path folder, String caseId, Executor searchThreads, int threads)
            throws IndexException {
        return open(folder, caseId, new SlicedSearchers(searchThreads, threads));
    }

    static LuceneSearchIndex open(Path folder, String caseId, SlicedSearchers searcherFactory) throws IndexException {
        LuceneSearchIndex index = new LuceneSearchIndex(folder, caseId, searcherFactory);
        index.cleanLeftovers();
        index.state = index.inspect();
        index.committedSeq = index.state.appliedSeq();
        if (!index.state.needsRebuild()) {
            index.openWriter(false);
        } else if (index.state.health() == IndexState.Health.MISSING) {
            // An empty index to search until the rebuild fills it; still reported as missing so that the
            // case's sources, if any, are indexed by a rebuild.
            IndexState missing = index.state;
            index.openWriter(true);
            index.commit(0);
            index.state = missing;
        }
        return index;
    }

    private IndexState inspect() throws IndexException {
        if (!Files.isDirectory(folder)) {
            return new IndexState(IndexState.Health.MISSING, 0, "no index folder");
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return new IndexState(IndexState.Health.MISSING, 0, "the index folder is empty");
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            if (!caseId.equals(data.get(IndexSchema.USER_DATA_CASE))) {
                return new IndexState(IndexState.Health.OTHER_CASE, 0, "the index belongs to another case");
            }
            String version = String.valueOf(IndexSchema.VERSION);
            if (!version.equals(data.get(IndexSchema.USER_DATA_VERSION))) {
                return new IndexState(
                        IndexState.Health.OLD_SCHEMA,
                        0,
                        "index version " + data.get(IndexSchema.USER_DATA_VERSION) + ", expected " + version);
            }
            // Opening a reader checks every segment's header and footer; a damaged file shows here.
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                reader.numDocs();
            }
            long seq = Long.parseLong(data.getOrDefault(IndexSchema.USER_DATA_SEQ, "0"));
            return new IndexState(IndexState.Health.CURRENT, seq, "");
        } catch (LockObtainFailedException e) {
            throw inUse(e);
        } catch (IOException | RuntimeException e) {
            // Lucene reports damage through many exception types (CorruptIndexException, EOFException,
            // IndexFormatTooOldException, NumberFormatException on user data...): all mean "rebuild".
            return new IndexState(IndexState.Health.CORRUPT, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private IndexException inUse(Exception e) {
        return new IndexException("The case's search index is in use by another OpenDossier process.", e);
    }

    private void openWriter(boolean create) throws IndexException {
        try {
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, writerConfig(create));
            searchers = new SearcherManager(writer, searcherFactory);
            maxId = highestId();
        } catch (LockObtainFailedException e) {
            closeQuietly();
            throw inUse(e);
        } catch (IOException e) {
            closeQuietly();
            throw new IndexException("Cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private long highestId() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexSchema.ID_POINT);
            return max == null ? 0 : LongPoint.decodeDimension(max, 0);
        } finally {
            searchers.release(searcher);
        }
    }

    private IndexWriterConfig writerConfig(boolean create) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        return config;
    }

    @Override
    public IndexState state() {
        return state;
    }

    @Override
    public void apply(List<IndexDocument> upserts, List<Long> deletes, long throughSeq) throws IndexException {
        swapLock.readLock().lock();
        try {
            requireCurrent();
            for (IndexDocument d : upserts) {
                if (d.sourceId() > maxId) {
                    writer.addDocument(document(d));
                    maxId = d.sourceId();
                } else {
                    writer.updateDocument(idTerm(d.sourceId()), document(d));
                }
            }
            for (long id : deletes) {
                writer.deleteDocuments(idTerm(id));
            }
            state = new IndexState(IndexState.Health.CURRENT, throughSeq, "");
            stale = true;
            if (System.nanoTime() - lastCommitNanos >= COMMIT_INTERVAL_NANOS) {
                commit(throughSeq);
            }
        } catch (IOException e) {
            throw new IndexException("Cannot update the search index: " + e.getMessage(), e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    @Override
    public void commit() throws IndexException {
        swapLock.readLock().lock();
        try {
            if (writer != null && !state.needsRebuild() && state.appliedSeq() != committedSeq) {
                commit(state.appliedSeq());
            }
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** What every commit records: whose index this is, in which format, and how far it has applied the log. */
    private Iterable<Map.Entry<String, String>> commitData(long throughSeq) {
        return Map.of(
                        IndexSchema.USER_DATA_CASE, caseId,
                        IndexSchema.USER_DATA_VERSION, String.valueOf(IndexSchema.VERSION),
                        IndexSchema.USER_DATA_SEQ, String.valueOf(throughSeq))
                .entrySet();
    }

    private synchronized void commit(long throughSeq) throws IndexException {
        writer.setLiveCommitData(commitData(throughSeq));
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("Cannot commit the search index: " + e.getMessage(), e);
        }
        committedSeq = throughSeq;
        lastCommitNanos = System.nanoTime();
        state = new IndexState(IndexState.Health.CURRENT, throughSeq, "");
    }

    /** Makes applied changes visible before a read; call with the swap lock held. */
    private void refreshIfStale() throws IOException {
        if (stale) {
            stale = false;
            searchers.maybeRefreshBlocking();
        }
    }

    private void requireCurrent() throws IndexException {
        if (writer == null) {
            throw new IndexException(
                    "The search index is being rebuilt (" + state.detail() + "); try again shortly.", null);
        }
    }

    private static Term idTerm(long id) {
        return new Term(IndexSchema.ID, Long.toString(id));
    }

    static Document document(IndexDocument d) {
        Document doc = new Document();
        doc.add(new KeywordField(IndexSchema.ID, Long.toString(d.sourceId()), Field.Store.YES));
        doc.add(new LongPoint(IndexSchema.ID_POINT, d.sourceId()));
        doc.add(new NumericDocValuesField(IndexSchema.ID_VALUE, d.sourceId()));
        doc.add(new Field(IndexSchema.TITLE, d.title(), IndexSchema.TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexSchema.BODY, d.body(), IndexSchema.TEXT_WITH_OFFSETS));
        if (d.outlet() != null) {
            doc.add(new TextField(IndexSchema.OUTLET, d.outlet(), Field.Store.NO));
            doc.add(facet("outlet", d.outlet()));
        }
        if (d.byline() != null) {
            doc.add(new TextField(IndexSchema.BYLINE, d.byline(), Field.Store.NO));
        }
        if (d.language() != null) {
            doc.add(new StringField(
                    IndexSchema.LANGUAGE, d.language().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
            doc.add(facet("language", d.language()));
        }
        String type = MediaTypes.shortName(d.mediaType());
        doc.add(new StringField(IndexSchema.TYPE, type, Field.Store.NO));
        doc.add(facet("type", type));
        if (d.publishedAt() != null && d.publishedAt().length() >= 4) {
            doc.add(new StringField(
                    IndexSchema.PUBLISHED, d.publishedAt().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
            doc.add(facet("year", d.publishedAt().substring(0, 4)));
        }
        if (d.importedAt() != null) {
            doc.add(new StringField(
                    IndexSchema.IMPORTED, d.importedAt().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        }
        return doc;
    }

    private static SortedSetDocValuesField facet(String dimension, String value) {
        return new SortedSetDocValuesField(IndexSchema.FACETS.get(dimension), new BytesRef(value));
    }

    @Override
    public IndexResults search(SearchQuery query) throws QuerySyntaxException, IndexException {
        Query q = translator.translate(query.text(), query.actors());
        return runQuery(query.text(), searcher -> search(searcher, q, query.limit()));
    }

    @Override
    public List<TextSpan> matchesIn(SearchQuery query, long sourceId) throws QuerySyntaxException, IndexException {
        Query q = translator.translate(query.text(), query.actors());
        return runQuery(query.text(), searcher -> matchesIn(searcher, q, sourceId));
    }

    /**
     * Runs {@code work} on a current searcher for the user's query {@code queryText}; a query that expands to
     * more words than Lucene allows is the query's fault, reported as such.
     */
    private <T> T runQuery(String queryText, IOFunction<IndexSearcher, T> work)
            throws QuerySyntaxException, IndexException {
        try {
            return withSearcher(work);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(
                    "The query expands to too many words (a short prefix* or fuzzy~ term?); make it more specific.",
                    queryText,
                    -1);
        } catch (IOException e) {
            throw new IndexException("Cannot search the index: " + e.getMessage(), e);
        }
    }

    /** How many slices a search runs in now (one per thread it may use, for a large enough index). */
    int searchSlices() throws IOException, IndexException {
        return withSearcher(searcher -> searcher.getSlices().length);
    }

    /** Runs {@code work} on a searcher that sees every change applied so far, while no rebuild swaps the index. */
    private <T> T withSearcher(IOFunction<IndexSearcher, T> work) throws IOException, IndexException {
        swapLock.readLock().lock();
        try {
            requireCurrent();
            refreshIfStale();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } finally {
            swapLock.readLock().unlock();
        }
    }

    private IndexResults search(IndexSearcher searcher, Query query, int limit) throws IOException {
        // Rewritten once, here: searching would do it anyway, and highlighting needs the result too.
        Query q = searcher.rewrite(query);
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(Math.max(1, limit), Integer.MAX_VALUE);
        MultiCollectorManager both = new MultiCollectorManager(top, new FacetCounter());
        Object[] results = searcher.search(q, both);
        TopDocs topDocs = (TopDocs) results[0];
        FacetCounter.Result facets = (FacetCounter.Result) results[1];
        ScoreDoc[] docs = limit == 0 ? new ScoreDoc[0] : topDocs.scoreDocs;
        List<IndexHit> hits = new ArrayList<>(docs.length);
        if (docs.length > 0) {
            List<List<String>> snippets = snippets(searcher, forHighlighting(query, q), docs);
            for (int i = 0; i < docs.length; i++) {
                String id = searcher.storedFields().document(docs[i].doc).get(IndexSchema.ID);
                hits.add(new IndexHit(Long.parseLong(id), docs[i].score, snippets.get(i)));
            }
        }
        return new IndexResults(facets.total(), hits, facets.facets(), facets.ids());
    }

    /**
     * A fuzzy term is highlighted through its rewritten form, the concrete words it matched, which the
     * highlighter finds in the postings directly instead of running the edit-distance automaton over every
     * document (measured: 37 of 51 ms for a fuzzy name at 10k articles). Other queries highlight faster as
     * written.
     */
    private static Query forHighlighting(Query query, Query rewritten) {
        return hasFuzzyTerm(query) ? rewritten : query;
    }

    private static boolean hasFuzzyTerm(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] |= leaf instanceof FuzzyQuery;
            }
        });
        return found[0];
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> snippets(IndexSearcher searcher, Query q, ScoreDoc[] docs) throws IOException {
        PassageHighlighter highlighter = new PassageHighlighter(
                highlighter(searcher).withMaxLength(MAX_HIGHLIGHT_CHARS).withFormatter(new SnippetFormatter()));
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        Map<String, Object[]> byField =
                highlighter.passages(new String[] {IndexSchema.BODY}, q, ids, new int[] {PASSAGES});
        Object[] body = byField.get(IndexSchema.BODY);
        List<List<String>> out = new ArrayList<>(docs.length);
        for (Object o : body) {
            out.add(o == null ? List.of() : (List<String>) o);
        }
        return out;
    }

    private List<TextSpan> matchesIn(IndexSearcher searcher, Query query, long sourceId) throws IOException {
        Query q = searcher.rewrite(query);
        Query inSource = new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(LongPoint.newExactQuery(IndexSchema.ID_POINT, sourceId), BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] found = searcher.search(inSource, 1).scoreDocs;
        if (found.length == 0) {
            return List.of();
        }
        // The whole text as one passage holds every match, however many and however far in; the highlighter
        // takes any length short of Integer.MAX_VALUE, its own end marker. No match, no summary passage.
        PassageHighlighter highlighter = new PassageHighlighter(highlighter(searcher)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new MatchFormatter()));
        Object[] body = highlighter
                .passages(
                        new String[] {IndexSchema.BODY},
                        forHighlighting(query, q),
                        new int[] {found[0].doc},
                        new int[] {1})
                .get(IndexSchema.BODY);
        @SuppressWarnings("unchecked")
        List<TextSpan> spans = (List<TextSpan>) body[0];
        return spans == null ? List.of() : spans;
    }

    /** What snippets and match offsets share: our analyzer, and phrases highlighted only where they match. */
    private UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer).withHighlightPhrasesStrictly(true);
    }

    /** Exposes the per-passage objects {@link SnippetFormatter} makes, which the public API turns into strings. */
    private static final class PassageHighlighter extends UnifiedHighlighter {
        PassageHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    @Override
    public Rebuild startRebuild() throws IndexException {
        Path staging = folder.resolveSibling(folder.getFileName() + ".rebuild");
        try {
            deleteTree(staging);
            Directory dir = FSDirectory.open(staging);
            IndexWriterConfig config = writerConfig(true);
            IndexWriter builder = new IndexWriter(dir, config);
            return new LuceneRebuild(staging, dir, builder);
        } catch (IOException e) {
            throw new IndexException("Cannot start rebuilding the search index: " + e.getMessage(), e);
        }
    }

    private final class LuceneRebuild implements Rebuild {
        private final Path staging;
        private final Directory dir;
        private final IndexWriter builder;
        private boolean finished;

        LuceneRebuild(Path staging, Directory dir, IndexWriter builder) {
            this.staging = staging;
            this.dir = dir;
            this.builder = builder;
        }

        @Override
        public void add(IndexDocument document) throws IndexException {
            try {
                builder.addDocument(document(document));
            } catch (IOException e) {
                throw new IndexException("Cannot rebuild the search index: " + e.getMessage(), e);
            }
        }

        @Override
        public void finish(long throughSeq) throws IndexException {
            try {
                builder.setLiveCommitData(commitData(throughSeq));
                builder.commit();
                builder.close();
                dir.close();
            } catch (IOException e) {
                throw new IndexException("Cannot finish rebuilding the search index: " + e.getMessage(), e);
            }
            swapIn(staging);
            finished = true;
        }

        @Override
        public void close() throws IndexException {
            if (finished) {
                return;
            }
            try {
                builder.rollback();
                dir.close();
                deleteTree(staging);
            } catch (IOException e) {
                throw new IndexException("Cannot discard an unfinished index rebuild: " + e.getMessage(), e);
            }
        }
    }

    /** Replaces the live index with the finished one in {@code staging}. */
    private void swapIn(Path staging) throws IndexException {
        swapLock.writeLock().lock();
        try {
            closeQuietly();
            Path old = folder.resolveSibling(folder.getFileName() + ".old");
            deleteTree(old);
            if (Files.exists(folder)) {
                Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            openWriter(false);
            state = inspect();
            committedSeq = state.appliedSeq();
            lastCommitNanos = System.nanoTime();
        } catch (IOException e) {
            throw new IndexException("Cannot swap in the rebuilt search index: " + e.getMessage(), e);
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** A crash during a rebuild or swap can leave these behind; the live folder is the only truth. */
    private void cleanLeftovers() throws IndexException {
        Path old = folder.resolveSibling(folder.getFileName() + ".old");
        Path staging = folder.resolveSibling(folder.getFileName() + ".rebuild");
        try {
            if (!Files.exists(folder) && Files.exists(old)) {
                // Crashed between the two moves of a swap: the previous index is still whole.
                Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(old);
            deleteTree(staging);
        } catch (IOException e) {
            throw new IndexException("Cannot tidy the index folder: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IndexException {
        commit();
        swapLock.writeLock().lock();
        try {
            release(false);
        } catch (IOException e) {
            throw new IndexException("Cannot close the search index: " + e.getMessage(), e);
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    private void closeQuietly() {
        try {
            release(true);
        } catch (IOException ignored) {
            // the index is being replaced or was never usable; nothing of value is lost here
        }
    }

    /** Closes searchers, writer and directory; {@code discard} drops uncommitted changes instead of keeping them. */
    private void release(boolean discard) throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                if (discard) {
                    writer.rollback();
                } else {
                    writer.close();
                }
            }
            if (directory != null) {
                directory.close();
            }
        } finally {
            searchers = null;
            writer = null;
            directory = null;
        }
    }

    /** For tests and diagnostics: the number of live documents. */
    public int documentCount() throws IndexException {
        try {
            return withSearcher(searcher -> searcher.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        }
    }
}
