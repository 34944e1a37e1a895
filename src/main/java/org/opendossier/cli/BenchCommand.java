package org.opendossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", description = "Measure import and search speed on a synthetic corpus.")
final class BenchCommand implements Callable<Integer> {
    BenchCommand(Cli.Context context) {}

    @Override
    public Integer call() {
        return 0;
    }
}
