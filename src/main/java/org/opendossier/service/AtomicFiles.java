package org.opendossier.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export beside its target and moves it into place in one step, so that a failed export leaves
 * neither a half-written file nor a damaged older one.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /** Fills a file. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    static void write(Path target, Writing writing) throws CaseException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    writing.to(out);
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new CaseException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
