package org.opendossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendossier.model.ActorGraph;
import org.opendossier.service.ActorNetwork;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        description = "Export the actors: their network as GEXF, GraphML or SVG, or actors and relationships"
                + " as FollowTheMoney entities (JSON lines).")
final class ActorsExportCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", required = true, description = "gexf, graphml, svg or ftm.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(
            names = "--unit",
            defaultValue = "sentence",
            description = "Named together in the same sentence or paragraph (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(
            names = "--min-weight",
            defaultValue = "1",
            description = "Leave out pairs named together in fewer sources than this (default: ${DEFAULT-VALUE}).")
    int minWeight;

    ActorsExportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ActorNetwork.Format chosen = ActorNetwork.Format.parse(format);
        ActorGraph.Unit by = Enums.parse(ActorGraph.Unit.class, unit);
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            session.actors().mentionsUpToDate();
            ActorNetwork.Counted counted = session.network().count(new CancelToken());
            ActorGraph graph = counted.graph(by, minWeight);
            session.network().export(counted, graph, chosen, out);
            if (chosen == ActorNetwork.Format.FTM) {
                context.out()
                        .printf(
                                "Wrote %d actors and %d relationships to %s%n",
                                counted.actors().size(), counted.relationships().size(), out);
            } else {
                context.out()
                        .printf(
                                "Wrote %d actors and %d links to %s%n",
                                graph.nodes().size(), graph.edges().size(), out);
            }
        }
        return 0;
    }
}
