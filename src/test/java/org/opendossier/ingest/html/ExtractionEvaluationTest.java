package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Guards extraction quality on the Readability test-page corpus (external data, found through the
 * {@code opendossier.corpus} system property). The floors sit a little under the measured values
 * (mean F1 0.991, title 87%, byline 75% when set), so a regression fails while noise does not.
 */
class ExtractionEvaluationTest {
    private static final double MIN_MEAN_F1 = 0.98;
    private static final double MIN_TITLE_ACCURACY = 0.83;
    private static final double MIN_BYLINE_ACCURACY = 0.70;

    @Test
    void articleExtractionStaysAboveTheMeasuredFloor() throws IOException {
        String root = System.getProperty("opendossier.corpus");
        assumeTrue(root != null, "system property opendossier.corpus is not set; the page corpus is external data");
        Path corpus = Path.of(root, "readability-pages");
        assumeTrue(
                Files.isDirectory(corpus),
                "page corpus not found at " + corpus + "; it is external data, see the project README");

        ExtractionEvaluator.Report report = new ExtractionEvaluator(new HtmlExtractor()).evaluate(corpus);
        System.out.println(report.toTable());

        assertThat(report.pages()).hasSizeGreaterThan(100);
        assertThat(report.meanF1()).isGreaterThanOrEqualTo(MIN_MEAN_F1);
        assertThat(report.titleAccuracy()).isGreaterThanOrEqualTo(MIN_TITLE_ACCURACY);
        assertThat(report.bylineAccuracy()).isGreaterThanOrEqualTo(MIN_BYLINE_ACCURACY);
    }
}
