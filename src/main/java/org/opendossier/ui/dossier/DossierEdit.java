package org.opendossier.ui.dossier;

import org.opendossier.model.Dossier;
import org.opendossier.service.CaseException;
import org.opendossier.service.DossierService;

/** One edit of a dossier through the service, run in the background; returns the dossier as it now is. */
@FunctionalInterface
interface DossierEdit {
    Dossier apply(DossierService service) throws CaseException;
}
