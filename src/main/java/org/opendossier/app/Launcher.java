package org.opendossier.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.opendossier.bench.BenchCommand;
import org.opendossier.cli.Cli;

/**
 * The entry point of the jar. With arguments it runs the command line; without, the desktop app. It does
 * not extend {@code javafx.application.Application}, so the fat jar starts on a plain class path.
 */
public final class Launcher {
    /**
     * Lucene announces through java.util.logging that the incubating Vector API is not enabled. Enabling
     * it makes the JDK print its own incubator warning instead, and a jar manifest cannot add modules; the
     * scalar code path is fast enough for a case, so the notice is kept out of the user's terminal. The
     * field holds the logger strongly: JUL forgets levels set on loggers nobody references.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Launcher() {}

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        if (args.length == 0) {
            DesktopLauncher.launch();
            return;
        }
        EmbeddedCaseOpener opener = EmbeddedCaseOpener.withDefaults();
        // The benchmark lives outside the command-line package because its baselines use Lucene and JDBC
        // directly; it is added here, with the same opener, as the only command the root adds.
        System.exit(Cli.run(opener, args, new BenchCommand(opener)));
    }
}
