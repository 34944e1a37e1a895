package org.opendossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.SourceSummary;
import org.opendossier.service.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sources", description = "List the sources of a case.")
final class SourcesCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print the list as a JSON array.")
    boolean json;

    SourcesCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<SourceSummary> sources;
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            sources = session.sources().list();
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SourceSummary s : sources) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.id());
                m.put("title", s.title());
                m.put("outlet", s.outlet());
                m.put("publishedAt", s.publishedAt());
                m.put("mediaType", s.mediaType());
                m.put("language", s.language());
                m.put("importedAt", s.importedAt().toString());
                m.put("sha256", s.sha256());
                rows.add(m);
            }
            context.out().println(Json.write(rows));
        } else {
            for (SourceSummary s : sources) {
                context.out()
                        .printf(
                                "#%-5d %-10s %-24s %s%n",
                                s.id(),
                                s.publishedAt() == null
                                        ? ""
                                        : s.publishedAt()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                10,
                                                                s.publishedAt().length())),
                                s.outlet() == null ? "" : truncate(s.outlet(), 24),
                                s.title());
            }
            context.out().println(sources.size() + (sources.size() == 1 ? " source" : " sources"));
        }
        return 0;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
