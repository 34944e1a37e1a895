package org.opendossier.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.model.Stance;
import org.opendossier.model.Timeline;
import org.opendossier.service.CaseSession;
import org.opendossier.service.LakeTessinCase;
import org.opendossier.ui.ScriptedDialogs;
import org.opendossier.ui.Workbench;
import org.opendossier.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline pane in a window on JavaFX's headless platform: what it draws, and what a click does. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    @TempDir
    static Path tmp;

    private static CaseSession session;
    private static LakeTessinCase lake;

    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TimelineViewModel model;

    @BeforeAll
    static void createCase() throws Exception {
        session = EmbeddedCaseOpener.withDefaults().create(tmp.resolve("case"));
        lake = LakeTessinCase.build(session, tmp.resolve("inbox"));
    }

    @AfterAll
    static void closeCase() throws Exception {
        session.close();
    }

    @Start
    void start(Stage stage) {
        model = new TimelineViewModel(new CurrentThreadTaskExecutor(), dialogs);
        model.setCase(session.timeline());
        model.setOnOpenSource(opened::add);
        Scene scene = new Scene(new TimelineView(model), 960, 640);
        scene.getStylesheets().add(Workbench.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        model.reload();
    }

    private static List<Node> all(FxRobot robot, String query) {
        return List.copyOf(robot.lookup(query).queryAll());
    }

    @Test
    void eachClaimGetsALaneAndEachAppearanceAMarkerTheFirstOnesRinged(FxRobot robot) {
        assertThat(all(robot, ".timeline-appearance")).hasSize(13);
        assertThat(all(robot, ".timeline-appearance.role-first")).hasSize(4);
        assertThat(all(robot, ".timeline-first")).hasSize(4 + 1); // and the legend's
        assertThat(all(robot, ".timeline-statement"))
                .extracting(n -> ((Text) n).getText())
                .contains("Thousands of fish died at Lake Tessin");
        assertThat(all(robot, ".timeline-status"))
                .extracting(n -> ((Text) n).getText())
                .containsExactly(
                        "Unverified · event 2023",
                        "Disputed · event 2024-02",
                        "Corroborated · event 2024-03-03",
                        "Unverified");
        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#timeline-status").queryLabeled().getText())
                .isEqualTo("4 claims, 13 appearances, 1 undated");
    }

    @Test
    void clickingADenialOpensTheSourceThatDenies(FxRobot robot) {
        Timeline.Row waste = model.timelineProperty().get().rows().get(1);
        long denial = waste.appearances().stream()
                .filter(a -> a.stance() == Stance.DENIES)
                .findFirst()
                .orElseThrow()
                .sourceId();

        robot.clickOn("#timeline-marker-" + waste.claimId() + "-" + denial + "-denies");

        assertThat(opened).containsExactly(denial);
        assertThat(denial).isEqualTo(lake.sources.get("Statement on Lake Tessin"));
    }

    @Test
    void filtersRedrawTheFigureAndNothingLeftShowsTheEmptyState(FxRobot robot) {
        robot.interact(() -> model.tagProperty().set("permits"));
        assertThat(all(robot, ".timeline-appearance")).hasSize(1 + 3);

        robot.interact(() -> model.actorProperty()
                .set(model.actors().stream()
                        .filter(a -> a.id() == lake.guild)
                        .findFirst()
                        .orElseThrow()));
        assertThat(all(robot, ".timeline-appearance")).isEmpty();
        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isTrue();

        robot.clickOn("#timeline-clear");
        assertThat(all(robot, ".timeline-appearance")).hasSize(13);
    }
}
