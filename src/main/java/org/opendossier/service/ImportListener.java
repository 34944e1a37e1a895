package org.opendossier.service;

import java.util.List;
import org.opendossier.model.ImportOutcome;

/**
 * Hears how an import goes. Called on the importing thread; outcomes arrive only once they are committed,
 * so "imported" always means "safely in the case".
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {};

    /** The inputs have been walked: this many files will be read. */
    default void started(int files) {}

    /** The file at {@code path} is being read (for progress displays). */
    default void reading(String path, int done, int total) {}

    /** These outcomes are committed; {@code done} files of {@code total} are finished. */
    default void committed(List<ImportOutcome> outcomes, int done, int total) {}
}
