package org.opendossier.store.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.opendossier.model.Sha256;
import org.opendossier.store.OriginalStore;
import org.opendossier.store.StoreException;

/**
 * Content-addressed originals under {@code originals/}, two hex digits of fan-out.
 *
 * <p>Each original is fsynced before it takes its name. An fsync costs about a millisecond of waiting on a
 * virtual disk, and one after another they cap an import near a thousand files a second whatever the
 * CPU; issued from several threads at once, the file system commits them together (ext4's journal
 * batches concurrent fsyncs). {@link #putAsync} therefore runs on the {@code writers} pool.
 */
public final class FileOriginalStore implements OriginalStore {
    private final Path root;
    private final Path staging;
    private final Executor writers;

    /** A store whose {@link #putAsync} writes on the calling thread. */
    public FileOriginalStore(Path root) throws StoreException {
        this(root, Runnable::run);
    }

    public FileOriginalStore(Path root, Executor writers) throws StoreException {
        this.root = root;
        this.writers = writers;
        this.staging = root.resolve(".staging");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new StoreException("Cannot create the originals folder " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void put(String sha256, byte[] bytes) throws StoreException {
        Path target = path(sha256);
        if (Files.isRegularFile(target)) {
            return;
        }
        // Temporary file + fsync + atomic rename: a crash leaves either no original or a whole one,
        // never a partial file under its hash name.
        Path temp = staging.resolve(sha256 + "." + Thread.currentThread().threadId() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(
                    temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveIntoPlace(temp, target);
            target.toFile().setReadOnly();
        } catch (IOException e) {
            throw new StoreException("Cannot store the original " + sha256 + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover staging file is harmless and removed at the next open
            }
        }
    }

    @Override
    public CompletableFuture<Void> putAsync(String sha256, byte[] bytes) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        put(sha256, bytes);
                    } catch (StoreException e) {
                        throw new CompletionException(e);
                    }
                },
                writers);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another import stored the same bytes first; identical content by definition
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    @Override
    public Path path(String sha256) {
        if (!Sha256.isValid(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Removes temporary files a crash may have left behind. */
    public void cleanStaging() throws StoreException {
        try (var files = Files.list(staging)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot clean " + staging + ": " + e.getMessage(), e);
        }
    }
}
