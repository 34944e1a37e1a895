package org.opendossier.cli;

import java.util.concurrent.Callable;
import org.opendossier.service.CaseSession;
import org.opendossier.service.IndexSynchronizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", description = "Rebuild the search index from scratch from the case database.")
final class ReindexCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    ReindexCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            IndexSynchronizer.await(session.indexing().requestRebuild());
            context.out()
                    .printf(
                            "Rebuilt the search index of %d sources in %.1f s%n",
                            session.sources().list().size(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
