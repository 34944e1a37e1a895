package org.opendossier.store;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The untouched bytes of every imported file, addressed by their SHA-256 and written once. Nothing here
 * ever modifies or deletes an original.
 */
public interface OriginalStore {

    boolean contains(String sha256);

    /** Stores {@code bytes} under {@code sha256} durably (on disk before this returns); no-op if present. */
    void put(String sha256, byte[] bytes) throws StoreException;

    /**
     * Starts a {@link #put} and returns at once; the future completes when the original is durable, or fails
     * with a {@link StoreException}. Whoever commits a row that refers to the original waits for it first.
     * Stores that cannot overlap writes simply store before returning.
     */
    default CompletableFuture<Void> putAsync(String sha256, byte[] bytes) {
        try {
            put(sha256, bytes);
            return CompletableFuture.completedFuture(null);
        } catch (StoreException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Where the original lives, for reading it or opening it with the system viewer. */
    Path path(String sha256);
}
