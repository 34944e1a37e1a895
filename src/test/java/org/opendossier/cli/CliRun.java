package org.opendossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.opendossier.app.EmbeddedCaseOpener;

/** One run of the command line, in-process on real cases, with its exit status and what it printed. */
record CliRun(int status, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.commandLine(
                        EmbeddedCaseOpener.withDefaults(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Runs the command line and fails the test, showing what it printed to standard error, unless it exits 0. */
    static CliRun ok(String... args) {
        CliRun r = run(args);
        assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    JsonNode json() throws Exception {
        return JSON.readTree(out);
    }
}
