package org.opendossier.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.FormatExtractor;
import org.opendossier.ingest.ImportException;

/**
 * Measures an extractor against a corpus of saved pages with known answers, laid out as one folder per
 * page holding {@code source.html}, {@code expected.html} (the article as it should be extracted) and
 * optionally {@code expected-metadata.json} (with {@code title} and {@code byline}). Text is compared as
 * bags of lower-case words, which forgives differences in layout and whitespace but not missing or extra
 * content.
 */
public final class ExtractionEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormatExtractor extractor;

    public ExtractionEvaluator(FormatExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** The result for one page; {@code error} is set when the extractor rejected it. */
    public record PageResult(
            String name,
            double precision,
            double recall,
            double f1,
            boolean titleMatch,
            boolean bylineMatch,
            String expectedTitle,
            String actualTitle,
            String expectedByline,
            String actualByline,
            String error) {}

    /** All pages and their means; {@code titleAccuracy} and {@code bylineAccuracy} are shares in [0, 1]. */
    public record Report(
            List<PageResult> pages,
            double meanPrecision,
            double meanRecall,
            double meanF1,
            double titleAccuracy,
            double bylineAccuracy) {
        public Report {
            pages = List.copyOf(pages);
        }

        static Report of(List<PageResult> pages) {
            int n = Math.max(1, pages.size());
            return new Report(
                    pages,
                    pages.stream().mapToDouble(PageResult::precision).sum() / n,
                    pages.stream().mapToDouble(PageResult::recall).sum() / n,
                    pages.stream().mapToDouble(PageResult::f1).sum() / n,
                    pages.stream().filter(PageResult::titleMatch).count() / (double) n,
                    pages.stream().filter(PageResult::bylineMatch).count() / (double) n);
        }

        /** The pages sorted worst F1 first, then the means, as a fixed-width table. */
        public String toTable() {
            int nameWidth = Math.max(
                    4, pages.stream().mapToInt(p -> p.name().length()).max().orElse(4));
            String rowFormat = "%-" + nameWidth + "s  %6s  %6s  %6s  %5s  %6s  %s%n";
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, rowFormat, "page", "P", "R", "F1", "title", "byline", "note"));
            pages.stream()
                    .sorted((a, b) -> Double.compare(a.f1(), b.f1()))
                    .forEach(p -> out.append(String.format(
                            Locale.ROOT,
                            rowFormat,
                            p.name(),
                            fixed(p.precision()),
                            fixed(p.recall()),
                            fixed(p.f1()),
                            p.titleMatch() ? "ok" : "-",
                            p.bylineMatch() ? "ok" : "-",
                            p.error() == null ? "" : p.error())));
            out.append(String.format(
                    Locale.ROOT,
                    rowFormat,
                    "MEAN (" + pages.size() + ")",
                    fixed(meanPrecision),
                    fixed(meanRecall),
                    fixed(meanF1),
                    percent(titleAccuracy),
                    percent(bylineAccuracy),
                    ""));
            return out.toString();
        }

        private static String fixed(double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }

        private static String percent(double d) {
            return String.format(Locale.ROOT, "%.0f%%", d * 100);
        }
    }

    /** Evaluates every sub-folder of {@code corpus} that holds a {@code source.html}, in name order. */
    public Report evaluate(Path corpus) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(corpus)) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve("source.html")))
                    .filter(p -> Files.isRegularFile(p.resolve("expected.html")))
                    .sorted()
                    .toList();
        }
        List<PageResult> results = new ArrayList<>();
        for (Path folder : folders) {
            results.add(evaluatePage(folder));
        }
        return Report.of(results);
    }

    PageResult evaluatePage(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        byte[] source = Files.readAllBytes(folder.resolve("source.html"));
        String expectedText =
                Jsoup.parse(Files.readString(folder.resolve("expected.html"))).text();
        JsonNode expectedMeta = readMetadata(folder.resolve("expected-metadata.json"));
        String expectedTitle = textField(expectedMeta, "title");
        String expectedByline = textField(expectedMeta, "byline");

        String actualText = "";
        DocumentMetadata metadata = DocumentMetadata.EMPTY;
        String error = null;
        try {
            ExtractedDocument doc = extractor.extract(source, "source.html", "text/html");
            actualText = doc.text();
            metadata = doc.metadata();
        } catch (ImportException e) {
            error = e.getMessage();
        }
        List<String> expectedTokens = Tokens.of(expectedText);
        List<String> actualTokens = Tokens.of(actualText);
        int common = Tokens.overlap(Tokens.bag(expectedTokens), Tokens.bag(actualTokens));
        double precision = ratio(common, actualTokens.size(), expectedTokens.isEmpty());
        double recall = ratio(common, expectedTokens.size(), actualTokens.isEmpty());
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PageResult(
                name,
                precision,
                recall,
                f1,
                sameText(expectedTitle, metadata.title()),
                sameText(expectedByline, metadata.byline()),
                expectedTitle,
                metadata.title(),
                expectedByline,
                metadata.byline(),
                error);
    }

    /** An empty side scores 1 only when the other side is empty too. */
    private static double ratio(int common, int total, boolean otherEmpty) {
        if (total == 0) {
            return otherEmpty ? 1 : 0;
        }
        return common / (double) total;
    }

    private static JsonNode readMetadata(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String textField(JsonNode node, String field) {
        if (node == null || node.get(field) == null || node.get(field).isNull()) {
            return null;
        }
        return node.get(field).asText();
    }

    /** Whitespace-normalised and case-insensitive; a missing value matches only a missing or blank one. */
    static boolean sameText(String expected, String actual) {
        return normalize(expected).equals(normalize(actual));
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
