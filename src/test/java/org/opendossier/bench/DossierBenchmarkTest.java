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
 * The dossier benchmark runs end to end on a short dossier and reports every format it exports. It asserts no
 * timing: speed is what the benchmark itself is for.
 */
class DossierBenchmarkTest {
    @TempDir
    Path tmp;

    @Test
    void smallRunExportsEveryFormatAndCountsThePages() throws Exception {
        List<String> progress = new ArrayList<>();
        DossierBenchmark.Options options = new DossierBenchmark.Options(12, 3, 7, tmp, false, 1);

        DossierReport report = new DossierBenchmark(EmbeddedCaseOpener.withDefaults(), options, progress::add).run();

        assertThat(report.claims()).isEqualTo(12);
        assertThat(report.quotes()).isEqualTo(36);
        assertThat(report.pdfPages())
                .as("cover, contents, cards, citations, sources")
                .isGreaterThan(5);
        assertThat(report.exports()).extracting(DossierReport.Export::format).containsExactly("html", "md", "pdf");
        assertThat(report.exports()).allSatisfy(e -> {
            assertThat(e.bytes()).isPositive();
            assertThat(e.later().samples()).isEqualTo(1);
            assertThat(e.cpu().p50()).isPositive();
        });
        assertThat(report.markdown()).contains("| pdf |", "PDF goal");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left)
                    .as("the case and exports are deleted without --keep")
                    .isEmpty();
        }
    }
}
