package org.opendossier.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opendossier.model.SourceActors;
import org.opendossier.model.SourceSummary;
import org.opendossier.store.CaseStore;
import org.opendossier.store.OriginalStore;
import org.opendossier.store.StoreException;

/** Reading sources: lists, the actors each mentions, one source with its provenance, where its original bytes are. */
public final class SourceService {
    private final CaseStore store;
    private final OriginalStore originals;

    public SourceService(CaseStore store, OriginalStore originals) {
        this.store = store;
        this.originals = originals;
    }

    public List<SourceSummary> list() throws CaseException {
        try {
            return store.read(tx -> tx.sources().list());
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    /**
     * Which actors each source mentions (leaving out mentions a person rejected) and every actor's name, in
     * one read: what the library filters by actor with.
     */
    public SourceActors mentionedActors() throws CaseException {
        try {
            return store.read(tx -> tx.actors().sourceActors());
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    public Optional<SourceDetails> details(long id) throws CaseException {
        try {
            return store.read(tx -> {
                var source = tx.sources().find(id);
                if (source.isEmpty()) {
                    return Optional.<SourceDetails>empty();
                }
                return Optional.of(new SourceDetails(source.get(), tx.sources().acquisitions(id)));
            });
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    /** The untouched original file of a source, for opening it with the system viewer. */
    public Path originalPath(String sha256) {
        return originals.path(sha256);
    }
}
