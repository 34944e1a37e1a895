package org.opendossier.cli;

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

    JsonNode json() throws Exception {
        return JSON.readTree(out);
    }
}
