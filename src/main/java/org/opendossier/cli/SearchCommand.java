package org.opendossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.SearchHit;
import org.opendossier.model.SearchResults;
import org.opendossier.service.CaseSession;
import org.opendossier.service.SearchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        description = {
            "Search a case. All words must match unless OR is written. Syntax:",
            "  words  \"exact phrase\"  a OR b  a AND NOT b  -exclude  \"a b\"~5 (within 5 words)",
            "  fuzzy~  prefix*  title:  outlet:  byline:  lang:en  type:pdf",
            "  published:2022  published:[2021-06 TO 2022]  *:* (everything)"
        })
final class SearchCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(
            names = "--limit",
            defaultValue = "10",
            paramLabel = "N",
            description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print results as JSON.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are joined by spaces.")
    List<String> words;

    SearchCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words);
        if (limit < 0) {
            context.err().println("error: --limit must be 0 or more");
            return 2;
        }
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            SearchResults results = session.search().search(query, limit);
            if (json) {
                context.out().println(Json.write(toJson(results)));
            } else {
                print(results);
            }
            return 0;
        } catch (SearchException e) {
            context.err().println("error: " + e.getMessage());
            if (e.position() >= 0) {
                context.err().println("  " + e.query());
                context.err()
                        .println("  "
                                + " ".repeat(Math.min(e.position(), e.query().length())) + "^");
            }
            return 2;
        }
    }

    private void print(SearchResults results) {
        var out = context.out();
        out.println(results.total() + (results.total() == 1 ? " match" : " matches"));
        for (SearchHit h : results.hits()) {
            out.println();
            out.printf("#%d  %s%n", h.id(), h.title());
            String meta = String.join(
                    " · ",
                    List.of(nonNull(h.outlet()), nonNull(h.publishedAt()), nonNull(h.url())).stream()
                            .filter(s -> !s.isEmpty())
                            .toList());
            if (!meta.isEmpty()) {
                out.println("    " + meta);
            }
            for (String s : h.snippets()) {
                out.println("    … " + Snippets.forTerminal(s) + " …");
            }
        }
        if (results.total() > 0) {
            out.println();
            results.facets().forEach((dim, counts) -> {
                if (!counts.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    counts.forEach((v, n) -> parts.add(v + " (" + n + ")"));
                    out.println(dim + ": " + String.join(", ", parts));
                }
            });
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> toJson(SearchResults r) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id());
            m.put("title", h.title());
            m.put("outlet", h.outlet());
            m.put("publishedAt", h.publishedAt());
            m.put("url", h.url());
            m.put("score", h.score());
            m.put("snippets", h.snippets());
            hits.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        out.put("hits", hits);
        out.put("facets", r.facets());
        return out;
    }
}
