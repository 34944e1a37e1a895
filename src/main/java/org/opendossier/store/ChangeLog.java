package org.opendossier.store;

import java.util.List;

/**
 * The ordered log of changes that derived data (the search index) must apply. Written in the same
 * transaction as the change itself, so the index can always catch up after a crash (DESIGN.md,
 * "Consistency between SQLite and Lucene").
 */
public interface ChangeLog {

    /** The highest sequence number written so far, 0 for a new case. */
    long lastSeq() throws StoreException;

    /** Up to {@code limit} changes with a sequence number above {@code seq}, in order. */
    List<Change> after(long seq, int limit) throws StoreException;
}
