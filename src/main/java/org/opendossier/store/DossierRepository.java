package org.opendossier.store;

import java.util.List;
import java.util.Optional;
import org.opendossier.model.Dossier;

/** Dossiers with their outlines. */
public interface DossierRepository {

    /** Stores a new dossier with its blocks (its id is ignored) and returns its id. */
    long create(Dossier dossier) throws StoreException;

    /** Writes every field of an existing dossier and replaces its outline with {@code dossier}'s blocks. */
    void update(Dossier dossier) throws StoreException;

    void delete(long id) throws StoreException;

    /**
     * Makes the dossier with this id exactly {@code dossier}, outline and all, creating it under that id if it
     * is gone, or removes it when {@code dossier} is null: what undo and redo write.
     */
    void restore(long id, Dossier dossier) throws StoreException;

    Optional<Dossier> find(long id) throws StoreException;

    /** Every dossier with its outline, oldest first. */
    List<Dossier> list() throws StoreException;
}
