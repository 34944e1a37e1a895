package org.opendossier.store;

import java.nio.file.Path;

/**
 * The untouched bytes of every imported file, addressed by their SHA-256 and written once. Nothing here
 * ever modifies or deletes an original.
 */
public interface OriginalStore {

    boolean contains(String sha256);

    /** Stores {@code bytes} under {@code sha256} durably (on disk before this returns); no-op if present. */
    void put(String sha256, byte[] bytes) throws StoreException;

    /** Where the original lives, for reading it or opening it with the system viewer. */
    Path path(String sha256);
}
