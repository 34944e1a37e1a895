package org.opendossier.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.TextSpan;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opendossier dossier}: the dossiers of a case, creating them and adding to their outline. */
@Command(
        name = "dossier",
        description = "Compose dossiers: list them, create one, add blocks to its outline.",
        subcommands = {DossierCommand.ListCommand.class, DossierCommand.Create.class, DossierCommand.Add.class})
final class DossierCommand {

    @Command(name = "list", description = "List the dossiers of a case with their outlines.")
    static final class ListCommand implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(names = "--json", description = "Print the dossiers as a JSON array.")
        boolean json;

        ListCommand(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                List<Dossier> dossiers = session.dossiers().list();
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Dossier d : dossiers) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", d.id());
                        m.put("title", d.title());
                        m.put("subtitle", d.subtitle());
                        m.put("author", d.author());
                        m.put("date", d.date() == null ? null : d.date().toString());
                        m.put(
                                "blocks",
                                d.blocks().stream()
                                        .map(DossierCommand::describe)
                                        .toList());
                        rows.add(m);
                    }
                    context.out().println(Json.write(rows));
                    return 0;
                }
                for (Dossier d : dossiers) {
                    context.out().printf("#%-4d %s%n", d.id(), d.title());
                    for (int i = 0; i < d.blocks().size(); i++) {
                        context.out()
                                .printf(
                                        "      %2d. %s%n",
                                        i + 1, describe(d.blocks().get(i)));
                    }
                }
                context.out().println(dossiers.size() + (dossiers.size() == 1 ? " dossier" : " dossiers"));
            }
            return 0;
        }
    }

    static String describe(DossierBlock b) {
        if (b instanceof DossierBlock.Heading h) {
            return "heading " + h.level() + ": " + h.text();
        }
        if (b instanceof DossierBlock.Note n) {
            String firstLine = n.markdown().strip().lines().findFirst().orElse("");
            return "note: " + firstLine;
        }
        if (b instanceof DossierBlock.ClaimCard c) {
            return "claim #" + c.claimId();
        }
        if (b instanceof DossierBlock.ActorProfile a) {
            return "actor #" + a.actorId();
        }
        if (b instanceof DossierBlock.SourceExcerpt x) {
            return "excerpt of source #" + x.sourceId() + " [" + x.span().start() + ", "
                    + x.span().end() + ")";
        }
        if (b instanceof DossierBlock.TimelineFigure t) {
            return "timeline" + (t.actorId() == null ? "" : " of actor #" + t.actorId())
                    + (t.tag() == null ? "" : " tagged " + t.tag());
        }
        DossierBlock.NetworkFigure f = (DossierBlock.NetworkFigure) b;
        return "network" + (f.actorId() == null ? "" : " around actor #" + f.actorId()) + " (min. weight "
                + f.minWeight() + ")";
    }

    @Command(name = "create", description = "Create a dossier.")
    static final class Create implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(names = "--title", required = true, description = "The dossier's title.")
        String title;

        @Option(names = "--subtitle", description = "A subtitle.")
        String subtitle = "";

        @Option(names = "--author", description = "Who wrote it (a person or newsroom).")
        String author = "";

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date it is issued (default: today).")
        String date;

        @Option(names = "--summary", description = "A summary for the cover page.")
        String summary = "";

        Create(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            LocalDate issued;
            try {
                issued = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CaseException("Not a date: \"" + date + "\" (write 2026-11-22).", e);
            }
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                Dossier d = session.dossiers().create(title, subtitle, author, issued, summary);
                context.out().printf("Created dossier #%d: %s%n", d.id(), d.title());
            }
            return 0;
        }
    }

    @Command(
            name = "add",
            description = "Add a block at the end of a dossier's outline: a heading, a note, a claim card, an actor"
                    + " profile, an excerpt of a source, the timeline or the network.")
    static final class Add implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(names = "--dossier", required = true, paramLabel = "ID", description = "The dossier's number.")
        long dossier;

        @ArgGroup(multiplicity = "1")
        What what;

        @Option(names = "--level", defaultValue = "1", description = "A heading's level, 1 to 3 (default: 1).")
        int level;

        @Option(names = "--start", description = "Where an excerpt starts in the source's text.")
        Integer start;

        @Option(names = "--end", description = "Where an excerpt ends in the source's text.")
        Integer end;

        @Option(names = "--tag", description = "Narrow the timeline to claims with this tag.")
        String tag;

        @Option(names = "--around", paramLabel = "ACTOR", description = "Narrow a figure to one actor.")
        String around;

        @Option(names = "--min-weight", defaultValue = "1", description = "A network's minimum weight (default: 1).")
        int minWeight;

        static final class What {
            @Option(names = "--heading", description = "A section heading.")
            String heading;

            @Option(names = "--note", description = "A note in your own words (Markdown).")
            String note;

            @Option(names = "--claim", paramLabel = "ID", description = "A claim card.")
            Long claim;

            @Option(names = "--actor", paramLabel = "ACTOR", description = "An actor profile.")
            String actor;

            @Option(
                    names = "--excerpt",
                    paramLabel = "SOURCE",
                    description = "An excerpt of a source (--start, --end).")
            Long excerpt;

            @Option(names = "--timeline", description = "The claims timeline.")
            boolean timeline;

            @Option(names = "--network", description = "The actor network.")
            boolean network;
        }

        Add(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                Long aroundId = around == null
                        ? null
                        : ActorRef.resolve(session.actors(), around).id();
                DossierBlock block;
                try {
                    block = block(session, aroundId);
                } catch (IllegalArgumentException e) {
                    throw new CaseException(e.getMessage(), e);
                }
                Dossier d = session.dossiers().addBlock(dossier, block);
                context.out()
                        .printf(
                                "Dossier #%d, block %d: %s%n",
                                d.id(), d.blocks().size(), describe(block));
            }
            return 0;
        }

        private DossierBlock block(CaseSession session, Long aroundId) throws CaseException {
            if (what.heading != null) {
                return new DossierBlock.Heading(level, what.heading);
            }
            if (what.note != null) {
                return new DossierBlock.Note(what.note);
            }
            if (what.claim != null) {
                return new DossierBlock.ClaimCard(what.claim);
            }
            if (what.actor != null) {
                return new DossierBlock.ActorProfile(
                        ActorRef.resolve(session.actors(), what.actor).id());
            }
            if (what.excerpt != null) {
                if (start == null || end == null) {
                    throw new CaseException("An excerpt needs --start and --end: where it is in the source's text.");
                }
                return new DossierBlock.SourceExcerpt(what.excerpt, new TextSpan(start, end));
            }
            if (what.timeline) {
                return new DossierBlock.TimelineFigure(aroundId, tag);
            }
            return new DossierBlock.NetworkFigure(aroundId, minWeight);
        }
    }
}
