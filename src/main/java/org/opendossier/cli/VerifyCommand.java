package org.opendossier.cli;

import java.util.concurrent.Callable;
import org.opendossier.model.VerifyReport;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "verify",
        description = {
            "Re-hash every original and report any that changed or went missing.",
            "Exit status: 0 when every original is intact, 1 otherwise."
        })
final class VerifyCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    VerifyCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerifyReport report;
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            report = session.verifier().verify(new CancelToken());
        }
        for (VerifyReport.Problem p : report.problems()) {
            switch (p.kind()) {
                case MISSING -> context.out().printf("MISSING  #%d  %s  %s%n", p.sourceId(), p.sha256(), p.title());
                case CHANGED ->
                    context.out()
                            .printf(
                                    "CHANGED  #%d  %s  %s (now hashes to %s)%n",
                                    p.sourceId(), p.sha256(), p.title(), p.actualSha256());
            }
        }
        context.out()
                .printf(
                        "%d originals checked: %d intact, %d missing or changed%n",
                        report.checked(),
                        report.checked() - report.problems().size(),
                        report.problems().size());
        return report.intact() ? 0 : Cli.SOME_FAILED;
    }
}
