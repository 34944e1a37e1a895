package org.opendossier.index.lucene;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Makes searchers that run one query on several threads: the index is cut into as many slices of about
 * equal size as there are threads, splitting a large segment where needed, and each slice is searched on
 * its own thread. A query that matches most of a large case (a common word, {@code *:*}) counts facets
 * over every match; sliced, its latency falls with the cores instead of growing with the case. Small
 * indexes stay in one slice, where handing work to another thread would cost more than it saves.
 */
final class SlicedSearchers extends SearcherFactory {
    /** Below this many documents per slice, a slice is not worth a thread hand-over. */
    static final int MIN_DOCS_PER_SLICE = 10_000;

    private final Executor executor;
    private final int threads;
    private final int minDocsPerSlice;

    /**
     * @param executor runs the slices; {@code null} searches every slice on the calling thread
     * @param threads how many slices to aim for
     */
    SlicedSearchers(Executor executor, int threads) {
        this(executor, threads, MIN_DOCS_PER_SLICE);
    }

    /** With another floor on a slice's size; tests slice small indexes with it. */
    SlicedSearchers(Executor executor, int threads, int minDocsPerSlice) {
        if (threads < 1 || minDocsPerSlice < 1) {
            throw new IllegalArgumentException("threads and minDocsPerSlice must be at least 1");
        }
        this.executor = executor;
        this.threads = threads;
        this.minDocsPerSlice = minDocsPerSlice;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        if (executor == null || threads == 1) {
            return new IndexSearcher(reader);
        }
        int perSlice = Math.max(minDocsPerSlice, ceilDiv(reader.maxDoc(), threads));
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE, true);
            }
        };
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
