package org.opendossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorMerge;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.service.ActorListing;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opendossier actors}: the actors of a case, and the sub-commands that curate them. */
@Command(
        name = "actors",
        description = "List the actors of a case with their aliases and mention counts.",
        subcommands = {
            ActorsCommand.Add.class,
            ActorsCommand.AddAlias.class,
            ActorsCommand.Merge.class,
            SuggestCommand.class,
            ActorsExportCommand.class
        })
final class ActorsCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Option(names = "--case", paramLabel = "DIR", description = "The case folder.")
    Path folder;

    @Option(names = "--json", description = "Print the list as a JSON array.")
    boolean json;

    ActorsCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (folder == null) {
            throw new CaseException("Missing --case DIR: which case's actors to list?");
        }
        List<ActorListing> listing;
        try (CaseSession session = context.opener().open(folder)) {
            session.actors().mentionsUpToDate();
            listing = session.actors().list();
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ActorListing l : listing) {
                Map<String, Object> m = actorJson(l.actor());
                m.put("mentions", l.mentions());
                m.put("sources", l.sources());
                rows.add(m);
            }
            context.out().println(Json.write(rows));
            return 0;
        }
        for (ActorListing l : listing) {
            Actor a = l.actor();
            context.out()
                    .printf(
                            "#%-4d %-12s %-32s %5d mentions in %d sources%n",
                            a.id(), a.kind().name().toLowerCase(Locale.ROOT), a.name(), l.mentions(), l.sources());
            if (!a.aliases().isEmpty()) {
                context.out()
                        .println("      also: "
                                + a.aliases().stream()
                                        .map(ActorsCommand::describe)
                                        .collect(Collectors.joining("; ")));
            }
        }
        context.out().println(listing.size() + (listing.size() == 1 ? " actor" : " actors"));
        return 0;
    }

    static Map<String, Object> actorJson(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        m.put("name", a.name());
        List<Map<String, Object>> aliases = new ArrayList<>();
        for (Alias alias : a.aliases()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", alias.name());
            am.put("kind", alias.kind().name().toLowerCase(Locale.ROOT));
            aliases.add(am);
        }
        m.put("aliases", aliases);
        m.put("notes", a.notes());
        m.put("activeFrom", a.activeFrom() == null ? null : a.activeFrom().toString());
        m.put("activeTo", a.activeTo() == null ? null : a.activeTo().toString());
        return m;
    }

    private static String describe(Alias alias) {
        return alias.kind() == AliasKind.ALIAS
                ? alias.name()
                : alias.name() + " ("
                        + alias.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    @Command(name = "add", description = "Add an actor; its names are then found in every source.")
    static final class Add implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(
                names = "--kind",
                defaultValue = "PERSON",
                description = "person, organisation, place or other (default: ${DEFAULT-VALUE}).",
                converter = Enums.ActorKinds.class)
        ActorKind kind;

        @Option(names = "--alias", paramLabel = "NAME", description = "Another name it goes by; repeatable.")
        List<String> aliases = new ArrayList<>();

        @Option(names = "--notes", description = "Free notes about the actor.")
        String notes = "";

        @Parameters(paramLabel = "NAME", description = "The display name.")
        String name;

        Add(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                Actor actor = session.actors().create(kind, name, notes);
                for (String alias : aliases) {
                    session.actors().addAlias(actor.id(), alias, AliasKind.ALIAS);
                }
                session.actors().mentionsUpToDate();
                var counts = session.actors().list().stream()
                        .filter(l -> l.actor().id() == actor.id())
                        .findFirst()
                        .orElseThrow();
                context.out()
                        .printf(
                                "Added actor #%d %s: %d mentions in %d sources%n",
                                actor.id(), actor.name(), counts.mentions(), counts.sources());
            }
            return 0;
        }
    }

    @Command(name = "alias", description = "Give an actor another name; it is then found in every source.")
    static final class AddAlias implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(
                names = "--kind",
                defaultValue = "ALIAS",
                description = "alias, abbreviation, former_name, transliteration or misspelling"
                        + " (default: ${DEFAULT-VALUE}).",
                converter = Enums.AliasKinds.class)
        AliasKind kind;

        @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor's number or any of its names.")
        String actor;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new name.")
        String name;

        AddAlias(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                Actor target = ActorRef.resolve(session.actors(), actor);
                session.actors().addAlias(target.id(), name, kind);
                session.actors().mentionsUpToDate();
                context.out().printf("%s now also goes by \"%s\"%n", target.name(), name.strip());
            }
            return 0;
        }
    }

    @Command(
            name = "merge",
            description = "Merge the second actor into the first: names, mentions and relationships move over.")
    static final class Merge implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "KEEP", description = "The actor that stays.")
        String keep;

        @Parameters(index = "1", paramLabel = "ABSORB", description = "The actor merged into it.")
        String absorb;

        Merge(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                Actor kept = ActorRef.resolve(session.actors(), keep);
                Actor absorbed = ActorRef.resolve(session.actors(), absorb);
                ActorMerge merge = session.actors().merge(kept.id(), absorbed.id());
                session.actors().mentionsUpToDate();
                context.out()
                        .printf(
                                "Merged #%d %s into #%d %s (%d mentions moved)%n",
                                absorbed.id(),
                                absorbed.name(),
                                kept.id(),
                                kept.name(),
                                merge.absorbedMentions().size());
            }
            return 0;
        }
    }
}
