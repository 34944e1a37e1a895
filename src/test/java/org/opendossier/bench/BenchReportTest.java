package org.opendossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    @Test
    void anImportRowReportsItsMedianRunAndRange() {
        BenchReport.ImportRow row = BenchReport.ImportRow.of(List.of(
                new BenchReport.ImportRow("x", 100, 1000, Duration.ofSeconds(9)),
                new BenchReport.ImportRow("x", 100, 1000, Duration.ofSeconds(3)),
                new BenchReport.ImportRow("x", 100, 1000, Duration.ofSeconds(5))));
        assertThat(row.elapsed()).isEqualTo(Duration.ofSeconds(5));
        assertThat(row.docsPerSecond()).isEqualTo(20.0);
        assertThat(row.range()).isEqualTo("3.00-9.00");
        assertThat(new BenchReport.ImportRow("y", 1, 1, Duration.ofSeconds(1)).range())
                .isEmpty();
    }
}
