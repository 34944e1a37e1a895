package org.opendossier.export.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.Sha256;

/** Folders and zips of bundle files: the manifest, the refusals, and nothing left beside the target. */
class DossierBundleWriterTest {
    @TempDir
    Path tmp;

    private final DossierBundleWriter writer = new DossierBundleWriter();

    /** Different content for every file, so a manifest line can only match its own file. */
    private static Map<BundleFile, byte[]> files() {
        Map<BundleFile, byte[]> files = new EnumMap<>(BundleFile.class);
        for (BundleFile f : BundleFile.values()) {
            files.put(f, ("content of " + f + " ünïcödé\n").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String expectedManifest() {
        StringBuilder manifest = new StringBuilder();
        Stream.of(BundleFile.values())
                .sorted(Comparator.comparing(BundleFile::fileName))
                .forEach(f -> manifest.append(Sha256.hex(files().get(f)))
                        .append("  ")
                        .append(f.fileName())
                        .append('\n'));
        return manifest.toString();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderGetsEveryFileAndAManifestOfTheirHashesSortedByName() throws Exception {
        Path target = tmp.resolve("kelmar");

        DossierBundleWriter.Written written = writer.write(files(), target);

        assertThat(written.zip()).isFalse();
        assertThat(written.path()).isEqualTo(target.toAbsolutePath());
        assertThat(written.files()).hasSize(8).contains(BundleFile.MANIFEST);
        assertThat(names(target)).containsExactlyElementsOf(written.files());
        for (BundleFile f : BundleFile.values()) {
            assertThat(Files.readAllBytes(target.resolve(f.fileName()))).isEqualTo(files().get(f));
        }
        assertThat(Files.readString(target.resolve(BundleFile.MANIFEST))).isEqualTo(expectedManifest());
        assertThat(Files.readAllLines(target.resolve(BundleFile.MANIFEST)))
                .extracting(l -> l.substring(66))
                .containsExactly(
                        "actors.ftm.json",
                        "claims.jsonld",
                        "dossier.html",
                        "dossier.md",
                        "dossier.pdf",
                        "evidence.jsonld",
                        "sources.csv");
        assertThat(names(tmp)).containsExactly("kelmar");
    }

    @Test
    void anEmptyFolderIsFilledAndAFolderHoldingAnythingIsRefusedUntouched() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        writer.write(files(), empty);
        assertThat(names(empty)).hasSize(8);

        Path used = Files.createDirectory(tmp.resolve("used"));
        Files.writeString(used.resolve(".hidden"), "x");
        assertThatThrownBy(() -> writer.write(files(), used))
                .isInstanceOf(BundleTargetException.class)
                .hasMessageContaining("already holds files (.hidden)")
                .hasMessageContaining("choose a new or empty folder");
        assertThat(names(used)).containsExactly(".hidden");

        Path file = Files.writeString(tmp.resolve("plain"), "x");
        assertThatThrownBy(() -> writer.write(files(), file))
                .isInstanceOf(BundleTargetException.class)
                .hasMessageContaining("is a file");
        assertThat(names(tmp)).containsExactly("empty", "plain", "used");
    }

    @Test
    void aZipHoldsTheSameNamesAtItsTopAndReplacesAnOlderZip() throws Exception {
        Path zip = tmp.resolve("kelmar.zip");
        Files.writeString(zip, "an older export");

        DossierBundleWriter.Written written = writer.write(files(), zip);

        assertThat(written.zip()).isTrue();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                if (e.getName().equals(BundleFile.MANIFEST)) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo(expectedManifest());
                }
            }
        }
        assertThat(entries).containsExactlyElementsOf(written.files());
        assertThat(names(tmp)).containsExactly("kelmar.zip");
    }

    @Test
    void aZipInAMissingFolderOrNamedLikeAFolderIsRefused() throws Exception {
        Path missing = tmp.resolve("no/such");
        assertThatThrownBy(() -> writer.write(files(), missing.resolve("kelmar.zip")))
                .isInstanceOf(BundleTargetException.class)
                .hasMessageContaining("The folder " + missing.toAbsolutePath() + " does not exist");
        assertThat(Files.exists(tmp.resolve("no"))).isFalse();

        Path folder = Files.createDirectory(tmp.resolve("old.zip"));
        assertThatThrownBy(() -> writer.write(files(), folder))
                .isInstanceOf(BundleTargetException.class)
                .hasMessageContaining("is a folder");
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void aBundleWithAFileMissingIsNotWritten() {
        Map<BundleFile, byte[]> files = files();
        files.remove(BundleFile.SOURCES);

        assertThatThrownBy(() -> writer.write(files, tmp.resolve("kelmar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sources.csv");
        assertThat(Files.exists(tmp.resolve("kelmar"))).isFalse();
    }
}
