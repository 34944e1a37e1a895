package org.opendossier.store;

/**
 * The case database. All access goes through a transaction: {@code store.read(tx -> ...)} or
 * {@code store.write(tx -> ...)}; one write transaction per user action, committed as a whole or not at all.
 */
public interface CaseStore extends AutoCloseable {

    /** A stable random identifier of this case, written at creation; the index records it too. */
    String caseId();

    <T> T read(Work<T> work) throws StoreException;

    <T> T write(Work<T> work) throws StoreException;

    @Override
    void close() throws StoreException;

    @FunctionalInterface
    interface Work<T> {
        T run(StoreTransaction tx) throws StoreException;
    }
}
