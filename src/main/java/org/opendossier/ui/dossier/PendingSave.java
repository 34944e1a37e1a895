package org.opendossier.ui.dossier;

import org.opendossier.service.CaseException;

/**
 * Edits of a dossier not yet written when its case is closed: the workbench writes them, on the thread that
 * closes the case, before it closes it, so no typed text is lost.
 */
@FunctionalInterface
public interface PendingSave {
    PendingSave NONE = () -> {};

    void save() throws CaseException;
}
