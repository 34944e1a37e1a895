package org.opendossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ImportOutcome;
import org.opendossier.model.ImportStatus;
import org.opendossier.model.SearchHit;
import org.opendossier.model.Sha256;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;
import org.opendossier.service.ActorListing;
import org.opendossier.service.SampleCase;
import org.opendossier.testing.Fixtures;
import org.opendossier.testing.OfferedDrag;
import org.opendossier.ui.WorkbenchViewModel;
import org.opendossier.ui.library.LibraryOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app end to end, as a person uses it, on JavaFX's headless platform: the real window, real
 * case folder, real import, search and reader. Dialog boxes for choosing files are the one thing a robot
 * cannot drive, so imports go through the call the File menu and drag-and-drop make.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopUiTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path home;

    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = Desktop.build(stage, UserFolders.under(home), EmbeddedCaseOpener.withDefaults(), opened::add);
        desktop.start();
    }

    @AfterEach
    void closeCase() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> model().shutdown(closed::countDown));
        assertThat(closed.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        desktop.stopWorkers();
        FxToolkit.cleanupStages();
    }

    private WorkbenchViewModel model() {
        return desktop.workbench().model();
    }

    @Test
    void theWelcomeScreenOpensTheSampleCaseInOneClick(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();

        robot.clickOn("#welcome-sample");

        TableView<?> table = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> table.getItems().size() == SampleCase.documentNames().size());
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(robot.lookup("#library-status").queryAs(Label.class).getText())
                .contains(String.valueOf(SampleCase.documentNames().size()));
    }

    /**
     * Sorting goes through the library's own sort policy (the view model's order), not the table's cell
     * comparators. The headless platform does not report a header click as "still since press", so the
     * test sorts the way the header does: through the table's sort order and the column's sort type.
     */
    @Test
    void sortingByTitleOrdersTheLibraryAndAFacetKeepsTheOrder(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample");
        TableView<SourceSummary> table = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> table.getItems().size() == SampleCase.documentNames().size());
        TableColumn<SourceSummary, ?> title = table.getColumns().getFirst();

        robot.interact(() -> table.getSortOrder().setAll(List.of(title)));
        waitUntil(() -> !model().library().sortingProperty().get());
        assertThat(table.getItems()).isSortedAccordingTo(LibraryOrder.byText(SourceSummary::title, false));
        robot.interact(() -> title.setSortType(TableColumn.SortType.DESCENDING));
        waitUntil(() -> !model().library().sortingProperty().get());
        assertThat(table.getItems()).isSortedAccordingTo(LibraryOrder.byText(SourceSummary::title, true));

        robot.clickOn(robot.lookup("#facet-outlet .check-box").nth(0).queryAs(CheckBox.class));
        waitUntil(() -> table.getItems().size() < SampleCase.documentNames().size());
        assertThat(table.getItems())
                .isNotEmpty()
                .isSortedAccordingTo(LibraryOrder.byText(SourceSummary::title, true))
                .extracting(SourceSummary::outlet)
                .containsOnly(table.getItems().getFirst().outlet());
        assertThat(table.getSortOrder()).containsExactly(title);
    }

    /**
     * Files dropped on the window, as a file manager drops them: a drag-over that shows the overlay, then
     * the drop, on a real dragboard. The drop must be completed before anything can open a dialog (here a
     * second drop while an import runs, which is explained in a dialog): shown from inside the drop handler,
     * that dialog kept the file manager waiting for the drop to finish and left the overlay on screen, as a
     * real drag from PCManFM under Xvfb showed. (The headless platform's robot cannot start a drag between
     * windows, so the events are fired here, on a dragboard that offers files as the system's does.)
     */
    @Test
    void droppedFilesAreImportedAndTheDropFinishesBeforeAnyDialog(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample");
        TableView<SourceSummary> table = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> table.getItems().size() == SampleCase.documentNames().size());
        Path folder = Files.createDirectories(home.resolve("dropped folder"));
        Fixtures.html(folder);
        Path many = home.resolve("many");
        new org.opendossier.bench.SyntheticCorpus(5).write(many, 3_000);

        DragEvent first = drop(robot, table, List.of(folder));
        assertThat(first.isDropCompleted()).isTrue();
        waitUntil(() -> table.getItems().size() == SampleCase.documentNames().size() + 1);
        assertThat(robot.lookup("#drop-overlay").query().isVisible()).isFalse();

        robot.interact(() -> model().imports().importPaths(List.of(many)));
        AtomicBoolean handled = new AtomicBoolean();
        Platform.runLater(() -> {
            dropEvents(table, List.of(folder));
            handled.set(true);
        });
        waitUntil(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage st && "Import in progress".equals(st.getTitle())));
        assertThat(handled)
                .as("the drop handler returned before the dialog opened")
                .isTrue();
        assertThat(robot.lookup("#drop-overlay").query().isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        robot.interact(() -> model().imports().cancel());
        waitUntil(() -> !model().imports().runningProperty().get());
    }

    private static DragEvent drop(FxRobot robot, Node target, List<Path> files) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> dropEvents(target, files)).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A drag-over and a drop of {@code files} on {@code target}, offered for copy or move as a file manager
     * offers them; returns the drop event after handling.
     */
    private static DragEvent dropEvents(Node target, List<Path> files) {
        OfferedDrag drag = new OfferedDrag(
                Map.of(DataFormat.FILES, files.stream().map(Path::toFile).toList()),
                Set.of(TransferMode.COPY, TransferMode.MOVE));
        assertThat(drag.over(target, 10, 10, TransferMode.COPY).isAccepted()).isTrue();
        assertThat(target.getScene().lookup("#drop-overlay").isVisible()).isTrue();
        return drag.drop(target, 10, 10, TransferMode.COPY);
    }

    @Test
    void importSearchAndReadShowTheHitAndTheOriginalsHash(FxRobot robot) throws Exception {
        Path caseFolder = home.resolve("case");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Path article = Fixtures.html(inbox);
        Fixtures.pdf(inbox);
        Fixtures.eml(inbox);
        Path empty = Fixtures.empty(inbox);
        robot.interact(() -> model().openRecent(createCase(caseFolder)));
        waitUntil(() -> model().sessionProperty().get() != null);

        // The call File → Import and a drop on the window both make.
        robot.interact(() -> model().imports().importPaths(List.of(inbox)));
        waitUntil(() -> model().imports().reportProperty().get() != null);

        List<ImportOutcome> outcomes = model().imports().reportProperty().get().outcomes();
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes)
                .filteredOn(o -> o.status() == ImportStatus.REJECTED)
                .singleElement()
                .satisfies(o -> assertThat(o.path()).isEqualTo(empty.toString()));
        // The report opens in a window of its own when the import ends.
        waitUntil(() -> robot.lookup("#import-report-table").tryQuery().isPresent());
        TableView<?> report = robot.lookup("#import-report-table").queryTableView();
        assertThat(report.getItems()).hasSize(4);
        robot.interact(() -> report.getScene().getWindow().hide());
        TableView<?> library = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> library.getItems().size() == 3);

        robot.clickOn("#search-field").write("buses").type(KeyCode.ENTER);
        ListView<SearchHit> results = robot.lookup("#search-result-list").queryListView();
        waitUntil(() -> !results.getItems().isEmpty());
        SearchHit hit = results.getItems().stream()
                .filter(h -> h.title().equals(Fixtures.HTML.title()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> results.getSelectionModel().select(hit));

        Label title = robot.lookup("#reader-title").queryAs(Label.class);
        waitUntil(() ->
                hit.title().equals(title.getText()) && !model().reader().hits().isEmpty());
        StyleClassedTextArea text = robot.lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        TextSpan first = model().reader().hits().getFirst();
        assertThat(text.getText(first.start(), first.end())).isEqualToIgnoringCase("buses");
        assertThat(text.getStyleOfChar(first.start())).contains("hit", "hit-current");
        assertThat(text.getStyleOfChar(first.end())).doesNotContain("hit");
        assertThat(robot.lookup("#reader-hits").queryAs(Label.class).getText()).contains("1");
        assertThat(robot.lookup("#provenance-sha256").queryAs(Label.class).getText())
                .isEqualTo(Sha256.hex(Files.readAllBytes(article)));

        robot.clickOn("#reader-open-original");
        waitUntil(() -> !opened.isEmpty());
        assertThat(Sha256.hex(Files.readAllBytes(opened.getFirst())))
                .isEqualTo(Sha256.hex(Files.readAllBytes(article)));
    }

    @Test
    void aBadQueryIsExplainedUnderTheFieldWithoutADialog(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample");
        waitUntil(() -> model().sessionProperty().get() != null);

        robot.clickOn("#search-field").write("title:(harbour AND").type(KeyCode.ENTER);

        Label error = robot.lookup("#search-error").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#search-error-pointer").queryAs(Label.class).getText())
                .contains("^");
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void taggingWordsInOneSourceMarksThemInAnother(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample");
        TableView<SourceSummary> library = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> library.getItems().size() == SampleCase.documentNames().size());
        SourceSummary statement = library.getItems().stream()
                .filter(s -> s.title().startsWith("Statement on media reports"))
                .findFirst()
                .orElseThrow();
        SourceSummary courier = library.getItems().stream()
                .filter(s -> s.title().startsWith("Harbour council gave Varrow"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> library.getSelectionModel().select(statement));
        StyleClassedTextArea text = robot.lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> model().reader().sourceProperty().get() != null
                && model().reader().sourceProperty().get().id() == statement.id());

        // Select the words as a person does with the mouse, then Ctrl+T.
        int start = text.getText().indexOf("Varrow Maritime");
        assertThat(start).isNotNegative();
        robot.interact(() -> {
            text.requestFocus();
            text.selectRange(start, start + "Varrow Maritime".length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#actor-dialog-query").tryQuery().isPresent());
        assertThat(robot.lookup("#actor-dialog-query").queryTextInputControl().getText())
                .isEqualTo("Varrow Maritime");
        assertThat(robot.lookup("#actor-dialog-new").queryAs(RadioButton.class).isSelected())
                .isTrue();
        ComboBox<?> kind = robot.lookup("#actor-dialog-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(ActorKind.ORGANISATION.ordinal()));
        robot.clickOn("OK");

        waitUntil(() -> text.getStyleOfChar(start + 1).contains("mention"));
        assertThat(text.getStyleOfChar(start + 1)).contains("mention-organisation");
        assertThat(text.getStyleOfChar(start + "Varrow Maritime".length())).doesNotContain("mention");

        // Every other source is matched against the new name; the court reporter's story shows it too.
        robot.interact(() -> library.getSelectionModel().select(courier));
        waitUntil(() -> model().reader().sourceProperty().get().id() == courier.id()
                && !model().reader().mentions().isEmpty());
        int elsewhere = text.getText().indexOf("Varrow Maritime");
        assertThat(text.getStyleOfChar(elsewhere + 1)).contains("mention", "mention-organisation");

        TableView<ActorListing> actors = robot.lookup("#actors-table").queryTableView();
        waitUntil(() ->
                actors.getItems().size() == 1 && actors.getItems().getFirst().sources() > 1);
        assertThat(actors.getItems().getFirst().actor().name()).isEqualTo("Varrow Maritime");

        // The library's actor facet follows the new mentions; ticking the actor shows the sources naming it.
        int naming = actors.getItems().getFirst().sources();
        waitUntil(() -> robot.lookup("#facet-actor .facet-count").tryQuery().isPresent()
                && robot.lookup("#facet-actor .facet-count")
                        .queryAs(Label.class)
                        .getText()
                        .equals(String.valueOf(naming)));
        CheckBox varrow = robot.lookup("#facet-actor .check-box").queryAs(CheckBox.class);
        assertThat(varrow.getText()).isEqualTo("Varrow Maritime");
        robot.interact(varrow::fire);
        waitUntil(() -> library.getItems().size() == naming);
        assertThat(library.getItems()).contains(statement, courier);
    }

    @Test
    void aSelectionBecomesEvidenceForAClaimAndTheMatrixShowsWhoStandsWhere(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample");
        TableView<SourceSummary> library = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> library.getItems().size() == SampleCase.documentNames().size());
        SourceSummary statement = titled(library, "Statement on media reports");
        SourceSummary wire = titled(library, "Heavy metals found in Ostrel");
        StyleClassedTextArea text = robot.lookup("#reader-text").queryAs(StyleClassedTextArea.class);

        // The company's denial starts a new claim.
        String denial = "At no time has Varrow Maritime discharged dredged material into the Ostrel estuary";
        int at = select(robot, library, statement, text, denial);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#evidence-dialog-query").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#evidence-dialog-query")
                .queryTextInputControl()
                .setText("Varrow Maritime dumped dredged harbour sludge in the Ostrel estuary"));
        assertThat(robot.lookup("#evidence-dialog-new")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        ComboBox<org.opendossier.model.Stance> stance =
                robot.lookup("#evidence-dialog-stance").queryAs(ComboBox.class);
        robot.interact(() -> stance.setValue(org.opendossier.model.Stance.DENIES));
        robot.clickOn("OK");

        TableView<org.opendossier.service.ClaimListing> claims =
                robot.lookup("#claims-table").queryTableView();
        waitUntil(() -> claims.getItems().size() == 1);
        waitUntil(() -> text.getStyleOfChar(at + 1).contains("evidence-denies"));
        assertThat(claims.getItems().getFirst().contesting().articles()).isEqualTo(1);
        javafx.scene.control.TabPane tabs = robot.lookup("#workspace-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-claims");

        // The wire story reports it: picked by typing words of the claim.
        String reported = "called on regulators to investigate whether dredged harbour sludge had been dumped";
        int wireAt = select(robot, library, wire, text, reported);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#evidence-dialog-query").tryQuery().isPresent());
        robot.interact(() ->
                robot.lookup("#evidence-dialog-query").queryTextInputControl().setText("sludge in the Ostrel"));
        assertThat(robot.lookup("#evidence-dialog-existing")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        ComboBox<org.opendossier.model.Stance> again =
                robot.lookup("#evidence-dialog-stance").queryAs(ComboBox.class);
        robot.interact(() -> again.setValue(org.opendossier.model.Stance.REPORTS));
        robot.clickOn("OK");
        waitUntil(() -> text.getStyleOfChar(wireAt + 1).contains("evidence-reports"));
        waitUntil(() -> claims.getItems().size() == 1
                && claims.getItems().getFirst().backing().articles() == 1);

        // The matrix: one row, a column for each quoting source, a mark in each cell.
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> "tab-matrix".equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
        TableView<?> matrix = robot.lookup("#matrix-table").queryTableView();
        waitUntil(() -> matrix.getItems().size() == 1 && matrix.getColumns().size() == 3);
        var marks = robot.lookup("#matrix-table .matrix-mark").queryAll().stream()
                .map(n -> ((Label) n).getText() + " " + String.join(" ", n.getStyleClass()))
                .toList();
        assertThat(marks).contains("✖ label matrix-mark stance-denies", "↪ label matrix-mark stance-reports");

        // Undo takes the last quote back; redo brings it again.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !text.getStyleOfChar(wireAt + 1).contains("evidence-reports"));
        waitUntil(() -> matrix.getColumns().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> text.getStyleOfChar(wireAt + 1).contains("evidence-reports"));
    }

    private static SourceSummary titled(TableView<SourceSummary> library, String start) {
        return library.getItems().stream()
                .filter(s -> s.title().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    /** Shows {@code source} in the reader and selects {@code words} in it; returns where they start. */
    private int select(
            FxRobot robot,
            TableView<SourceSummary> library,
            SourceSummary source,
            StyleClassedTextArea text,
            String words)
            throws TimeoutException {
        robot.interact(() -> library.getSelectionModel().select(source));
        waitUntil(() -> model().reader().sourceProperty().get() != null
                && model().reader().sourceProperty().get().id() == source.id());
        int start = text.getText().indexOf(words);
        assertThat(start).as(words).isNotNegative();
        robot.interact(() -> {
            text.requestFocus();
            text.selectRange(start, start + words.length());
        });
        return start;
    }

    /** A new, empty case made outside the UI (its folder chooser cannot be driven headless). */
    private static Path createCase(Path folder) {
        try {
            EmbeddedCaseOpener.withDefaults().create(folder).close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return folder;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        // The condition can turn true halfway through an FX event; let that event finish before asserting.
        WaitForAsyncUtils.waitForFxEvents();
    }
}
