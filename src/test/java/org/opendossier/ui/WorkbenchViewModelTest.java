package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.model.ImportStatus;
import org.opendossier.model.RejectionReason;
import org.opendossier.model.SearchHit;
import org.opendossier.model.Sha256;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;
import org.opendossier.service.SampleCase;
import org.opendossier.service.Settings;
import org.opendossier.service.SettingsStore;
import org.opendossier.testing.Fixtures;
import org.opendossier.ui.library.Facet;
import org.opendossier.ui.library.FacetValue;
import org.opendossier.ui.library.LibraryOrder;
import org.opendossier.ui.library.LibraryViewModel;
import org.opendossier.ui.task.CurrentThreadTaskExecutor;

/**
 * The desktop app's behaviour without a window: the view models on a real case (SQLite, Lucene, real
 * files), with tasks run on the test thread and dialogs answered from a script.
 */
class WorkbenchViewModelTest {
    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final List<Path> opened = new ArrayList<>();
    private WorkbenchViewModel model;

    private WorkbenchViewModel newModel() {
        WorkbenchViewModel m = new WorkbenchViewModel(
                EmbeddedCaseOpener.withDefaults(),
                new SettingsStore(home.resolve("config/settings.json")),
                new SampleCase(home.resolve("data/Sample case"), home.resolve("data/Sample articles")),
                tasks,
                dialogs,
                opened::add);
        model = m;
        return m;
    }

    @AfterEach
    void closeCase() {
        if (model != null) {
            model.shutdown(() -> {});
        }
        assertThat(tasks.unhandledFailures()).isEmpty();
    }

    @Test
    void theSampleCaseOpensInOneStepWithEveryDocumentInTheLibrary() {
        WorkbenchViewModel m = newModel();
        m.openSample();

        assertThat(dialogs.errors).isEmpty();
        assertThat(m.sessionProperty().get()).isNotNull();
        assertThat(m.library().visibleSources())
                .hasSize(SampleCase.documentNames().size());
        assertThat(m.library().facetValues(Facet.OUTLET))
                .extracting(FacetValue::value)
                .contains("The Harbour Gazette", "Coastline Wire", "Varrow Maritime Holdings");
        assertThat(m.recentCases()).containsExactly(home.resolve("data/Sample case"));
    }

    @Test
    void reopeningTheAppReturnsToTheLastCase() {
        WorkbenchViewModel first = newModel();
        first.openSample();
        first.shutdown(() -> {});

        WorkbenchViewModel second = newModel();
        assertThat(second.sessionProperty().get()).isNull();
        second.start();

        assertThat(second.sessionProperty().get()).isNotNull();
        assertThat(second.sessionProperty().get().folder()).isEqualTo(home.resolve("data/Sample case"));
        assertThat(second.library().visibleSources())
                .hasSize(SampleCase.documentNames().size());
    }

    @Test
    void aFacetFiltersTheLibraryAndTheOtherFacetsCountWhatWouldShow() {
        WorkbenchViewModel m = newModel();
        m.openSample();
        List<SourceSummary> all = List.copyOf(m.library().visibleSources());
        long gazette = all.stream()
                .filter(s -> "The Harbour Gazette".equals(s.outlet()))
                .count();

        m.library().toggle(Facet.OUTLET, "The Harbour Gazette");

        assertThat(m.library().visibleSources()).hasSize((int) gazette).allSatisfy(s -> assertThat(s.outlet())
                .isEqualTo("The Harbour Gazette"));
        assertThat(m.library().facetValues(Facet.TYPE))
                .extracting(FacetValue::count)
                .containsOnly((int) gazette);
        // The outlet facet itself still counts every outlet, so the user can widen the pick.
        assertThat(m.library().facetValues(Facet.OUTLET)).hasSizeGreaterThan(1);
        assertThat(m.library().statusProperty().get()).contains(String.valueOf(all.size()));

        m.library().clearFilters();
        assertThat(m.library().visibleSources()).hasSize(all.size());
    }

    @Test
    void sortingOrdersTheFilteredRowsAndAFilterKeepsTheOrder() {
        WorkbenchViewModel m = newModel();
        m.openSample();
        LibraryViewModel library = m.library();
        Comparator<SourceSummary> byTitleDown = LibraryOrder.byText(SourceSummary::title, true);

        library.sortBy(byTitleDown);
        List<SourceSummary> sorted = List.copyOf(library.visibleSources());
        library.toggle(Facet.OUTLET, "The Harbour Gazette");

        assertThat(sorted)
                .isSortedAccordingTo(byTitleDown)
                .hasSize(SampleCase.documentNames().size());
        assertThat(library.visibleSources())
                .isNotEmpty()
                .containsExactlyElementsOf(sorted.stream()
                        .filter(s -> "The Harbour Gazette".equals(s.outlet()))
                        .toList());

        library.sortBy(null);
        assertThat(library.visibleSources()).isSortedAccordingTo(LibraryOrder.byId());
        library.clearFilters();
        assertThat(library.visibleSources())
                .isSortedAccordingTo(LibraryOrder.byId())
                .hasSameSizeAs(sorted);
    }

    @Test
    void aQueryTheIndexCannotReadIsExplainedAndTheResultsStay() {
        WorkbenchViewModel m = newModel();
        m.openSample();
        m.search().queryProperty().set("Brandt");
        m.search().search();
        List<SearchHit> before = List.copyOf(m.search().results());
        assertThat(before).isNotEmpty();

        m.search().queryProperty().set("title:(Brandt AND");
        m.search().search();

        assertThat(m.search().errorProperty().get()).isNotBlank();
        assertThat(m.search().errorPositionProperty().get()).isGreaterThanOrEqualTo(0);
        assertThat(m.search().results()).containsExactlyElementsOf(before);
        assertThat(dialogs.errors).isEmpty();

        m.search().queryProperty().set("Brandt");
        m.search().search();
        assertThat(m.search().errorProperty().get()).isEmpty();
    }

    @Test
    void openingAResultShowsItInTheReaderWithEveryHitNavigable() throws Exception {
        WorkbenchViewModel m = newModel();
        m.openSample();
        m.search().queryProperty().set("tender");
        m.search().search();
        SearchHit hit = m.search().results().getFirst();

        m.openResult(hit);

        var reader = m.reader();
        assertThat(reader.sourceProperty().get().id()).isEqualTo(hit.id());
        String text = reader.sourceProperty().get().text();
        assertThat(reader.hits()).isNotEmpty();
        for (TextSpan span : reader.hits()) {
            assertThat(text.substring(span.start(), span.end())).isEqualToIgnoringCase("tender");
        }
        assertThat(reader.currentHitProperty().get()).isZero();
        reader.previousHit();
        assertThat(reader.currentHitProperty().get()).isEqualTo(reader.hits().size() - 1);
        reader.nextHit();
        assertThat(reader.currentHitProperty().get()).isZero();
        assertThat(reader.acquisitions()).isNotEmpty();

        reader.openOriginal();
        assertThat(opened).singleElement().satisfies(p -> assertThat(p).isRegularFile());
        assertThat(Sha256.hex(Files.readAllBytes(opened.getFirst())))
                .isEqualTo(reader.sourceProperty().get().sha256());
    }

    @Test
    void anImportReportsEveryFileAndTheReportIsSavedAsCsv() throws Exception {
        WorkbenchViewModel m = newModel();
        dialogs.folders.add(home.resolve("cases/new"));
        m.newCase();
        assertThat(m.sessionProperty().get()).isNotNull();
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<Path> good = Fixtures.allGood(inbox);
        Path empty = Fixtures.empty(inbox);

        m.imports().importPaths(List.of(inbox));

        var report = m.imports().reportProperty().get();
        assertThat(report).isNotNull();
        assertThat(report.outcomes())
                .filteredOn(o -> o.status() == ImportStatus.REJECTED)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.path()).isEqualTo(empty.toString());
                    assertThat(o.reason()).isEqualTo(RejectionReason.EMPTY);
                });
        assertThat(m.imports().countsProperty().get()).contains("1 rejected");
        assertThat(m.library().visibleSources()).hasSize((int) report.count(ImportStatus.IMPORTED));
        assertThat(good).isNotEmpty();

        Path csv = home.resolve("report.csv");
        dialogs.folders.add(csv);
        m.imports().saveReport();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(report.outcomes().size() + 1);
        assertThat(lines.getFirst()).startsWith("path,part,status");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("rejected,", "empty"));
    }

    @Test
    void theThemeChoiceIsRemembered() {
        WorkbenchViewModel m = newModel();
        m.themeProperty().set(Theme.DARK);
        m.shutdown(() -> {});

        assertThat(newModel().themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void aDamagedSettingsFileIsSetAsideAndTheAppStartsWithDefaults() throws Exception {
        Path file = Files.createDirectories(home.resolve("config")).resolve("settings.json");
        Files.writeString(file, "{ this is not json");

        Settings loaded = new SettingsStore(file).load();

        assertThat(loaded).isEqualTo(Settings.DEFAULTS);
        assertThat(home.resolve("config/settings.json.damaged")).exists();
    }

    @Test
    void aCaseThatCannotBeOpenedIsReportedAndTheWelcomeScreenStays() throws Exception {
        WorkbenchViewModel m = newModel();
        Path notACase = Files.createDirectories(home.resolve("just a folder"));

        m.openRecent(notACase);

        assertThat(m.sessionProperty().get()).isNull();
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("not an OpenDossier case");
    }

    @Test
    void importingAFolderWithNothingToImportSaysSoInsteadOfAnEmptyReport() throws Exception {
        WorkbenchViewModel m = newModel();
        dialogs.folders.add(home.resolve("cases/new"));
        m.newCase();
        Path onlyHidden = Files.createDirectories(home.resolve("nothing"));
        Files.writeString(onlyHidden.resolve(".hidden.txt"), "not for import");

        m.imports().importPaths(List.of(onlyHidden));

        assertThat(m.imports().reportProperty().get()).isNull();
        assertThat(dialogs.infos).singleElement().asString().startsWith("Nothing to import");
    }
}
