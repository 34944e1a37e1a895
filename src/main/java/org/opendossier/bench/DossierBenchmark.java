package org.opendossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opendossier.analysis.text.Segments;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseOpener;
import org.opendossier.service.CaseSession;
import org.opendossier.service.DossierService;
import org.opendossier.store.StoreException;

/**
 * Measures exporting a long dossier: a case of synthetic articles (written as {@link LibraryCase} writes them)
 * gets {@code claims} claims, each quoting {@code quotes} passages of different articles with mixed stances,
 * and a dossier of one section per ten claims, the claim cards, profiles of the actors most involved and a
 * timeline. Each format is then exported through {@link DossierService#export} as the command line does, the
 * first export of the process timed apart from the later ones: the first pays for loading the renderer and its
 * fonts, which a person exporting from the running app pays once. Exports run on the calling thread, so its CPU
 * time is reported too: a busy machine inflates it far less than wall time.
 */
public final class DossierBenchmark {
    /** The formats timed: a bundle is these three and a few small data files. */
    private static final List<DossierService.Format> DOCUMENTS =
            List.of(DossierService.Format.HTML, DossierService.Format.MARKDOWN, DossierService.Format.PDF);

    private static final int CLAIMS_PER_SECTION = 10;
    private static final int PROFILES = 10;
    private static final Stance[] STANCES = {
        Stance.SUPPORTS, Stance.REPORTS, Stance.SUPPORTS, Stance.DISPUTES, Stance.REPORTS, Stance.DENIES
    };
    private static final ClaimStatus[] STATUSES = {
        ClaimStatus.UNVERIFIED, ClaimStatus.CORROBORATED, ClaimStatus.DISPUTED, ClaimStatus.UNVERIFIED
    };

    private final CaseOpener opener;
    private final Options options;
    private final Consumer<String> progress;

    /**
     * @param claims claim cards in the dossier
     * @param quotes quotes per claim, each from another article
     * @param runs timed exports of each format after the first
     */
    public record Options(int claims, int quotes, long seed, Path work, boolean keep, int runs) {
        public Options {
            Objects.requireNonNull(work, "work");
            if (claims < 1 || quotes < 1 || runs < 1) {
                throw new IllegalArgumentException("--claims, --quotes and --repeat must be at least 1");
            }
        }

        /** Articles to quote from: enough that a claim's quotes come from different ones. */
        int sources() {
            return Math.max(50, claims * 2);
        }
    }

    public DossierBenchmark(CaseOpener opener, Options options, Consumer<String> progress) {
        this.opener = opener;
        this.options = options;
        this.progress = progress;
    }

    public DossierReport run() throws IOException, CaseException, StoreException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Files.createDirectories(options.work());
        Path root = Files.createTempDirectory(options.work(), "opendossier-dossier-");
        Path folder = root.resolve("case");
        try {
            opener.create(folder).close();
            progress.accept(String.format(Locale.ROOT, "writing a case of %,d articles", options.sources()));
            LibraryCase.fill(folder.resolve("case.db"), options.sources(), options.seed(), line -> {});
            try (CaseSession session = opener.open(folder)) {
                progress.accept(String.format(
                        Locale.ROOT, "recording %,d claims with %,d quotes each", options.claims(), options.quotes()));
                long dossierId = compose(session);
                List<DossierReport.Export> exports = new ArrayList<>();
                for (DossierService.Format format : DOCUMENTS) {
                    progress.accept("exporting " + format.extension());
                    exports.add(export(session.dossiers(), dossierId, format, root));
                }
                double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                return new DossierReport(
                        options.claims(),
                        options.claims() * options.quotes(),
                        pages(root.resolve("dossier.pdf")),
                        exports,
                        Benchmark.machine(loadBefore, loadAfter));
            }
        } finally {
            if (options.keep()) {
                progress.accept("kept the case and the exports in " + root);
            } else {
                Benchmark.deleteTree(root);
            }
        }
    }

    /** Claims with their quotes, and the dossier that shows them; returns the dossier's id. */
    private long compose(CaseSession session) throws CaseException {
        Random r = new Random(options.seed());
        List<Source> sources = session.sources().list().stream()
                .map(s -> find(session, s.id()))
                .toList();
        List<Long> actorIds = session.actors().list().stream()
                .map(a -> a.actor().id())
                .limit(40)
                .toList();
        DossierService dossiers = session.dossiers();
        Dossier dossier = dossiers.create(
                "Benchmark dossier",
                options.claims() + " claims, " + options.claims() * options.quotes() + " quotes",
                "OpenDossier bench",
                LocalDate.of(2026, 1, 1),
                "A synthetic dossier for measuring exports.");
        for (int c = 0; c < options.claims(); c++) {
            if (c % CLAIMS_PER_SECTION == 0) {
                dossiers.addBlock(dossier.id(), new DossierBlock.Heading(1, "Section " + (c / CLAIMS_PER_SECTION + 1)));
            }
            Source first = sources.get(r.nextInt(sources.size()));
            Claim claim = session.claims()
                    .create(Claim.draft(sentence(first, r).trim())
                            .withStatus(STATUSES[c % STATUSES.length])
                            .withEventDate(PartialDate.parse(
                                    String.format(Locale.ROOT, "%d-%02d", 2015 + r.nextInt(10), 1 + r.nextInt(12))))
                            .withSubjects(List.of(actorIds.get(r.nextInt(actorIds.size()))))
                            .withClaimants(List.of(actorIds.get(r.nextInt(actorIds.size()))))
                            .withTags(List.of("bench")));
            for (int q = 0; q < options.quotes(); q++) {
                Source s = sources.get((sources.indexOf(first) + q * 7) % sources.size());
                session.claims()
                        .addEvidence(
                                claim.id(), s.id(), sentenceSpan(s, r), STANCES[(c + q) % STANCES.length], null, "");
            }
            dossiers.addBlock(dossier.id(), new DossierBlock.ClaimCard(claim.id()));
        }
        dossiers.addBlock(dossier.id(), new DossierBlock.Heading(1, "People and organisations"));
        for (long actorId : actorIds.subList(0, Math.min(PROFILES, actorIds.size()))) {
            dossiers.addBlock(dossier.id(), new DossierBlock.ActorProfile(actorId));
        }
        dossiers.addBlock(dossier.id(), new DossierBlock.Heading(1, "Timeline"));
        dossiers.addBlock(dossier.id(), new DossierBlock.TimelineFigure(null, "bench"));
        return dossier.id();
    }

    private static Source find(CaseSession session, long id) {
        try {
            return session.sources().details(id).orElseThrow().source();
        } catch (CaseException e) {
            throw new IllegalStateException("the benchmark case lost source " + id, e);
        }
    }

    /** A random sentence of the article's body (not its title line). */
    private static TextSpan sentenceSpan(Source s, Random r) {
        Segments segments = Segments.of(s.text());
        int count = segments.sentenceCount();
        return segments.sentenceSpan(Math.min(count - 1, 1 + r.nextInt(Math.max(1, count - 1))));
    }

    private static String sentence(Source s, Random r) {
        TextSpan span = sentenceSpan(s, r);
        return s.text().substring(span.start(), span.end());
    }

    private DossierReport.Export export(DossierService dossiers, long id, DossierService.Format format, Path root)
            throws CaseException {
        Path target = root.resolve("dossier." + format.extension());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        dossiers.export(id, format, target);
        long first = System.nanoTime() - start;
        long[] later = new long[options.runs()];
        long[] cpu = new long[options.runs()];
        for (int i = 0; i < later.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            dossiers.export(id, format, target);
            later[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        try {
            return new DossierReport.Export(
                    format.extension(),
                    first / 1e6,
                    BenchReport.Latency.of(later),
                    BenchReport.Latency.of(cpu),
                    Files.size(target));
        } catch (IOException e) {
            throw new CaseException("Could not read the size of " + target + ": " + e.getMessage(), e);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
