package org.opendossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.export.timeline.TimelineSvg;
import org.opendossier.model.Actor;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.model.Timeline;
import org.opendossier.model.Timeline.Appearance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The claims timeline built from a real case: imported pages with outlets and dates, claims and evidence. */
class ClaimTimelineTest {
    @TempDir
    Path tmp;

    private CaseSession session;
    private LakeTessinCase lake;

    @BeforeEach
    void createCase() throws Exception {
        session = EmbeddedCaseOpener.withDefaults().create(tmp.resolve("case"));
        lake = LakeTessinCase.build(session, tmp.resolve("inbox"));
    }

    @AfterEach
    void closeCase() throws Exception {
        session.close();
    }

    private Timeline.Row row(Timeline timeline, String claim) {
        long id = lake.claims.get(claim);
        return timeline.rows().stream()
                .filter(r -> r.claimId() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(claim + " is not on the timeline"));
    }

    private static String describe(Appearance a) {
        return a.title() + " " + a.published() + " " + a.stance() + " " + a.role();
    }

    @Test
    void eachSourceAppearsAtItsPublicationDayWithItsRoleInTheStory() throws Exception {
        Timeline timeline = session.timeline().build(TimelineFilter.ALL);

        Timeline.Row waste = row(timeline, "waste");
        assertThat(waste.statement()).isEqualTo(LakeTessinCase.WASTE);
        assertThat(waste.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(waste.eventDate()).isEqualTo(PartialDate.parse("2024-02"));
        // The earliest dated source only mentions the claim: the first appearance is the earliest that backs
        // it. The courier quoted twice, reporting and supporting: two appearances. The letter has no date.
        assertThat(waste.appearances())
                .extracting(ClaimTimelineTest::describe)
                .containsExactly(
                        "A strange smell at the lake 2024-02-27 MENTIONS MENTIONS",
                        "Dead fish line the shore at Lake Tessin 2024-03-04 SUPPORTS FIRST",
                        "Fishermen blame the chemical plant 2024-03-06 REPORTS REPEAT",
                        "Statement on Lake Tessin 2024-03-07 DENIES CONTESTS",
                        "Water samples show solvent traces 2024-04-15 SUPPORTS REPEAT",
                        "Water samples show solvent traces 2024-04-15 REPORTS REPEAT",
                        "Letters: our lake null REPORTS REPEAT");
        assertThat(waste.first().orElseThrow().outlet()).isEqualTo("Tessin Observer");
        assertThat(waste.undated()).extracting(Appearance::title).containsExactly("Letters: our lake");
        assertThat(waste.dated()).hasSize(6);
        assertThat(timeline.appearances()).isEqualTo(7 + 3 + 1 + 2);
    }

    @Test
    void claimsAreOrderedByTheirEventAndThoseWithoutOneByTheirFirstAppearance() throws Exception {
        Timeline timeline = session.timeline().build(TimelineFilter.ALL);

        // granted: event 2023; waste: event 2024-02; fish: event 2024-03-03; permits: no event, first in print
        // on 2024-03-07.
        assertThat(timeline.rows())
                .extracting(Timeline.Row::statement)
                .containsExactly(
                        LakeTessinCase.GRANTED, LakeTessinCase.WASTE, LakeTessinCase.FISH, LakeTessinCase.PERMITS);
        assertThat(row(timeline, "permits").appearances())
                .extracting(a -> a.stance() + " " + a.role())
                .containsExactly("SUPPORTS FIRST", "DISPUTES CONTESTS", "REPORTS REPEAT");
    }

    @Test
    void anActorFiltersToClaimsItAssertsIsTheSubjectOfOrSpeaksIn() throws Exception {
        ClaimTimeline timelines = session.timeline();
        // claimant of "permits", subject of "waste", speaker of a denial in "waste"
        assertThat(timelines.build(new TimelineFilter(lake.harlow, null)).rows())
                .extracting(Timeline.Row::statement)
                .containsExactly(LakeTessinCase.WASTE, LakeTessinCase.PERMITS);
        // only a speaker, in evidence of "waste"; and subject of "granted"
        assertThat(timelines.build(new TimelineFilter(lake.authority, null)).rows())
                .extracting(Timeline.Row::statement)
                .containsExactly(LakeTessinCase.GRANTED, LakeTessinCase.WASTE);
        assertThat(timelines.build(new TimelineFilter(null, "permits")).rows())
                .extracting(Timeline.Row::statement)
                .containsExactly(LakeTessinCase.GRANTED, LakeTessinCase.PERMITS);
        assertThat(timelines.build(new TimelineFilter(lake.harlow, "pollution")).rows())
                .extracting(Timeline.Row::statement)
                .containsExactly(LakeTessinCase.WASTE);
        assertThat(timelines.build(new TimelineFilter(lake.guild, "permits")).rows())
                .isEmpty();
    }

    @Test
    void theChoicesAreTheActorsClaimsNameAndTheirTags() throws Exception {
        long bystander = session.actors()
                .create(org.opendossier.model.ActorKind.PERSON, "Ada Bystander", "")
                .id();

        TimelineChoices choices = session.timeline().choices();

        assertThat(choices.actors())
                .extracting(Actor::name)
                .containsExactly("Fishermen’s Guild", "Harlow Chemicals", "Lake Authority");
        assertThat(choices.actors()).extracting(Actor::id).doesNotContain(bystander);
        assertThat(choices.tags()).containsExactly("permits", "pollution");
    }

    @Test
    void storedPublicationDatesBecomeDaysOrStayPartialAndTheRestIsUndated() {
        assertThat(ClaimTimeline.publishedDate("2024-05-03T23:30:00Z")).isEqualTo(PartialDate.parse("2024-05-03"));
        assertThat(ClaimTimeline.publishedDate("2024-05-03")).isEqualTo(PartialDate.parse("2024-05-03"));
        assertThat(ClaimTimeline.publishedDate("2024-05")).isEqualTo(PartialDate.parse("2024-05"));
        assertThat(ClaimTimeline.publishedDate(" 2024 ")).isEqualTo(PartialDate.parse("2024"));
        assertThat(ClaimTimeline.publishedDate("2024-02-30")).isNull();
        assertThat(ClaimTimeline.publishedDate("last Tuesday")).isNull();
        assertThat(ClaimTimeline.publishedDate("")).isNull();
        assertThat(ClaimTimeline.publishedDate(null)).isNull();
    }

    @Test
    void editsOfClaimsReachTheTimelinesListeners() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        session.timeline().onChange(heard::incrementAndGet);
        long fish = lake.claims.get("fish");
        long source = lake.sources.get("Statement on Lake Tessin");
        String text = session.sources().details(source).orElseThrow().source().text();
        int at = text.indexOf("Harlow Chemicals denies");

        session.claims().addEvidence(fish, source, new TextSpan(at, at + 16), Stance.MENTIONS, null, "");

        assertThat(heard).hasValue(1);
        assertThat(row(session.timeline().build(TimelineFilter.ALL), "fish").appearances())
                .extracting(Appearance::title)
                .contains("Statement on Lake Tessin");
    }

    @Test
    void theSvgExportIsWrittenWholeWithOneLanePerClaimShown() throws Exception {
        Path target = tmp.resolve("out/timeline.svg");
        Timeline pollution = session.timeline().build(new TimelineFilter(null, "pollution"));

        session.timeline().exportSvg(pollution, target);

        Document svg = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(target.toFile());
        List<Element> lanes = TimelineSvg.elements(svg, "g", "lane");
        assertThat(lanes)
                .extracting(e -> e.getAttribute("data-claim"))
                .containsExactly(
                        lake.claims.get("waste").toString(),
                        lake.claims.get("fish").toString());
        assertThat(TimelineSvg.elements(svg, "g", "appearance")).hasSize(7 + 2);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
