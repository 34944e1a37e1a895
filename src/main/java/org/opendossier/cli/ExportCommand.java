package org.opendossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendossier.service.CaseSession;
import org.opendossier.service.DossierService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opendossier export}: a dossier as a document to send. */
@Command(name = "export", description = "Export a dossier as PDF, one self-contained HTML file, or Markdown.")
final class ExportCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--dossier", required = true, paramLabel = "ID", description = "The dossier's number.")
    long dossier;

    @Option(
            names = "--format",
            required = true,
            description = "pdf, html (one self-contained file: no scripts, nothing fetched) or md.",
            converter = Formats.class)
    DossierService.Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    Path out;

    ExportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            session.dossiers().export(dossier, format, out);
            context.out().printf("Wrote dossier #%d to %s%n", dossier, out);
        }
        return 0;
    }

    static final class Formats implements ITypeConverter<DossierService.Format> {
        @Override
        public DossierService.Format convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            return Enums.parse(DossierService.Format.class, v.equals("md") ? "markdown" : v);
        }
    }
}
