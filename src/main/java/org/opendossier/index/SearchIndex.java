package org.opendossier.index;

import java.util.List;
import org.opendossier.model.TextSpan;

/**
 * The full-text index of one case. Changes arrive as batches tagged with the change-log number they
 * bring the index up to; that number is stored with every commit so the index knows, after a crash,
 * where to resume (DESIGN.md, "Consistency between SQLite and Lucene").
 */
public interface SearchIndex extends AutoCloseable {

    /** What was found when the index was opened, or after the last rebuild. */
    IndexState state();

    /**
     * Adds or replaces {@code upserts} and removes {@code deletes}, as of change {@code throughSeq}. The
     * changes are searchable at once; they are made durable by {@link #commit} or by the index itself at
     * intervals. What a crash loses is replayed from the change log.
     */
    void apply(List<IndexDocument> upserts, List<Long> deletes, long throughSeq) throws IndexException;

    /** Makes everything applied so far durable, recording the last change number applied. */
    void commit() throws IndexException;

    /**
     * Starts building a fresh index in a separate folder; searches keep using the current one until
     * {@link Rebuild#finish} swaps the new one in. Changes made while a rebuild runs are replayed after it,
     * since applying an upsert twice is harmless.
     */
    Rebuild startRebuild() throws IndexException;

    IndexResults search(SearchQuery query) throws QuerySyntaxException, IndexException;

    /**
     * Every place in source {@code sourceId}'s text that {@code queryText} (the language of {@link #search})
     * matches, as offsets into that text, sorted and not overlapping. Empty when the source does not match
     * the query, matches it only outside its text (in the title, say), or is not in the index.
     */
    List<TextSpan> matchesIn(SearchQuery query, long sourceId) throws QuerySyntaxException, IndexException;

    @Override
    void close() throws IndexException;

    /** A rebuild in progress: add every document, then finish; closing without finishing abandons it. */
    interface Rebuild extends AutoCloseable {
        void add(IndexDocument document) throws IndexException;

        void finish(long throughSeq) throws IndexException;

        @Override
        void close() throws IndexException;
    }
}
