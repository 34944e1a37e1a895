package org.opendossier.store;

/** The repositories of one open transaction; valid only inside the lambda that received it. */
public interface StoreTransaction {
    SourceRepository sources();

    ActorRepository actors();

    ClaimRepository claims();

    DossierRepository dossiers();

    ChangeLog changes();
}
