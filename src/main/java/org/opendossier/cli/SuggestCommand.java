package org.opendossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.ActorSuggestion;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseSession;
import org.opendossier.service.Excerpt;
import org.opendossier.service.Suggested;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "suggest",
        description = "Propose actors the texts name that are not listed yet, best first, with where they occur."
                + " Accept one with 'actors add', or in the desktop app.")
final class SuggestCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--limit", defaultValue = "30", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the suggestions as a JSON array.")
    boolean json;

    SuggestCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Suggested> found;
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            found = session.actors().suggest(limit, new CancelToken());
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Suggested s : found) {
                ActorSuggestion a = s.suggestion();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", a.name());
                m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
                m.put("abbreviation", a.abbreviation());
                m.put("variants", s.variants());
                m.put("score", a.score());
                m.put("occurrences", a.occurrences());
                m.put("sources", a.sources());
                m.put("outlets", a.outlets());
                List<Map<String, Object>> examples = new ArrayList<>();
                for (Excerpt e : s.examples()) {
                    Map<String, Object> em = new LinkedHashMap<>();
                    em.put("sourceId", e.source().id());
                    em.put("before", e.before());
                    em.put("words", e.words());
                    em.put("after", e.after());
                    examples.add(em);
                }
                m.put("examples", examples);
                rows.add(m);
            }
            context.out().println(Json.write(rows));
            return 0;
        }
        int rank = 1;
        for (Suggested s : found) {
            ActorSuggestion a = s.suggestion();
            String also = a.abbreviation() == null ? "" : " (" + a.abbreviation() + ")";
            context.out()
                    .printf(
                            "%3d. %-36s %-12s %3d sources, %2d outlets%n",
                            rank++,
                            a.name() + also,
                            a.kind().name().toLowerCase(Locale.ROOT),
                            a.sources(),
                            a.outlets());
            if (!s.variants().isEmpty()) {
                context.out().println("     also written: " + String.join("; ", s.variants()));
            }
            if (!s.examples().isEmpty()) {
                Excerpt e = s.examples().getFirst();
                context.out().printf("     …%s[%s]%s…%n", e.before(), e.words(), e.after());
            }
        }
        context.out().println(found.size() + (found.size() == 1 ? " suggestion" : " suggestions"));
        return 0;
    }
}
