package org.opendossier.service;

import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.opendossier.store.StoreTransaction;

/**
 * Runs a use case's work in one store transaction, letting the work refuse with a {@link CaseException}
 * (which rolls the transaction back and reaches the caller as it was thrown) and turning store failures
 * into case errors with the store's message.
 */
final class Transactions {
    private final CaseStore store;

    Transactions(CaseStore store) {
        this.store = store;
    }

    <T> T read(Work<T> work) throws CaseException {
        return run(work, false);
    }

    <T> T write(Work<T> work) throws CaseException {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean write) throws CaseException {
        CaseStore.Work<T> unit = tx -> {
            try {
                return work.run(tx);
            } catch (CaseException e) {
                throw new Refused(e);
            }
        };
        try {
            return write ? store.write(unit) : store.read(unit);
        } catch (Refused e) {
            throw (CaseException) e.getCause();
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    /** Work inside a transaction that may refuse. */
    @FunctionalInterface
    interface Work<T> {
        T run(StoreTransaction tx) throws StoreException, CaseException;
    }

    /** Carries a refusal out of the store's transaction, which rolls back on it. */
    private static final class Refused extends StoreException {
        Refused(CaseException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
