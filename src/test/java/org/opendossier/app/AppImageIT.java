package org.opendossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.testing.Fixtures;

/**
 * The app image that {@code installer/build.sh app-image} makes, run through its own launcher as an installed
 * copy is run: with the jlinked runtime inside it, no Java on the PATH and no {@code JAVA_HOME}. A module the
 * installer leaves out (java.sql, jdk.charsets, jdk.management, ...) fails only here, not in the tests on a
 * full JDK. The {@code app-image} profile builds the image before this test on Linux; on other systems the
 * launcher property is empty and the test is skipped.
 */
class AppImageIT {
    /** "Meeting moved to Friday" in Japanese, sent as ISO-2022-JP: a charset only jdk.charsets has. */
    private static final String JAPANESE = "会議は金曜日に変更されました。港の報告書を持ってきてください。";

    /** A stack trace, or a warning or error from logback, java.util.logging or System.Logger. */
    private static final Pattern FAILURE = Pattern.compile("(?i)exception|error|warn|severe|^\\s+at ");

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {}

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("JDK_"));
        env.put("PATH", Files.createDirectories(tmp.resolve("no-java-here")).toString());
        env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        // Output in UTF-8 whatever the build's own locale is (LC_ALL would override LANG).
        env.put("LC_ALL", "C.UTF-8");
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path launcher() {
        String launcher = System.getProperty("opendossier.launcher", "");
        assumeFalse(launcher.isBlank(), "no app image is built on this system (Linux only)");
        Path path = Path.of(launcher);
        assertThat(path).as("the app image's launcher").isExecutable();
        return path;
    }

    @Test
    void theLauncherImportsEveryKindOfFileAndSearchesWithItsOwnRuntime() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Fixtures.allGood(inbox);
        Files.write(inbox.resolve("meeting.eml"), japaneseMail());
        Path caseDir = tmp.resolve("case");

        Result version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("OpenDossier ");
        assertThat(version.err()).isEmpty();

        assertThat(run("init", caseDir.toString()).status()).isZero();
        Result imported = run("import", "--case", caseDir.toString(), inbox.toString());
        assertThat(imported.status()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("17 imported, 0 duplicate, 0 rejected");
        assertThat(imported.err()).as("no warnings at start or during import").isEmpty();

        Result search = run("search", "--case", caseDir.toString(), "--json", "*:*");
        assertThat(search.status()).isZero();
        assertThat(search.out())
                .contains("\"total\" : 17", "\"pdf\" : 1", "\"docx\" : 1", "\"odt\" : 1", "\"rtf\" : 1");
        assertThat(search.err()).isEmpty();

        // Read back through show: a non-ASCII query in the arguments would depend on this JVM's own locale.
        Matcher mail = Pattern.compile("#(\\d+)\\s+Meeting moved").matcher(imported.out());
        assertThat(mail.find()).as(imported.out()).isTrue();
        Result japanese = run("show", "--case", caseDir.toString(), "--json", mail.group(1));
        assertThat(japanese.out()).as(japanese.err()).contains(JAPANESE);
        assertThat(run("verify", "--case", caseDir.toString()).status()).isZero();

        // A dossier exported as PDF from the image: the renderer, its fonts and bidi support are in it.
        assertThat(run("dossier", "create", "--case", caseDir.toString(), "--title", "Image check")
                        .status())
                .isZero();
        assertThat(run("dossier", "add", "--case", caseDir.toString(), "--dossier", "1", "--note", "Made here.")
                        .status())
                .isZero();
        Path pdf = tmp.resolve("image-check.pdf");
        Result exported = run(
                "export", "--case", caseDir.toString(), "--dossier", "1", "--format", "pdf", "--out", pdf.toString());
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.err()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theDesktopAppStartsFromTheImage() throws Exception {
        // The launcher takes no JVM options on its command line; the JVM itself reads JAVA_TOOL_OPTIONS. JavaFX
        // runs on its Headless platform here, and prism.verbose announces when the toolkit is up.
        ProcessBuilder builder = new ProcessBuilder(launcher().toString())
                .redirectOutput(tmp.resolve("ui-out.txt").toFile())
                .redirectError(tmp.resolve("ui-err.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("JDK_"));
        builder.environment()
                .put(
                        "JAVA_TOOL_OPTIONS",
                        "-Dglass.platform=Headless -Dprism.order=sw -Dprism.verbose=true -Dopendossier.home="
                                + tmp.resolve("ui-home"));
        Process p = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(tmp.resolve("ui-out.txt")).contains("Initialized prism pipeline")
                    && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Files.readString(tmp.resolve("ui-out.txt"))).contains("Initialized prism pipeline");
            // The window is built right after the toolkit starts: give it time to fail if it is going to.
            Thread.sleep(8_000);
            assertThat(p.isAlive()).as("the desktop app keeps running").isTrue();
            // Standard error also carries the JVM's and prism.verbose's notices; a failure looks like these.
            assertThat(Files.readAllLines(tmp.resolve("ui-err.txt")))
                    .as("no exception, error or warning on standard error")
                    .noneMatch(line -> FAILURE.matcher(line).find());
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theImageHoldsOneJarAndNoJdkTools() throws IOException {
        Path image = launcher().getParent().getParent();
        try (Stream<Path> files = Files.walk(image)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jar"))
                            .map(image::relativize)
                            .filter(f -> !f.startsWith(Path.of("lib", "runtime"))))
                    .as("only the application jar besides the runtime: no test or build-time jars")
                    .containsExactly(Path.of("lib", "app", "opendossier.jar"));
        }
        assertThat(image.resolve("lib/runtime/bin"))
                .as("no java, jlink or keytool")
                .doesNotExist();
    }

    private static byte[] japaneseMail() {
        Charset iso2022jp = Charset.forName("ISO-2022-JP");
        String headers = "From: Harbour Desk <desk@example.jp>\r\n"
                + "To: reporter@example.net\r\n"
                + "Subject: Meeting moved\r\n"
                + "Date: Fri, 8 Mar 2024 09:00:00 +0900\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
                + "Content-Transfer-Encoding: 7bit\r\n\r\n";
        byte[] head = headers.getBytes(StandardCharsets.US_ASCII);
        byte[] body = (JAPANESE + "\r\n").getBytes(iso2022jp);
        byte[] mail = new byte[head.length + body.length];
        System.arraycopy(head, 0, mail, 0, head.length);
        System.arraycopy(body, 0, mail, head.length, body.length);
        return mail;
    }
}
