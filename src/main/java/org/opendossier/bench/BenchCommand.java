package org.opendossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendossier.service.CaseOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure import and search speed on a synthetic news corpus: our whole import path against a bare"
                    + " Lucene IndexWriter and a bare SQLite FTS5 table over the same files, our originals store"
                    + " alone, then search latency, then matching 10,000 actors' names in every article.",
            "With --library, measure the library instead: a case of N sources opened, sorted, filtered and"
                    + " scrolled in the real library view (JavaFX, headless unless -Dglass.platform says otherwise).",
            "With --dossier, measure exporting a long dossier (--claims claims of --quotes quotes each) to every"
                    + " format instead.",
            "Prints a Markdown report; progress goes to standard error."
        })
public final class BenchCommand implements Callable<Integer> {
    /** Runs of each library step or dossier export unless --repeat says otherwise: each takes a while. */
    private static final int SLOW_RUNS = 5;

    private final CaseOpener opener;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--docs",
            defaultValue = "10000",
            paramLabel = "N",
            description = "Articles to generate (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(
            names = "--seed",
            defaultValue = "42",
            paramLabel = "SEED",
            description = "Seed of the corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Folder for the corpus, indexes and case (default: the system temp folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the corpus, indexes and case afterwards.")
    boolean keep;

    @Option(
            names = "--repeat",
            defaultValue = "20",
            paramLabel = "R",
            description = "Timed repetitions of each query (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(
            names = "--warm-up",
            defaultValue = "1000",
            paramLabel = "N",
            description = "Articles each import path sees before it is timed (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--runs",
            defaultValue = "1",
            paramLabel = "N",
            description =
                    "Times each import path is timed; the median is reported, with the range (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--aliases",
            defaultValue = "10000",
            paramLabel = "N",
            description = "Names of synthetic actors matched in every article (default ${DEFAULT-VALUE}; 0 skips it).")
    int aliases;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(
            names = "--library",
            description = "Measure the library at --docs sources (query, view model, window) instead of import"
                    + " and search; --repeat then counts the runs of each step (default 5).")
    boolean library;

    @Option(
            names = "--case",
            paramLabel = "DIR",
            description = "With --library: measure this existing case instead of writing one (it is only read).")
    Path existingCase;

    @Option(
            names = "--dossier",
            description = "Measure exporting a dossier of --claims claim cards to every format instead of import"
                    + " and search; --repeat then counts the timed exports after the first (default 5).")
    boolean dossier;

    @Option(
            names = "--claims",
            defaultValue = "150",
            paramLabel = "N",
            description = "With --dossier: claims in the dossier (default ${DEFAULT-VALUE}).")
    int claims;

    @Option(
            names = "--quotes",
            defaultValue = "4",
            paramLabel = "N",
            description = "With --dossier: quotes per claim (default ${DEFAULT-VALUE}).")
    int quotes;

    /** The composition root hands in how cases are made, as it does for every other command. */
    public BenchCommand(CaseOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (library) {
            return library(out, err);
        }
        if (dossier) {
            return dossier(out, err);
        }
        Benchmark.Options options;
        try {
            options = new Benchmark.Options(
                    docs,
                    seed,
                    work != null ? work : Path.of(System.getProperty("java.io.tmpdir")),
                    keep,
                    repeat,
                    Math.min(warmUp, docs),
                    runs,
                    aliases);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        BenchReport report = new Benchmark(opener, options, line -> err.println("bench: " + line)).run();
        print(out, report.asMap(), report.markdown());
        return 0;
    }

    private int library(PrintWriter out, PrintWriter err) throws Exception {
        LibraryBenchmark.Options options;
        try {
            options = new LibraryBenchmark.Options(
                    docs,
                    seed,
                    work != null ? work : Path.of(System.getProperty("java.io.tmpdir")),
                    keep,
                    spec.commandLine().getParseResult().hasMatchedOption("--repeat") ? repeat : SLOW_RUNS,
                    existingCase);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        LibraryReport report = new LibraryBenchmark(opener, options, line -> err.println("bench: " + line)).run();
        print(out, report.asMap(), report.markdown());
        return 0;
    }

    private int dossier(PrintWriter out, PrintWriter err) throws Exception {
        DossierBenchmark.Options options;
        try {
            options = new DossierBenchmark.Options(
                    claims,
                    quotes,
                    seed,
                    work != null ? work : Path.of(System.getProperty("java.io.tmpdir")),
                    keep,
                    spec.commandLine().getParseResult().hasMatchedOption("--repeat") ? repeat : SLOW_RUNS);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        DossierReport report = new DossierBenchmark(opener, options, line -> err.println("bench: " + line)).run();
        print(out, report.asMap(), report.markdown());
        return 0;
    }

    private void print(PrintWriter out, Object asMap, String markdown) throws Exception {
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(asMap));
        } else {
            out.print(markdown);
        }
        out.flush();
    }
}
