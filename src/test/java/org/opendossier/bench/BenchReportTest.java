package org.opendossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    @Test
    void anImportRowReportsItsMedianRunAndRange() {
        BenchReport.ImportRow row = BenchReport.ImportRow.of(List.of(
                new BenchReport.ImportRow("x", 100, 1000, new BenchReport.Run(Duration.ofSeconds(9), 12.5, 1)),
                new BenchReport.ImportRow("x", 100, 1000, new BenchReport.Run(Duration.ofSeconds(3), 4, 1)),
                new BenchReport.ImportRow("x", 100, 1000, new BenchReport.Run(Duration.ofSeconds(5), 7.5, 2))));
        assertThat(row.elapsed()).isEqualTo(Duration.ofSeconds(5));
        assertThat(row.median().cpuSeconds())
                .as("the CPU seconds of the median run")
                .isEqualTo(7.5);
        assertThat(row.docsPerSecond()).isEqualTo(20.0);
        assertThat(row.range()).isEqualTo("3.00-9.00");
        assertThat(new BenchReport.ImportRow("y", 1, 1, new BenchReport.Run(Duration.ofSeconds(1))).range())
                .isEmpty();
    }

    @Test
    void threadsOfAPoolMakeOneGroup() {
        assertThat(CpuMeter.group("od-import-12")).isEqualTo("od-import");
        assertThat(CpuMeter.group("od-indexer-1")).isEqualTo("od-indexer");
        assertThat(CpuMeter.group("Lucene Merge Thread #3")).isEqualTo("Lucene Merge Thread");
        assertThat(CpuMeter.group("main")).isEqualTo("main");
    }
}
