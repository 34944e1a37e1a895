package org.opendossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;

/**
 * The benchmark harness runs end to end on a tiny corpus and reports every number it promises. Speed is
 * what the benchmark itself is for; this test never asserts a rate or a latency target.
 */
class BenchmarkTest {
    private static final int DOCS = 300;

    @TempDir
    Path tmp;

    @Test
    void tinyRunReportsAllThreeImportPathsAndSearchLatency() throws Exception {
        List<String> progress = new ArrayList<>();
        Benchmark.Options options = new Benchmark.Options(DOCS, 7, tmp, false, 2, 50, 2);

        BenchReport report = new Benchmark(EmbeddedCaseOpener.withDefaults(), options, progress::add).run();

        assertThat(List.of(report.ours(), report.lucene(), report.fts5(), report.originals()))
                .allSatisfy(row -> {
                    assertThat(row.docs()).isEqualTo(DOCS);
                    assertThat(row.bytes()).isBetween(DOCS * 2_000L, DOCS * 4_000L);
                    assertThat(row.docsPerSecond()).isPositive();
                    assertThat(row.megabytesPerSecond()).isPositive();
                    assertThat(row.runs()).as("--runs 2 times each path twice").hasSize(2);
                    assertThat(row.range()).matches("\\d+\\.\\d{2}-\\d+\\.\\d{2}");
                    assertThat(row.median().cpuSeconds())
                            .as("the process worked during %s", row.name())
                            .isPositive();
                    assertThat(row.median().jitSeconds()).isNotNegative();
                });
        assertThat(report.ourUsage().threads())
                .extracting(CpuMeter.ThreadGroup::name)
                .as("our import's own threads, grouped by pool")
                .contains("od-indexer", "od-import", "main")
                .doesNotHaveDuplicates();
        assertThat(report.sources()).isEqualTo(DOCS);
        assertThat(report.indexed()).isEqualTo(DOCS);

        assertThat(report.queries()).hasSameSizeAs(Benchmark.QUERIES).allSatisfy(q -> {
            assertThat(q.error()).as("error of %s", q.query()).isNull();
            assertThat(q.latency().samples()).isEqualTo(2);
            assertThat(q.latency().p99()).isGreaterThanOrEqualTo(q.latency().p50());
        });
        assertThat(hits(report, "*:*")).isEqualTo(DOCS);
        assertThat(hits(report, "said")).as("the commonest content word").isGreaterThan(DOCS / 2);
        assertThat(hits(report, "sanc*")).isPositive();
        assertThat(report.overall().samples()).isEqualTo(2 * Benchmark.QUERIES.size());
        assertThat(report.overall().p99())
                .isGreaterThanOrEqualTo(report.overall().p50());
        assertThat(report.overall().max())
                .isGreaterThanOrEqualTo(report.overall().p99());
        assertThat(report.machine().cores()).isPositive();

        assertThat(report.markdown())
                .contains(
                        "| OpenDossier import | 300 |",
                        "| bare Lucene | 300 |",
                        "| bare SQLite FTS5 | 300 |",
                        "| our originals alone | 300 |")
                .contains("p99 ms", "Import >= 0.7x the bare Lucene rate: **")
                .containsPattern("Search p99 <= 50 ms at 100,000 articles: \\*\\*(PASS|MISS)\\*\\*")
                .contains("| CPU s | JIT s |", "| threads | user s | kernel s |", "| od-indexer |");
        AliasBenchReport aliases = report.aliases();
        assertThat(aliases.aliases()).isEqualTo(10_000);
        assertThat(aliases.docs()).isEqualTo(DOCS);
        assertThat(aliases.bytes()).isBetween(DOCS * 2_000L, DOCS * 4_000L);
        assertThat(aliases.matches())
                .as("names the articles use are among the actors")
                .isGreaterThan(DOCS);
        assertThat(aliases.scans()).isNotEmpty().allSatisfy(scan -> assertThat(aliases.docsPerSecond(scan))
                .isPositive());
        assertThat(report.markdown())
                .contains("### Alias matching: 10,000 names of ")
                .containsPattern("Alias re-scan of 100,000 articles <= 30 s: \\*\\*(PASS|MISS)\\*\\*");
        assertThat(report.asMap())
                .containsKeys("imports", "ourThreads", "search", "queries", "targets", "machine", "aliasMatching");
        assertThat(progress).isNotEmpty();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the working folder is removed without --keep").isEmpty();
        }
    }

    private static long hits(BenchReport report, String query) {
        return report.queries().stream()
                .filter(q -> q.query().equals(query))
                .findFirst()
                .orElseThrow()
                .hits();
    }
}
