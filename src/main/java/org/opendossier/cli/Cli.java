package org.opendossier.cli;

import java.io.PrintWriter;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseOpener;
import picocli.CommandLine;

/** Builds the command tree and runs it; the one place that turns failures into exit codes. */
public final class Cli {
    /** Exit status when some files were rejected or a check found problems. */
    static final int SOME_FAILED = 1;

    private Cli() {}

    /**
     * Runs the command line. {@code extraCommands} are picocli command objects the composition root adds
     * (such as the benchmark, which needs implementation classes this package must not see).
     */
    public static int run(CaseOpener opener, String[] args, Object... extraCommands) {
        CommandLine cl = commandLine(opener, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        for (Object command : extraCommands) {
            cl.addSubcommand(command);
        }
        return cl.execute(args);
    }

    /** The command line with its output streams, so tests can run it in-process and read what it printed. */
    public static CommandLine commandLine(CaseOpener opener, PrintWriter out, PrintWriter err) {
        Context context = new Context(opener, out, err);
        CommandLine cl = new CommandLine(new RootCommand(), new Factory(context));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CaseException) {
                err.println("error: " + e.getMessage());
                return SOME_FAILED;
            }
            throw e;
        });
        return cl;
    }

    /** What every command needs: how to open cases, and where to print. */
    record Context(CaseOpener opener, PrintWriter out, PrintWriter err) {}

    /** Gives commands their context through their constructor; picocli creates everything else itself. */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Context.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
