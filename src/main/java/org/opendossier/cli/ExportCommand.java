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
@Command(
        name = "export",
        description = "Export a dossier as PDF, one self-contained HTML file, Markdown, or a bundle of all three with"
                + " its claims, evidence, actors and sources as data and a SHA-256 manifest.")
final class ExportCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--dossier", required = true, paramLabel = "ID", description = "The dossier's number.")
    long dossier;

    @Option(
            names = "--format",
            required = true,
            description = "pdf, html (one self-contained file: no scripts, nothing fetched), md, or bundle (a new or"
                    + " empty folder, or a zip when --out ends in .zip, checked with sha256sum -c MANIFEST.sha256).",
            converter = Formats.class)
    DossierService.Format format;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "PATH",
            description = "The file to write; for a bundle, the folder or .zip file.")
    Path out;

    ExportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseSession session = context.opener().open(caseOption.folder)) {
            DossierService.Exported exported = session.dossiers().export(dossier, format, out);
            if (format == DossierService.Format.BUNDLE) {
                context.out()
                        .printf(
                                "Wrote dossier #%d as a bundle of %d files to %s%n",
                                dossier, exported.files().size(), exported.path());
                context.out()
                        .printf(
                                "Check it with: sha256sum -c %s (in the bundle's folder, or where the zip is"
                                        + " unpacked)%n",
                                DossierService.BUNDLE_MANIFEST);
            } else {
                context.out().printf("Wrote dossier #%d to %s%n", dossier, out);
            }
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
