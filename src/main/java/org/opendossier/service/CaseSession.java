package org.opendossier.service;

import java.nio.file.Path;

/**
 * An open case and the use cases that work on it. Made by a {@link CaseOpener}; closing it waits for the
 * index to finish what it was doing and releases the database, the index and the threads.
 */
public interface CaseSession extends AutoCloseable {
    Path folder();

    ImportService imports();

    SearchService search();

    SourceService sources();

    VerifyService verifier();

    IndexSynchronizer indexing();

    ActorService actors();

    ActorNetwork network();

    ClaimService claims();

    ClaimInterchange interchange();

    EvidenceSuggestions moreEvidence();

    /** The claims on a time axis, filtered by actor and tag, and their SVG export. */
    ClaimTimeline timeline();

    /** Dossiers: their outlines and their export. */
    DossierService dossiers();

    @Override
    void close() throws CaseException;
}
