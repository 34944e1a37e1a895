package org.opendossier.store;

import java.nio.file.Path;
import java.util.Collection;

/**
 * The untouched bytes of every imported file, addressed by their SHA-256 and written once. Nothing here
 * ever modifies or deletes an original.
 */
public interface OriginalStore {

    boolean contains(String sha256);

    /**
     * Stores {@code bytes} under {@code sha256}, whole or not at all (temporary file and atomic rename). Not
     * yet durable: call {@link #sync} before recording a source that refers to it. If the name exists but
     * does not hold these bytes (a power loss can leave that), it is replaced.
     */
    void put(String sha256, byte[] bytes) throws StoreException;

    /** Forces the named originals and their folders to disk; returns when all are durable. */
    void sync(Collection<String> sha256s) throws StoreException;

    /** Where the original lives, for reading it or opening it with the system viewer. */
    Path path(String sha256);
}
