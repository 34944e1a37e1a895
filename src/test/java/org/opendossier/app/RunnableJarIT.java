package org.opendossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.testing.Fixtures;

/**
 * The deliverable itself: {@code target/opendossier.jar} run as a user runs it. Catches what unit tests on
 * the class path cannot, such as a shaded jar that lost the service files Tika's parsers and Lucene's
 * codecs are loaded through, or start-up warnings.
 */
class RunnableJarIT {
    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {}

    private Result run(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("opendossier.jar");
        assertThat(jar)
                .as("the opendossier.jar system property (set by failsafe)")
                .isNotNull();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finishes").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarImportsEveryKindOfFileAndSearchesWithoutWarnings() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Fixtures.txtUtf8(inbox);
        Fixtures.html(inbox);
        Fixtures.pdf(inbox);
        Fixtures.docx(inbox);
        Fixtures.odt(inbox);
        Fixtures.eml(inbox);
        Path caseDir = tmp.resolve("case");

        Result version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("OpenDossier ");

        assertThat(run("init", caseDir.toString()).status()).isZero();
        Result imported = run("import", "--case", caseDir.toString(), inbox.toString());
        assertThat(imported.status()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("6 imported, 0 duplicate, 0 rejected");
        assertThat(imported.err()).as("no warnings at start or during import").isEmpty();

        Result search = run("search", "--case", caseDir.toString(), "--json", "*:*");
        assertThat(search.status()).isZero();
        assertThat(search.out())
                .contains("\"total\" : 6", "\"pdf\" : 1", "\"docx\" : 1", "\"odt\" : 1", "\"email\" : 1");
        assertThat(search.err()).isEmpty();
    }
}
