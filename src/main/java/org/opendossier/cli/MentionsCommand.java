package org.opendossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.Actor;
import org.opendossier.service.CaseSession;
import org.opendossier.service.MentionInContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mentions", description = "Every mention of an actor, with the words around it.")
final class MentionsCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print the mentions as a JSON array.")
    boolean json;

    @Parameters(paramLabel = "ACTOR", description = "The actor's number or any of its names.")
    String actor;

    MentionsCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Actor target;
        List<MentionInContext> mentions;
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            session.actors().mentionsUpToDate();
            target = ActorRef.resolve(session.actors(), actor);
            mentions = session.actors().mentionsOf(target.id());
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MentionInContext m : mentions) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", m.mention().id());
                row.put("sourceId", m.mention().sourceId());
                row.put("sourceTitle", m.source().title());
                row.put("start", m.mention().span().start());
                row.put("end", m.mention().span().end());
                row.put("text", m.words());
                row.put("alias", m.mention().alias());
                row.put("origin", m.mention().origin().name().toLowerCase(Locale.ROOT));
                row.put("review", m.mention().review().name().toLowerCase(Locale.ROOT));
                row.put("before", m.before());
                row.put("after", m.after());
                rows.add(row);
            }
            context.out().println(Json.write(rows));
            return 0;
        }
        long lastSource = -1;
        for (MentionInContext m : mentions) {
            if (m.mention().sourceId() != lastSource) {
                lastSource = m.mention().sourceId();
                context.out().printf("#%d %s%n", lastSource, m.source().title());
            }
            context.out()
                    .printf(
                            "  [%d,%d) …%s[%s]%s…%s%n",
                            m.mention().span().start(),
                            m.mention().span().end(),
                            m.before(),
                            m.words(),
                            m.after(),
                            switch (m.mention().review()) {
                                case CONFIRMED -> "  (confirmed)";
                                case REJECTED -> "  (rejected)";
                                case UNREVIEWED -> "";
                            });
        }
        context.out()
                .printf(
                        "%s: %d mentions in %d sources%n",
                        target.name(),
                        mentions.size(),
                        mentions.stream()
                                .map(m -> m.mention().sourceId())
                                .distinct()
                                .count());
        return 0;
    }
}
