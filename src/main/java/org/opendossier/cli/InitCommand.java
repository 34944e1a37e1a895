package org.opendossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendossier.service.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = "Create a new case folder (case.db, originals/, index/).")
final class InitCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Parameters(paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path folder;

    InitCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseSession session = context.opener().create(folder)) {
            context.out().println("Created case " + session.folder().toAbsolutePath());
        }
        return 0;
    }
}
