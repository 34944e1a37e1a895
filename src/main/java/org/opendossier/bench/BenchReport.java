package org.opendossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run measured, and how it prints: a Markdown report for people (and the README) or
 * a map for {@code --json}.
 *
 * @param originals our originals store alone (hash, write, fsync): not a baseline but a floor under ours
 * @param aliases alias matching, or {@code null} when it was not run ({@code --aliases 0})
 * @param ourUsage where our last import's processor time went
 */
public record BenchReport(
        int docs,
        long seed,
        int repeat,
        ImportRow ours,
        ImportRow lucene,
        ImportRow fts5,
        ImportRow originals,
        List<QueryRow> queries,
        Latency overall,
        long sources,
        long indexed,
        Machine machine,
        AliasBenchReport aliases,
        CpuMeter.Usage ourUsage) {

    /** Import at least this fraction of the bare Lucene rate (the first target). */
    public static final double LUCENE_RATIO_TARGET = 0.7;
    /** Search p99 at most this many milliseconds... */
    public static final double P99_TARGET_MS = 50;
    /** ...at this many articles. */
    public static final int P99_TARGET_DOCS = 100_000;

    public BenchReport {
        queries = List.copyOf(queries);
    }

    /**
     * One timed run of an import path: how long it took, the CPU seconds the whole process used meanwhile
     * (all threads, JIT and GC included), and the compilation time the JIT reported.
     */
    public record Run(Duration elapsed, double cpuSeconds, double jitSeconds) {
        public Run(Duration elapsed) {
            this(elapsed, 0, 0);
        }
    }

    /** One way of getting the corpus into a searchable store, timed once or more; figures are of the median run. */
    public record ImportRow(String name, long docs, long bytes, List<Run> runs) {
        public ImportRow {
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("an import row needs at least one run");
            }
            runs = runs.stream().sorted(Comparator.comparing(Run::elapsed)).toList();
        }

        public ImportRow(String name, long docs, long bytes, Run run) {
            this(name, docs, bytes, List.of(run));
        }

        /** The median run (the lower middle one for an even count). */
        public Run median() {
            return runs.get((runs.size() - 1) / 2);
        }

        public Duration elapsed() {
            return median().elapsed();
        }

        /** Several runs of one path merged into one row. */
        public static ImportRow of(List<ImportRow> timed) {
            ImportRow first = timed.getFirst();
            return new ImportRow(
                    first.name(),
                    first.docs(),
                    first.bytes(),
                    timed.stream().flatMap(r -> r.runs().stream()).toList());
        }

        public double seconds() {
            return elapsed().toNanos() / 1e9;
        }

        /** "8.45-12.63" when there were several runs, else empty. */
        public String range() {
            return runs.size() < 2
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "%.2f-%.2f",
                            runs.getFirst().elapsed().toNanos() / 1e9,
                            runs.getLast().elapsed().toNanos() / 1e9);
        }

        public double docsPerSecond() {
            return docs / seconds();
        }

        /** Megabytes of 10^6 bytes of input text per second. */
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds();
        }
    }

    /** Latency percentiles in milliseconds (nearest rank). */
    public record Latency(int samples, double p50, double p95, double p99, double max) {
        static Latency of(long[] nanos) {
            long[] sorted = nanos.clone();
            java.util.Arrays.sort(sorted);
            return new Latency(
                    sorted.length,
                    ms(percentile(sorted, 0.50)),
                    ms(percentile(sorted, 0.95)),
                    ms(percentile(sorted, 0.99)),
                    ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        }

        private static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** One query of the fixed list: how many articles matched, and its latency; {@code error} if it failed. */
    public record QueryRow(String query, long hits, Latency latency, String error) {}

    /** Where the numbers came from; load averages tell whether something else was using the cores. */
    public record Machine(int cores, long maxHeapBytes, String java, String os, double loadBefore, double loadAfter) {
        /** The closing line of every report: what the figures were measured on. */
        String markdown() {
            return String.format(
                    Locale.ROOT,
                    "%nMachine: %d cores, max heap %,d MB, Java %s, %s; load average %.2f before, %.2f after.%n",
                    cores,
                    maxHeapBytes / (1024 * 1024),
                    java,
                    os,
                    loadBefore,
                    loadAfter);
        }
    }

    public double luceneRatio() {
        return ours.docsPerSecond() / lucene.docsPerSecond();
    }

    public boolean meetsLuceneTarget() {
        return luceneRatio() >= LUCENE_RATIO_TARGET;
    }

    public boolean fasterThanFts5() {
        return ours.docsPerSecond() > fts5.docsPerSecond();
    }

    public boolean meetsLatencyTarget() {
        return overall.p99() <= P99_TARGET_MS;
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "### Import: %,d synthetic articles (seed %d)%n%n", docs, seed));
        sb.append("| path | docs | MB | seconds (median) | range of runs | docs/s | MB/s | vs bare Lucene"
                + " | CPU s | JIT s |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ImportRow row : List.of(ours, lucene, fts5, originals)) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %.2f | %s | %,.0f | %.2f | %.2fx | %.1f | %.1f |%n",
                    row.name(),
                    row.docs(),
                    row.bytes() / 1e6,
                    row.seconds(),
                    row.range(),
                    row.docsPerSecond(),
                    row.megabytesPerSecond(),
                    row.docsPerSecond() / lucene.docsPerSecond(),
                    row.median().cpuSeconds(),
                    row.median().jitSeconds()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "%nOur originals alone: each file hashed and stored durably by the store our import uses, in"
                        + " groups as the import commits them; not a baseline, but the floor one file per original"
                        + " puts under the import on this disk.%n"
                        + "CPU s: processor seconds of the whole process during the run (all threads, JIT and GC); with %d"
                        + " cores, a run of T seconds has at most %d T to spend. JIT s: compilation time the JVM"
                        + " reported meanwhile.%n",
                machine.cores(),
                machine.cores()));
        if (!ourUsage.threads().isEmpty()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%nWhere our last import's %.1f CPU seconds went, by thread (the rest: JIT compilers, GC and"
                            + " threads that ended):%n%n",
                    ourUsage.cpuSeconds()));
            sb.append("| threads | user s | kernel s |\n|---|---:|---:|\n");
            for (CpuMeter.ThreadGroup g : ourUsage.threads()) {
                if (g.seconds() >= 0.05) {
                    sb.append(String.format(
                            Locale.ROOT, "| %s | %.1f | %.1f |%n", g.name(), g.userSeconds(), g.kernelSeconds()));
                }
            }
        }
        sb.append(String.format(
                Locale.ROOT,
                "%nOur case after the import: %,d sources, %,d documents in the index.%n%n",
                sources,
                indexed));

        sb.append(String.format(
                Locale.ROOT,
                "### Search: %d queries x %d repetitions, top 10 with highlighting and facets%n%n",
                queries.size(),
                repeat));
        sb.append("| samples | p50 ms | p95 ms | p99 ms | max ms |\n");
        sb.append("|---:|---:|---:|---:|---:|\n");
        sb.append(String.format(
                Locale.ROOT,
                "| %d | %.1f | %.1f | %.1f | %.1f |%n%n",
                overall.samples(),
                overall.p50(),
                overall.p95(),
                overall.p99(),
                overall.max()));
        sb.append("| query | hits | p50 ms | p99 ms | max ms |\n");
        sb.append("|---|---:|---:|---:|---:|\n");
        for (QueryRow q : queries) {
            if (q.error() != null) {
                sb.append("| `")
                        .append(q.query())
                        .append("` | error: ")
                        .append(q.error())
                        .append(" | | | |\n");
            } else {
                sb.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %,d | %.1f | %.1f | %.1f |%n",
                        q.query().replace("|", "\\|"),
                        q.hits(),
                        q.latency().p50(),
                        q.latency().p99(),
                        q.latency().max()));
            }
        }

        if (aliases != null) {
            sb.append('\n').append(aliases.markdown());
        }
        sb.append("\n### Targets\n\n");
        sb.append(String.format(
                Locale.ROOT,
                "- Import >= %.1fx the bare Lucene rate: **%s** (%.2fx)%n",
                LUCENE_RATIO_TARGET,
                meetsLuceneTarget() ? "PASS" : "MISS",
                luceneRatio()));
        sb.append(String.format(
                Locale.ROOT,
                "- Import faster than bare FTS5: **%s** (%,.0f vs %,.0f docs/s)%n",
                fasterThanFts5() ? "PASS" : "MISS",
                ours.docsPerSecond(),
                fts5.docsPerSecond()));
        sb.append(String.format(
                Locale.ROOT,
                "- Search p99 <= %.0f ms at %,d articles: **%s** (p99 %.1f ms at %,d articles%s)%n",
                P99_TARGET_MS,
                P99_TARGET_DOCS,
                meetsLatencyTarget() ? "PASS" : "MISS",
                overall.p99(),
                docs,
                docs < P99_TARGET_DOCS ? "; fewer than the target names, so this is indicative only" : ""));
        if (aliases != null) {
            sb.append(aliases.targetLine());
        }

        sb.append(machine.markdown());
        return sb.toString();
    }

    /** The same numbers as plain maps and lists, for {@code --json}. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", docs);
        out.put("seed", seed);
        out.put("repeat", repeat);
        List<Map<String, Object>> imports = new ArrayList<>();
        for (ImportRow row : List.of(ours, lucene, fts5, originals)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", row.name());
            m.put("docs", row.docs());
            m.put("bytes", row.bytes());
            m.put("seconds", row.seconds());
            m.put(
                    "runs",
                    row.runs().stream().map(r -> r.elapsed().toNanos() / 1e9).toList());
            m.put("cpuSeconds", row.median().cpuSeconds());
            m.put("jitSeconds", row.median().jitSeconds());
            m.put("docsPerSecond", row.docsPerSecond());
            m.put("megabytesPerSecond", row.megabytesPerSecond());
            m.put("ratioToLucene", row.docsPerSecond() / lucene.docsPerSecond());
            imports.add(m);
        }
        out.put("imports", imports);
        out.put(
                "ourThreads",
                ourUsage.threads().stream()
                        .map(g -> Map.of("threads", g.name(), "user", g.userSeconds(), "kernel", g.kernelSeconds()))
                        .toList());
        out.put("sources", sources);
        out.put("indexed", indexed);
        out.put("search", overall);
        out.put("queries", queries);
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("importVsLucene", meetsLuceneTarget() ? "PASS" : "MISS");
        targets.put("importVsFts5", fasterThanFts5() ? "PASS" : "MISS");
        targets.put("searchP99", meetsLatencyTarget() ? "PASS" : "MISS");
        targets.put("searchP99AtTargetSize", docs >= P99_TARGET_DOCS);
        if (aliases != null) {
            targets.put("aliasRescan", aliases.meetsTarget() ? "PASS" : "MISS");
            out.put("aliasMatching", aliases.asMap());
        }
        out.put("targets", targets);
        out.put("machine", machine);
        return out;
    }
}
