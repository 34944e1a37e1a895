package org.opendossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;
import org.opendossier.service.CaseSession;
import org.opendossier.service.SampleCase;
import org.opendossier.testing.OfferedDrag;
import org.opendossier.ui.DragData;
import org.opendossier.ui.PngFiles;
import org.opendossier.ui.Snapshots;
import org.opendossier.ui.Theme;
import org.opendossier.ui.WorkbenchViewModel;
import org.opendossier.ui.dossier.OutlineRow;
import org.opendossier.ui.dossier.PaletteItem;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dossier composer in the real window on JavaFX's headless platform: a new dossier, a heading, a claim
 * dragged from the palette onto it, a note typed and saved by itself, Alt+Down, Ctrl+Z from the Edit menu, and
 * the preview's pages. Every step is checked by reading the dossier back from the case.
 */
@ExtendWith(ApplicationExtension.class)
class DossierComposerUiTest {
    private static final long WAIT_SECONDS = 60;
    private static final String DUMPING = "Varrow Maritime dumped dredged sludge in the Ostrel estuary";
    private static final String NOTE = "The wire story was republished almost word for word.";
    private static final String HEADING = "What was dumped, and where";
    private static final DossierBlock.Heading FINDINGS = new DossierBlock.Heading(1, HEADING);

    @TempDir
    Path home;

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = Desktop.build(stage, UserFolders.under(home), EmbeddedCaseOpener.withDefaults(), path -> {});
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

    private CaseSession session() {
        return model().sessionProperty().get();
    }

    private List<DossierBlock> stored() throws Exception {
        Dossier shown = model().dossier().dossierProperty().get();
        return session().dossiers().find(shown.id()).orElseThrow().blocks();
    }

    @Test
    void aDossierIsComposedByDraggingTypingMovingAndUndoingAndThePreviewShowsItsPages(FxRobot robot) throws Exception {
        robot.interact(() -> model().themeProperty().set(Theme.LIGHT));
        robot.clickOn("#welcome-sample");
        TableView<SourceSummary> library = robot.lookup("#library-table").queryTableView();
        waitUntil(() -> library.getItems().size() == SampleCase.documentNames().size());
        long dumping = session().claims().create(Claim.draft(DUMPING)).id();
        session().claims().create(Claim.draft("The harbour council granted the dredging permit without a tender"));
        long varrow = session()
                .actors()
                .create(ActorKind.ORGANISATION, "Varrow Maritime", "")
                .id();
        // The composer gets the width the tabs have; the reader beside it is not needed here.
        SplitPane workspace = robot.lookup("#workspace-split").queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(1.0));
        TabPane tabs = robot.lookup("#workspace-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> "tab-dossier".equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));

        // A new dossier, from the empty pane.
        waitUntil(() -> robot.lookup("#dossier-new-empty").tryQuery().isPresent()
                && robot.lookup("#dossier-new-empty").query().isVisible());
        robot.clickOn("#dossier-new-empty");
        waitUntil(() -> robot.lookup("#text-dialog-field").tryQuery().isPresent());
        robot.clickOn("#text-dialog-field").write("The Ostrel dumping");
        robot.clickOn("OK");
        waitUntil(() -> model().dossier().dossierProperty().get() != null);
        assertThat(model().dossier().dossierProperty().get().title()).isEqualTo("The Ostrel dumping");
        robot.clickOn("#dossier-subtitle").write("What four outlets reported, and what the company denies");
        robot.clickOn("#dossier-author").write("Harbour desk");
        waitUntil(() -> session()
                .dossiers()
                .find(model().dossier().dossierProperty().get().id())
                .orElseThrow()
                .author()
                .equals("Harbour desk"));

        // A heading; then the claim dragged from the palette onto it lands in its section.
        robot.clickOn("#dossier-add-heading");
        waitUntil(() -> stored().equals(List.of(new DossierBlock.Heading(1, "New section"))));
        waitUntil(() -> robot.lookup("#dossier-heading-text").query().isVisible());
        robot.clickOn("#dossier-heading-text")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write(HEADING);
        waitUntil(() -> stored().equals(List.of(FINDINGS)));
        waitUntil(() -> robot.lookup("#palette-claim-" + dumping).tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#outline-row-0").tryQuery().isPresent());
        // The headless platform has no drag-and-drop clipboard, so the drag is the events the outline's row
        // receives during a real one, on a dragboard holding what the palette's row puts on it.
        DragEvent dropped = dropOn(robot, "#outline-row-0", 0.5, DragData.claim(dumping, DUMPING));
        assertThat(dropped.isDropCompleted()).isTrue();
        waitUntil(() -> stored().size() == 2);
        assertThat(stored()).containsExactly(FINDINGS, new DossierBlock.ClaimCard(dumping));
        TreeView<OutlineRow> outline = robot.lookup("#dossier-outline").queryAs(TreeView.class);
        waitUntil(() -> outline.getRoot().getChildren().size() == 1
                && outline.getRoot().getChildren().getFirst().getChildren().size() == 1);

        // A note after the claim, typed: saved by itself after a pause in typing.
        robot.clickOn("#dossier-add-note");
        waitUntil(() -> stored().size() == 3);
        waitUntil(() -> robot.lookup("#dossier-note").query().isVisible());
        robot.clickOn("#dossier-note").write(NOTE);
        waitUntil(() -> stored().get(2).equals(new DossierBlock.Note(NOTE)));

        // Alt+Down moves the claim below the note; Ctrl+Z (the Edit menu, the composer in front) undoes it.
        robot.clickOn("#outline-row-1");
        waitUntil(() -> model().dossier().selectedProperty().get() == 1);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> stored().get(2).equals(new DossierBlock.ClaimCard(dumping)));
        assertThat(model().undoLabelProperty().get()).isEqualTo("move block");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().get(1).equals(new DossierBlock.ClaimCard(dumping)));
        assertThat(stored().get(2)).isEqualTo(new DossierBlock.Note(NOTE));

        // Dragging the claim's row onto the lower edge of the note's puts it after the note.
        long shown = model().dossier().dossierProperty().get().id();
        assertThat(dropOn(robot, "#outline-row-1", 0.5, DragData.block(shown, 1, DUMPING)))
                .as("a row cannot be dropped on itself")
                .isNull();
        dropOn(robot, "#outline-row-2", 0.9, DragData.block(shown, 1, DUMPING));
        waitUntil(() -> stored().get(2).equals(new DossierBlock.ClaimCard(dumping)));
        assertThat(stored().get(1)).isEqualTo(new DossierBlock.Note(NOTE));

        // More for the picture: the actor by a double-click in the palette, a passage from the reader.
        ListView<PaletteItem> palette = robot.lookup("#dossier-palette").queryListView();
        robot.interact(() -> palette.scrollTo(palette.getItems().size() - 1));
        robot.doubleClickOn("#palette-actor-" + varrow);
        waitUntil(() -> stored().contains(new DossierBlock.ActorProfile(varrow)));
        SourceSummary statement = library.getItems().stream()
                .filter(s -> s.title().startsWith("Statement on media reports"))
                .findFirst()
                .orElseThrow();
        String words = "At no time has Varrow Maritime discharged dredged material into the Ostrel estuary";
        robot.interact(() -> model().reader().show(statement.id(), null));
        waitUntil(() -> model().reader().sourceProperty().get() != null
                && model().reader().sourceProperty().get().id() == statement.id());
        int at = model().reader().sourceProperty().get().text().indexOf(words);
        robot.interact(() -> {
            model().reader().selectionProperty().set(new TextSpan(at, at + words.length()));
            model().reader().addSelectionToDossier();
        });
        waitUntil(() -> stored().size() == 5);
        waitUntil(() -> model().dossier().rows().size() == 1 + 5);

        // The preview draws the PDF's pages.
        waitUntil(() -> robot.lookup("#dossier-preview-page-1").tryQuery().isPresent()
                && !model().dossier().previewUpdatingProperty().get()
                && model().dossier().previewProperty().get() != null
                && model().dossier().previewProperty().get().pageCount() >= 3);
        assertThat(robot.lookup("#dossier-preview-updating").query().isVisible())
                .isFalse();

        robot.clickOn("#outline-row-1");
        waitUntil(() -> robot.lookup("#dossier-note").query().isVisible());
        // The picture shows the first page after the cover and the contents.
        ScrollPane pages = robot.lookup(".preview-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double room = pages.getContent().getBoundsInLocal().getHeight()
                    - pages.getViewportBounds().getHeight();
            pages.setVvalue(robot.lookup("#dossier-preview-page-3")
                            .query()
                            .getBoundsInParent()
                            .getMinY()
                    / room);
        });
        Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("dossier-composer.png");
        Snapshots.Pixels pixels = WaitForAsyncUtils.asyncFx(
                        () -> Snapshots.of(robot.lookup("#dossier-composer").query(), 1))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        PngFiles.write(png, pixels.width(), pixels.height(), pixels.argb());
        assertThat(pixels.width()).isGreaterThan(600);
    }

    /**
     * A drop of {@code content} on the row {@code query} finds, {@code height} of the way down it (0.5 the
     * middle: onto a heading; 0.9 its lower edge: after it); {@code null} when the row refuses it.
     */
    private static DragEvent dropOn(FxRobot robot, String query, double height, ClipboardContent content)
            throws Exception {
        javafx.scene.layout.Region row = robot.lookup(query).queryAs(javafx.scene.layout.Region.class);
        OfferedDrag drag = new OfferedDrag(content, Set.of(TransferMode.COPY, TransferMode.MOVE));
        DragEvent drop = WaitForAsyncUtils.asyncFx(
                        () -> drag.dropOn(row, row.getWidth() / 2, row.getHeight() * height, TransferMode.MOVE))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return drop;
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
