package org.opendossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.ImportReport;
import org.opendossier.model.ImportStatus;
import org.opendossier.service.CancelToken;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ImportListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description = {
            "Import files and folders (recursively) into a case: text, Markdown, HTML, PDF, DOCX, ODT, RTF, EML, MBOX.",
            "Exit status: 0 when every file was imported or already there, 1 when some were rejected."
        })
final class ImportCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print a machine-readable report instead of one line per file.")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    ImportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ImportReport report;
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            Progress progress = Progress.onTerminal();
            report = session.imports()
                    .importPaths(
                            paths,
                            new ImportListener() {
                                @Override
                                public void started(int files) {
                                    progress.start(files);
                                }

                                @Override
                                public void reading(String path, int done, int total) {
                                    progress.update(done, path);
                                }

                                @Override
                                public void committed(List<ImportOutcome> outcomes, int done, int total) {
                                    progress.clear();
                                    if (!json) {
                                        outcomes.forEach(o -> context.out().println(line(o)));
                                    }
                                    progress.update(done, null);
                                }
                            },
                            new CancelToken());
            progress.clear();
        }
        if (json) {
            context.out().println(Json.write(jsonReport(report)));
        } else {
            context.out()
                    .printf(
                            "%d imported, %d duplicate, %d rejected in %.1f s%n",
                            report.count(ImportStatus.IMPORTED),
                            report.count(ImportStatus.DUPLICATE),
                            report.count(ImportStatus.REJECTED),
                            report.elapsed().toMillis() / 1000.0);
        }
        return report.count(ImportStatus.REJECTED) > 0 ? Cli.SOME_FAILED : 0;
    }

    private static String line(ImportOutcome o) {
        String where = o.part() == null ? o.path() : o.path() + " (" + o.part() + ")";
        return switch (o.status()) {
            case IMPORTED -> "imported   #" + o.sourceId() + "  " + o.title() + "  <- " + where;
            case DUPLICATE -> "duplicate  #" + o.sourceId() + "  " + o.title() + "  <- " + where;
            case REJECTED -> "rejected   " + where + "  : " + o.message();
        };
    }

    private static Map<String, Object> jsonReport(ImportReport report) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (ImportOutcome o : report.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", o.path());
            m.put("part", o.part());
            m.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("id", o.sourceId());
            m.put("title", o.title());
            m.put("reason", o.reason() == null ? null : o.reason().name().toLowerCase(java.util.Locale.ROOT));
            m.put("message", o.message());
            files.add(m);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("imported", report.count(ImportStatus.IMPORTED));
        summary.put("duplicate", report.count(ImportStatus.DUPLICATE));
        summary.put("rejected", report.count(ImportStatus.REJECTED));
        summary.put("seconds", report.elapsed().toMillis() / 1000.0);
        summary.put("cancelled", report.cancelled());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", files);
        out.put("summary", summary);
        return out;
    }
}
