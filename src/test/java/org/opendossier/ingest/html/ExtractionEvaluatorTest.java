package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.FormatExtractor;

class ExtractionEvaluatorTest {

    /** Returns fixed text and metadata so the scores can be computed by hand. */
    private static FormatExtractor returning(String text, String title, String byline) {
        return new FormatExtractor() {
            @Override
            public boolean accepts(String mediaType) {
                return true;
            }

            @Override
            public ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) {
                return new ExtractedDocument(
                        mediaType, text, new DocumentMetadata(title, byline, null, null, null, null), List.of());
            }
        };
    }

    private static void writePage(Path corpus, String name, String expectedHtml, String metadataJson)
            throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(name));
        Files.writeString(dir.resolve("source.html"), "<html><body><p>ignored</p></body></html>");
        Files.writeString(dir.resolve("expected.html"), expectedHtml);
        Files.writeString(dir.resolve("expected-metadata.json"), metadataJson);
    }

    @Test
    void scoresBagOfWordsOverlapAndExactMetadata(@TempDir Path corpus) throws IOException {
        // expected: a a b c (4 tokens); actual: a b b d d d (6 tokens); common: a b = 2.
        writePage(corpus, "page", "<div><p>A a, B</p><p>c.</p></div>", "{\"title\":\"The  Title\",\"byline\":null}");

        ExtractionEvaluator.Report report =
                new ExtractionEvaluator(returning("a b\n\nb d d d", "the title", null)).evaluate(corpus);

        ExtractionEvaluator.PageResult row = report.pages().get(0);
        assertThat(row.precision()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(row.recall()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(row.f1()).isCloseTo(0.4, within(1e-9));
        assertThat(row.titleMatch()).isTrue();
        assertThat(row.bylineMatch()).isTrue();
        assertThat(report.meanF1()).isCloseTo(0.4, within(1e-9));
        assertThat(report.toTable()).contains("page", "0.333", "0.500", "0.400", "MEAN (1)");
    }

    @Test
    void hanTextIsComparedCharacterByCharacter(@TempDir Path corpus) throws IOException {
        writePage(corpus, "zh", "<p>人工智能</p>", "{\"title\":\"t\",\"byline\":\"x\"}");

        ExtractionEvaluator.Report report = new ExtractionEvaluator(returning("人工", "T", "y")).evaluate(corpus);

        assertThat(report.meanPrecision()).isEqualTo(1.0);
        assertThat(report.meanRecall()).isEqualTo(0.5);
        assertThat(report.bylineAccuracy()).isZero();
    }
}
