package org.opendossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendossier.model.Acquisition;
import org.opendossier.model.Source;
import org.opendossier.service.CaseSession;
import org.opendossier.service.SourceDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print one source: metadata, provenance (every acquisition) and its clean text.")
final class ShowCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print the source as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The source id (as search and sources print it).")
    long id;

    ShowCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Optional<SourceDetails> found;
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            found = session.sources().details(id);
        }
        if (found.isEmpty()) {
            context.err().println("error: there is no source #" + id + " in this case");
            return Cli.SOME_FAILED;
        }
        SourceDetails d = found.get();
        if (json) {
            context.out().println(Json.write(toJson(d)));
        } else {
            print(d);
        }
        return 0;
    }

    private void print(SourceDetails d) {
        Source s = d.source();
        var out = context.out();
        out.println("#" + s.id() + "  " + s.title());
        field("Byline", s.byline());
        field("Outlet", s.outlet());
        field("Published", s.publishedAt());
        field("URL", s.url());
        field("Language", s.language());
        field("Type", s.mediaType());
        field("SHA-256", s.sha256());
        for (Acquisition a : d.acquisitions()) {
            out.println("Acquired:  " + a.importedAt() + "  " + a.path()
                    + (a.part() == null ? "" : " (" + a.part() + ")") + (a.url() == null ? "" : "  " + a.url()));
        }
        for (String w : s.warnings()) {
            out.println("Warning:   " + w);
        }
        out.println();
        out.println(s.text());
    }

    private void field(String name, String value) {
        if (value != null) {
            context.out().printf("%-10s %s%n", name + ":", value);
        }
    }

    private static Map<String, Object> toJson(SourceDetails d) {
        Source s = d.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("sha256", s.sha256());
        m.put("title", s.title());
        m.put("byline", s.byline());
        m.put("outlet", s.outlet());
        m.put("publishedAt", s.publishedAt());
        m.put("url", s.url());
        m.put("language", s.language());
        m.put("mediaType", s.mediaType());
        m.put("text", s.text());
        m.put("textSha256", s.textSha256());
        List<Map<String, Object>> acquisitions = new ArrayList<>();
        for (Acquisition a : d.acquisitions()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("path", a.path());
            am.put("fileName", a.fileName());
            am.put("part", a.part());
            am.put("importedAt", a.importedAt().toString());
            am.put("url", a.url());
            acquisitions.add(am);
        }
        m.put("acquisitions", acquisitions);
        m.put("warnings", s.warnings());
        return m;
    }
}
