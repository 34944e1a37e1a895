package org.opendossier.service;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.RejectionReason;

/**
 * Expands the paths a person gave (files and folders, recursively) into the files to import, in a stable
 * order. Skips hidden files, and the {@code X_files} folder a browser saves beside {@code X.html}: those
 * are the page's images and scripts, part of the page rather than documents of their own.
 */
final class FileCollector {
    private final List<Path> files = new ArrayList<>();
    private final List<ImportOutcome> problems = new ArrayList<>();

    static FileCollector collect(List<Path> inputs) {
        FileCollector c = new FileCollector();
        for (Path input : inputs) {
            c.add(input.toAbsolutePath().normalize());
        }
        return c;
    }

    List<Path> files() {
        return files;
    }

    /** Inputs that could not be read at all (missing paths, unreadable folders). */
    List<ImportOutcome> problems() {
        return problems;
    }

    private void add(Path input) {
        if (!Files.exists(input)) {
            problems.add(ImportOutcome.rejected(
                    input.toString(), null, RejectionReason.UNREADABLE, "no such file or folder"));
            return;
        }
        if (Files.isRegularFile(input)) {
            files.add(input);
            return;
        }
        List<Path> found = new ArrayList<>();
        try {
            // Links are followed (a folder of links to downloads is common); the walker reports loops.
            Files.walkFileTree(
                    input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(input) && (isHidden(dir) || isSavedPageAssets(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(ImportOutcome.rejected(
                                    file.toString(), null, RejectionReason.UNREADABLE, e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(ImportOutcome.rejected(input.toString(), null, RejectionReason.UNREADABLE, e.getMessage()));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    static boolean isSavedPageAssets(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.endsWith("_files")) {
            return false;
        }
        String page = name.substring(0, name.length() - "_files".length());
        Path parent = dir.getParent();
        for (String ext : List.of(".html", ".htm", ".xhtml", ".HTML", ".HTM")) {
            if (Files.isRegularFile(parent.resolve(page + ext))) {
                return true;
            }
        }
        return false;
    }
}
