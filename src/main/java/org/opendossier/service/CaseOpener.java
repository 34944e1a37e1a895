package org.opendossier.service;

import java.nio.file.Path;

/** Creates and opens cases; the composition root decides what stores and indexes stand behind them. */
public interface CaseOpener {
    /** Creates a new, empty case in {@code folder} (which must not exist or be empty) and opens it. */
    CaseSession create(Path folder) throws CaseException;

    /** Opens the case in {@code folder}, bringing its search index up to date first. */
    CaseSession open(Path folder) throws CaseException;
}
