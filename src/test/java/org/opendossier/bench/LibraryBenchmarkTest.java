package org.opendossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.testfx.api.FxToolkit;

/**
 * The library benchmark runs end to end on a small case, window included (JavaFX's headless platform, as
 * every UI test here), and reports every step it promises. It asserts no timing: speed is what the
 * benchmark itself is for.
 */
class LibraryBenchmarkTest {
    private static final int SOURCES = 400;

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        // TestFX owns the toolkit in this JVM; the benchmark joins it instead of starting its own.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void smallRunTimesTheQueryTheViewModelAndTheWindow() throws Exception {
        List<String> progress = new ArrayList<>();
        LibraryBenchmark.Options options = new LibraryBenchmark.Options(SOURCES, 3, tmp, false, 2, null);

        LibraryReport report = new LibraryBenchmark(EmbeddedCaseOpener.withDefaults(), options, progress::add).run();

        assertThat(report.sources()).isEqualTo(SOURCES);
        assertThat(report.written().outlets()).as("a long tail of outlets").isGreaterThan(40);
        assertThat(report.written().textBytes()).isBetween(SOURCES * 2_000L, SOURCES * 4_000L);
        assertThat(report.written().actors()).as("a thousand-odd actors").isGreaterThan(500);
        assertThat(report.written().mentions()).as("a few actors a source").isBetween(SOURCES * 2L, SOURCES * 12L);
        assertThat(report.steps())
                .extracting(LibraryReport.Step::name)
                .contains(
                        "SourceService.list()",
                        "SourceService.mentionedActors()",
                        "view model: list(), actors, rows, facet counts",
                        "view model: tick an actor",
                        "open: query, rows, facets, table laid out",
                        "sort by title (alternately up and down)",
                        "tick a facet value (table sorted by title)",
                        "tick an actor as well",
                        "tick an actor (table sorted by title)",
                        "clear the filters",
                        "scroll down one page",
                        "jump to a random row");
        assertThat(report.steps()).allSatisfy(s -> {
            assertThat(s.time().samples()).as(s.name()).isPositive();
            assertThat(s.time().max())
                    .as(s.name())
                    .isPositive()
                    .isGreaterThanOrEqualTo(s.time().p50());
        });
        assertThat(report.step("sort by published").stall().samples()).isEqualTo(2);
        assertThat(report.markdown())
                .contains("### Library: 400 sources", "| SourceService.list() | 2 |", "| scroll down one page |");
        assertThat(report.asMap()).containsKeys("sources", "steps", "machine");
        assertThat(progress).isNotEmpty();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the case is removed without --keep").isEmpty();
        }
    }
}
