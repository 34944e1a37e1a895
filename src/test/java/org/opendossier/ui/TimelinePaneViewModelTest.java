package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.export.timeline.TimelineSvg;
import org.opendossier.model.Actor;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.model.Timeline;
import org.opendossier.model.TimelineFigure;
import org.opendossier.service.CaseSession;
import org.opendossier.service.LakeTessinCase;
import org.opendossier.service.SampleCase;
import org.opendossier.service.SettingsStore;
import org.opendossier.ui.task.CurrentThreadTaskExecutor;
import org.opendossier.ui.timeline.TimelineViewModel;

/**
 * The timeline pane without a window, on a real case with claims: loading, filtering, following edits of
 * claims, opening a source, the words it shows, and both exports.
 */
class TimelinePaneViewModelTest {
    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private WorkbenchViewModel model;
    private CaseSession session;
    private LakeTessinCase lake;

    @BeforeEach
    void openCase() throws Exception {
        model = new WorkbenchViewModel(
                EmbeddedCaseOpener.withDefaults(),
                new SettingsStore(home.resolve("config/settings.json")),
                new SampleCase(home.resolve("data/Sample case"), home.resolve("data/Sample articles")),
                tasks,
                dialogs,
                path -> {});
        dialogs.folders.add(home.resolve("Lake Tessin"));
        model.newCase();
        session = model.sessionProperty().get();
        assertThat(session).isNotNull();
        lake = LakeTessinCase.build(session, home.resolve("inbox"));
    }

    @AfterEach
    void closeCase() {
        model.shutdown(() -> {});
        assertThat(dialogs.errors).isEmpty();
        assertThat(tasks.unhandledFailures()).isEmpty();
    }

    private TimelineViewModel timeline() {
        return model.timeline();
    }

    private List<String> statements() {
        return timeline().timelineProperty().get().rows().stream()
                .map(Timeline.Row::statement)
                .toList();
    }

    private Actor actor(long id) {
        return timeline().actors().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void openingThePaneShowsEveryClaimAndWhatToFilterBy() {
        timeline().reload();

        assertThat(statements())
                .containsExactly(
                        LakeTessinCase.GRANTED, LakeTessinCase.WASTE, LakeTessinCase.FISH, LakeTessinCase.PERMITS);
        assertThat(timeline().actors())
                .extracting(Actor::name)
                .containsExactly("Fishermen’s Guild", "Harlow Chemicals", "Lake Authority");
        assertThat(timeline().tags()).containsExactly("permits", "pollution");
        assertThat(timeline().statusProperty().get()).isEqualTo("4 claims, 13 appearances, 1 undated");
        TimelineFigure figure = timeline().figure(1000).orElseThrow();
        assertThat(figure.lanes()).hasSize(4);
        assertThat(figure.width()).isEqualTo(1000);
    }

    @Test
    void filtersNarrowTheClaimsAndSurviveAReload() {
        timeline().reload();

        timeline().actorProperty().set(actor(lake.harlow));
        assertThat(statements()).containsExactly(LakeTessinCase.WASTE, LakeTessinCase.PERMITS);
        timeline().tagProperty().set("pollution");
        assertThat(statements()).containsExactly(LakeTessinCase.WASTE);
        assertThat(timeline().statusProperty().get()).isEqualTo("1 claim, 7 appearances, 1 undated");

        timeline().reload();
        assertThat(timeline().actorProperty().get().id()).isEqualTo(lake.harlow);
        assertThat(timeline().tagProperty().get()).isEqualTo("pollution");
        assertThat(statements()).containsExactly(LakeTessinCase.WASTE);

        timeline().clearFilters();
        assertThat(timeline().actorProperty().get()).isNull();
        assertThat(timeline().tagProperty().get()).isNull();
        assertThat(statements()).hasSize(4);
    }

    @Test
    void aNewQuoteShowsAtOnceOnceThePaneHasBeenOpened() throws Exception {
        long fish = lake.claims.get("fish");
        long statement = lake.sources.get("Statement on Lake Tessin");
        String text =
                session.sources().details(statement).orElseThrow().source().text();
        int at = text.indexOf("Harlow Chemicals denies");

        session.claims().addEvidence(fish, statement, new TextSpan(at, at + 16), Stance.MENTIONS, null, "");
        assertThat(timeline().timelineProperty().get()).isEqualTo(Timeline.EMPTY); // not read before it is shown

        timeline().reload();
        int before = timeline().timelineProperty().get().appearances();
        long permits = lake.claims.get("permits");
        int denies = text.indexOf("denies");
        session.claims().addEvidence(permits, statement, new TextSpan(denies, denies + 6), Stance.MENTIONS, null, "");

        assertThat(timeline().timelineProperty().get().appearances()).isEqualTo(before + 1);
        session.claims().undo();
        assertThat(timeline().timelineProperty().get().appearances()).isEqualTo(before);
    }

    @Test
    void clickingAnAppearanceOpensItsSourceInTheReader() {
        timeline().reload();
        Timeline.Appearance first =
                timeline().timelineProperty().get().rows().get(1).first().orElseThrow();

        timeline().openSource(first.sourceId());

        assertThat(model.reader().sourceProperty().get().title()).isEqualTo("Dead fish line the shore at Lake Tessin");
    }

    @Test
    void theWordsOfTooltipsAndLanesNameOutletDateStanceAndStatus() {
        timeline().reload();
        Timeline.Row waste = timeline().timelineProperty().get().rows().get(1);

        assertThat(TimelineViewModel.tooltip(waste.first().orElseThrow()))
                .isEqualTo("Tessin Observer · 2024-03-04\nSupports · first appearance\n"
                        + "Dead fish line the shore at Lake Tessin");
        assertThat(TimelineViewModel.tooltip(waste.undated().getFirst()))
                .isEqualTo("Tessin Observer · undated\nReports\nLetters: our lake");
        assertThat(TimelineViewModel.statusLine(waste)).isEqualTo("Disputed · event 2024-02");
        assertThat(TimelineViewModel.statusLine(
                        timeline().timelineProperty().get().rows().getLast()))
                .isEqualTo("Unverified");
        for (TimelineFigure.LegendKind kind : TimelineFigure.LegendKind.values()) {
            assertThat(TimelineViewModel.legendLabel(kind)).doesNotStartWith("!");
        }
    }

    @Test
    void theShownTimelineExportsAsSvgAndPng() throws Exception {
        timeline().reload();
        timeline().tagProperty().set("permits");
        Path svg = home.resolve("exports/permits.svg");
        dialogs.folders.add(svg);

        timeline().exportSvg();

        var document = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(svg.toFile());
        List<String> claims = new ArrayList<>();
        TimelineSvg.elements(document, "g", "lane").forEach(e -> claims.add(e.getAttribute("data-claim")));
        assertThat(claims)
                .containsExactly(
                        lake.claims.get("granted").toString(),
                        lake.claims.get("permits").toString());
        assertThat(timeline().statusProperty().get()).isEqualTo("Saved " + svg);

        Path png = home.resolve("exports/permits.png");
        int[] pixels = {0xFF009E73, 0xFFFFFFFF};
        timeline().writePng(png, 2, 1, pixels);
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFF009E73);
        assertThat(Files.size(png)).isPositive();
    }
}
