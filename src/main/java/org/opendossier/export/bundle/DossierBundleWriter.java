package org.opendossier.export.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opendossier.model.Sha256;

/**
 * Writes the files of a dossier bundle, already rendered, as one folder or one zip, with a {@value
 * BundleFile#MANIFEST} that lists the SHA-256 of every other file in GNU coreutils' format ({@code <64 hex>}, two
 * spaces, the name, LF; sorted by name), so that a recipient checks the bundle with {@code sha256sum -c
 * MANIFEST.sha256} in the folder, or in the folder the zip was unpacked to (its entries carry the same names,
 * with no folder).
 *
 * <p>A target whose name ends in {@code .zip} (in any case) is written as a zip, replacing a file of that name;
 * any other target is a folder, created, and refused when it already holds anything, so a bundle is never mixed
 * with other files. The folder that holds the target must exist. Either way the bundle is written beside the
 * target under a hidden temporary name, its files forced to disk, and moved into place in one step: a crash
 * leaves no bundle, or a whole one, at the target. Every file is written inside the chosen folder, and the fixed
 * names are checked to keep it so.
 */
public final class DossierBundleWriter {
    /**
     * What was written.
     *
     * @param path the folder or zip, absolute
     * @param files the names of the files in it, the manifest included, sorted
     */
    public record Written(Path path, boolean zip, List<String> files) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** Whether a bundle written to {@code target} is a zip rather than a folder. */
    public static boolean isZip(Path target) {
        Path name = target.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Writes {@code files}, one for every {@link BundleFile}, and the manifest to {@code target}.
     *
     * @throws BundleTargetException when the target cannot take a bundle; nothing was written
     * @throws IOException when writing fails; nothing is left at the target
     */
    public Written write(Map<BundleFile, byte[]> files, Path target) throws IOException {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        for (BundleFile f : BundleFile.values()) {
            byte[] bytes = files.get(f);
            if (bytes == null) {
                throw new IllegalArgumentException(
                        "a bundle holds every one of its files; " + f.fileName() + " was not given");
            }
            contents.put(f.fileName(), bytes);
        }
        contents.put(BundleFile.MANIFEST, manifest(contents));

        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new BundleTargetException(
                    "A bundle needs a folder or a .zip file of its own to be written to, not " + absolute + ".");
        }
        if (!Files.isDirectory(parent)) {
            throw new BundleTargetException("The folder " + parent + " does not exist; create it first, or choose a"
                    + " place for the bundle in a folder that exists.");
        }
        boolean zip = isZip(absolute);
        if (zip) {
            writeZip(contents, absolute, parent);
        } else {
            writeFolder(contents, absolute, parent);
        }
        return new Written(absolute, zip, List.copyOf(contents.keySet()));
    }

    /** The manifest of {@code files}: one "hash, two spaces, name" line each, in the order given. */
    private static byte[] manifest(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((name, bytes) ->
                manifest.append(Sha256.hex(bytes)).append("  ").append(name).append('\n'));
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeFolder(SortedMap<String, byte[]> contents, Path target, Path parent) throws IOException {
        refuseUnusableFolder(target);
        Path staging = parent.resolve(partialName(target));
        Files.createDirectory(staging);
        try {
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                try (FileChannel channel = FileChannel.open(
                        inside(staging, file.getKey()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer bytes = ByteBuffer.wrap(file.getValue());
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
            }
            if (Files.isDirectory(target)) {
                // Empty, as checked: make way for the finished bundle. Anything put there meanwhile stops us here.
                try {
                    Files.delete(target);
                } catch (DirectoryNotEmptyException e) {
                    throw new BundleTargetException(notEmpty(target));
                }
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(staging);
        }
    }

    private static void refuseUnusableFolder(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BundleTargetException(target
                    + " is a file: a bundle is written to a new or empty folder, or to a file" + " ending in .zip.");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> present = Files.list(target)) {
                if (present.findAny().isPresent()) {
                    throw new BundleTargetException(notEmpty(target));
                }
            }
        }
    }

    private static String notEmpty(Path target) throws IOException {
        List<String> names;
        try (Stream<Path> present = Files.list(target)) {
            names = present.map(p -> p.getFileName().toString())
                    .sorted()
                    .limit(3)
                    .toList();
        }
        return "The folder " + target + " already holds files (" + String.join(", ", names)
                + (names.size() == 3 ? ", …" : "") + "): choose a new or empty folder for the bundle, so that its"
                + " files are not mixed with others, or a name ending in .zip.";
    }

    private static void writeZip(SortedMap<String, byte[]> contents, Path target, Path parent) throws IOException {
        if (Files.isDirectory(target)) {
            throw new BundleTargetException(
                    target + " is a folder: a bundle named .zip is written as one file; choose another"
                            + " name, or a name without .zip to write the bundle as a folder.");
        }
        Path partial = parent.resolve(partialName(target));
        try {
            try (FileChannel channel =
                            FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel);
                    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                    // Entries unpack into the folder the zip is unpacked in: no name may climb out of it.
                    inside(parent, file.getKey());
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
                zip.finish();
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** {@code folder/name}, which must be a file directly inside {@code folder}. */
    private static Path inside(Path folder, String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !folder.equals(file.getParent())) {
            throw new IllegalStateException("the bundle file name '" + name + "' would leave the folder " + folder);
        }
        return file;
    }

    /** A hidden name beside the target for the bundle while it is written. */
    private static String partialName(Path target) {
        return "." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".partial";
    }

    /** Removes what a failed write left in the staging folder; nothing once the folder has been moved. */
    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
