package org.opendossier.analysis.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opendossier.model.TextSpan;

class EvidenceFinderTest {
    private static final ClaimText CLAIM = new ClaimText(
            "Helios Maritime dumped 500 tonnes of sludge into the harbour of Port Laverne in March 2022.",
            List.of("Carla Moura", "Helios Maritime"),
            List.of());

    private static final String PARAPHRASE =
            "In March 2022 the company of Carla Moura poured five hundred tonnes of fuel sludge into the harbour, "
                    + "the environment agency concluded.";

    /** A profile of the company: same names and places, different facts. */
    private static final String PROFILE = """
            Helios Maritime runs six vessels from Port Laverne and employs 300 people in the town.

            The harbour of Port Laverne is busy with its barges and with the boats of the fishing cooperative. \
            Carla Moura bought her first barge in 2009 and built Helios Maritime from there.

            Fishermen say the water near the harbour mouth has turned black.
            """;

    private static final String REPORT = "The agency published its findings on Tuesday. " + PARAPHRASE
            + " The company denies it.\n\nThe council meets on Thursday.";

    private static String text(CandidateSource c, EvidenceProposal p) {
        return c.text().substring(p.span().start(), p.span().end());
    }

    private static CandidateSource source(long id, String text) {
        return new CandidateSource(id, text, List.of(), List.of());
    }

    @Test
    void theParaphraseRanksAboveSentencesThatOnlyShareTheTopic() {
        CandidateSource report = source(1, REPORT);
        CandidateSource profile = source(2, PROFILE);

        List<EvidenceProposal> found = EvidenceFinder.find(CLAIM, List.of(profile, report), 10);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).sourceId()).isEqualTo(1);
        assertThat(text(report, found.get(0))).isEqualTo(PARAPHRASE);
        assertThat(found.get(0).shared()).startsWith("five hundred", "Carla Moura", "March 2022");
        assertThat(found.get(0).shared()).contains("tonnes", "sludge").doesNotContain("Moura", "March", "2022");
        // the company profile shares names and places, but none of the facts, and scores clearly lower
        assertThat(found.subList(1, found.size())).isNotEmpty().allSatisfy(other -> assertThat(other.score())
                .isLessThan(found.get(0).score() * 0.8));
    }

    @Test
    void sentencesSharingNothingButOneWordAreNotProposed() {
        CandidateSource weather = source(3, "Rain fell on the harbour all week. Then the sun came out again.");

        assertThat(EvidenceFinder.find(CLAIM, List.of(weather), 10)).isEmpty();
    }

    @Test
    void aPassageAlreadyUsedAsEvidenceIsNotProposedAgain() {
        int start = REPORT.indexOf(PARAPHRASE);
        // evidence quoted from the middle of the sentence still blocks the whole sentence
        CandidateSource report =
                new CandidateSource(1, REPORT, List.of(), List.of(new TextSpan(start + 10, start + 30)));

        List<EvidenceProposal> found = EvidenceFinder.find(CLAIM, List.of(report), 10);

        assertThat(found)
                .noneMatch(p ->
                        p.span().start() < start + 30 && start + 10 < p.span().end());
    }

    @Test
    void aSentenceThatAPageRepeatsIsProposedOnce() {
        String headline = "Helios Maritime dumped 500 tonnes of sludge, agency says";
        CandidateSource page = source(4, headline + "\n\n" + headline + "\n\nThe weather was fine.");

        assertThat(EvidenceFinder.find(CLAIM, List.of(page), 10))
                .singleElement()
                .satisfies(p -> assertThat(text(page, p)).isEqualTo(headline));
    }

    @Test
    void aMentionOfAnActorCountsWhateverNameTheSourceUses() {
        String text = "The shipowner sent 500 tonnes of sludge out with the barge in March 2022. "
                + "Nobody at the harbour noticed.";
        int at = text.indexOf("shipowner");
        CandidateSource withMention = new CandidateSource(
                5, text, List.of(new ActorMention(new TextSpan(at, at + 9), "Carla Moura")), List.of());
        CandidateSource without = source(6, text);

        List<EvidenceProposal> found = EvidenceFinder.find(CLAIM, List.of(without, withMention), 10);

        assertThat(found).extracting(EvidenceProposal::sourceId).startsWith(5L, 6L);
        assertThat(found.get(0).shared()).contains("Carla Moura");
        assertThat(found.get(1).shared()).doesNotContain("Carla Moura");
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    }

    @Test
    void aClaimSpreadOverTwoSentencesIsProposedAsBoth() {
        String text = "Helios Maritime dumped sludge into the harbour of Port Laverne. "
                + "It was 500 tonnes, in March 2022, inspectors say.\n\nOther news follows here.";
        CandidateSource source = source(7, text);

        List<EvidenceProposal> found = EvidenceFinder.find(CLAIM, List.of(source, source(8, PROFILE)), 10);

        assertThat(text(source, found.get(0)))
                .isEqualTo("Helios Maritime dumped sludge into the harbour of Port Laverne. "
                        + "It was 500 tonnes, in March 2022, inspectors say.");
    }

    @Test
    void quotesAlreadyAttachedFindTheirWordingElsewhere() {
        ClaimText withQuote = new ClaimText(
                CLAIM.statement(),
                CLAIM.actorNames(),
                List.of("The chemical fingerprint leaves very little room for doubt"));
        CandidateSource wire = source(9, Stories.WIRE);

        List<EvidenceProposal> found = EvidenceFinder.find(withQuote, List.of(wire), 3);

        assertThat(found).anySatisfy(p -> assertThat(text(wire, p)).contains("chemical fingerprint"));
    }

    @Test
    void equalScoresComeInOrderOfSourceThenPositionWhateverTheInputOrder() {
        List<CandidateSource> sources = new ArrayList<>();
        for (long id : new long[] {42, 7, 19}) {
            sources.add(source(id, REPORT));
        }
        List<EvidenceProposal> expected = EvidenceFinder.find(CLAIM, sources, 10);
        long seed = 99L;
        Collections.shuffle(sources, new Random(seed));

        assertThat(EvidenceFinder.find(CLAIM, sources, 10)).as("seed %d", seed).isEqualTo(expected);
        assertThat(expected.subList(0, 3))
                .extracting(EvidenceProposal::sourceId)
                .containsExactly(7L, 19L, 42L);
        assertThat(expected.get(0).score()).isEqualTo(expected.get(2).score());
    }

    @Test
    void theLimitCutsTheList() {
        List<CandidateSource> sources = List.of(source(1, REPORT), source(2, Stories.WIRE), source(3, PROFILE));

        assertThat(EvidenceFinder.find(CLAIM, sources, 2)).hasSize(2);
        assertThat(EvidenceFinder.find(CLAIM, sources, 0)).isEmpty();
        assertThatThrownBy(() -> EvidenceFinder.find(CLAIM, sources, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceGivenTwiceIsRefused() {
        assertThatThrownBy(() -> EvidenceFinder.find(CLAIM, List.of(source(1, REPORT), source(1, PROFILE)), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Source 1 was given twice");
    }
}
