package org.opendossier.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.Evidence;
import org.opendossier.model.Stance;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ClaimListing;
import org.opendossier.service.QuotedEvidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opendossier evidence}: quoting sources for claims. */
@Command(
        name = "evidence",
        description = "Quote sources as evidence for claims.",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.Import.class})
final class EvidenceCommand {

    static Map<String, Object> evidenceJson(QuotedEvidence q) {
        Evidence e = q.evidence();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("source", e.sourceId());
        m.put("outlet", q.source().outlet());
        m.put("title", q.source().title());
        m.put("stance", ClaimsCommand.lower(e.stance()));
        m.put("speaker", q.speaker().isEmpty() ? null : q.speaker());
        m.put("quote", e.quote());
        m.put("prefix", e.anchor().quote().prefix());
        m.put("suffix", e.anchor().quote().suffix());
        m.put("start", e.span().start());
        m.put("end", e.span().end());
        m.put("textSha256", e.anchor().textSha256());
        m.put("anchor", ClaimsCommand.lower(e.state()));
        m.put("note", e.note());
        return m;
    }

    @Command(
            name = "add",
            description = "Quote the exact words of a source as evidence for a claim; the words are looked up in the"
                    + " source's text.")
    static final class Add implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(names = "--claim", required = true, paramLabel = "ID", description = "The claim's number.")
        long claim;

        @Option(names = "--source", required = true, paramLabel = "ID", description = "The source's number.")
        long source;

        @Option(names = "--quote", required = true, description = "The exact words of the source.")
        String quote;

        @Option(
                names = "--stance",
                required = true,
                description = "supports, reports, mentions, disputes or denies.",
                converter = Enums.Stances.class)
        Stance stance;

        @Option(names = "--speaker", paramLabel = "ACTOR", description = "Who speaks in the source (\"the UN\").")
        String speaker;

        @Option(names = "--note", description = "A note on this evidence.")
        String note = "";

        Add(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                Long speakerId = speaker == null
                        ? null
                        : ActorRef.resolve(session.actors(), speaker).id();
                Evidence e = session.claims().addQuote(claim, source, quote, stance, speakerId, note);
                ClaimListing l = session.claims().listing(claim).orElseThrow();
                context.out()
                        .printf(
                                "Added evidence #%d (%s) at [%d, %d) of source %d to claim #%d.%n"
                                        + "Claim #%d: for %s; against %s.%n",
                                e.id(),
                                ClaimsCommand.lower(e.stance()),
                                e.span().start(),
                                e.span().end(),
                                e.sourceId(),
                                claim,
                                claim,
                                l.backing().describe(),
                                l.contesting().describe());
            }
            return 0;
        }
    }

    @Command(
            name = "import",
            description = "Read W3C Web Annotations (from OpenDossier or another tool) as evidence; the documents"
                    + " they annotate must be in the case.")
    static final class Import implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "A JSON-LD file of annotations.")
        java.nio.file.Path file;

        Import(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                var result = session.interchange().importAnnotations(file);
                context.out().printf("Added %d pieces of evidence; %d skipped.%n", result.added(), result.skipped());
                result.problems().forEach(p -> context.err().println("  " + p));
                return result.problems().isEmpty() ? 0 : Cli.SOME_FAILED;
            }
        }
    }
}
