package org.opendossier.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendossier.analysis.text.Segments;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.EdgeKind;
import org.opendossier.model.ActorGraph.Unit;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.ReviewState;
import org.opendossier.model.TextSpan;

class CoOccurrenceTest {
    private static final long AMAL = 1;
    private static final long PORT = 2;
    private static final long OSTREL = 3;
    private static final long BORIS = 4;
    private static final List<Actor> ACTORS = List.of(
            actor(AMAL, ActorKind.PERSON, "Amal Haddad"),
            actor(PORT, ActorKind.ORGANISATION, "Ostrel Port Authority"),
            actor(OSTREL, ActorKind.PLACE, "Ostrel"),
            actor(BORIS, ActorKind.PERSON, "Boris Lutz"));

    private long nextMentionId = 1;

    private static Actor actor(long id, ActorKind kind, String name) {
        return new Actor(id, kind, name, "", null, null, List.of());
    }

    /** Mentions of each name at every place it occurs in the text. */
    private List<Mention> mentions(long sourceId, String text, Map<String, Long> names, ReviewState review) {
        List<Mention> out = new ArrayList<>();
        names.forEach((name, actorId) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                out.add(new Mention(
                        nextMentionId++,
                        sourceId,
                        actorId,
                        new TextSpan(at, at + name.length()),
                        name,
                        MentionOrigin.MATCHED,
                        review));
            }
        });
        return out;
    }

    private List<Mention> mentions(long sourceId, String text) {
        return mentions(
                sourceId,
                text,
                Map.of("Amal", AMAL, "Port Authority", PORT, "Ostrel", OSTREL, "Boris", BORIS),
                ReviewState.UNREVIEWED);
    }

    private static Map<String, Integer> coWeights(ActorGraph g) {
        Map<String, Integer> out = new HashMap<>();
        for (Edge e : g.edges()) {
            if (e.kind() == EdgeKind.CO_OCCURRENCE) {
                out.put(e.fromActorId() + "-" + e.toActorId(), e.weight());
            }
        }
        return out;
    }

    @Test
    void sentenceCountsOnlyTheSameSentenceAndParagraphTheSameParagraph() {
        String text = "Dr. Amal spoke to the Port Authority on Monday. Ostrel was quiet.\n\nBoris was not there.";
        CoOccurrence co = new CoOccurrence();
        co.add(10, text, mentions(10, text));

        assertThat(coWeights(co.build(ACTORS, List.of(), Unit.SENTENCE))).isEqualTo(Map.of("1-2", 1));
        assertThat(coWeights(co.build(ACTORS, List.of(), Unit.PARAGRAPH)))
                .isEqualTo(Map.of("1-2", 1, "1-3", 1, "2-3", 1));
    }

    @Test
    void aPairWeighsTheNumberOfSourcesNotTheNumberOfTimes() {
        CoOccurrence co = new CoOccurrence();
        String often = "Amal and Boris. Amal and Boris again. Boris, then Amal. Amal with Boris.";
        co.add(1, often, mentions(1, often));
        String once = "Boris met Amal.";
        co.add(2, once, mentions(2, once));
        co.add(3, once, mentions(3, once));
        String apart = "Boris left. Amal stayed.";
        co.add(4, apart, mentions(4, apart));

        ActorGraph g = co.build(ACTORS, List.of(), Unit.SENTENCE);

        assertThat(coWeights(g)).isEqualTo(Map.of("1-4", 3));
        assertThat(g.node(AMAL).orElseThrow().sources()).isEqualTo(4);
        assertThat(g.node(BORIS).orElseThrow().sources()).isEqualTo(4);
        assertThat(g.node(PORT).orElseThrow().sources()).isZero();
        assertThat(co.sources()).isEqualTo(4);
        assertThat(coWeights(co.build(ACTORS, List.of(), Unit.SENTENCE, 3))).isEqualTo(Map.of("1-4", 3));
        assertThat(coWeights(co.build(ACTORS, List.of(), Unit.SENTENCE, 4))).isEmpty();
        assertThat(coWeights(co.build(ACTORS, List.of(), Unit.PARAGRAPH, 4))).isEqualTo(Map.of("1-4", 4));
    }

    @Test
    void rejectedMentionsCountForNothing() {
        String text = "Amal met Boris in Ostrel.";
        List<Mention> all =
                new ArrayList<>(mentions(1, text, Map.of("Amal", AMAL, "Ostrel", OSTREL), ReviewState.CONFIRMED));
        all.addAll(mentions(1, text, Map.of("Boris", BORIS), ReviewState.REJECTED));
        CoOccurrence co = new CoOccurrence();
        co.add(1, text, all);

        ActorGraph g = co.build(ACTORS, List.of(), Unit.SENTENCE);

        assertThat(coWeights(g)).isEqualTo(Map.of("1-3", 1));
        assertThat(g.node(BORIS).orElseThrow().sources()).isZero();
    }

    @Test
    void relationshipsBecomeDirectedEdgesBesideCoOccurrence() {
        String text = "Amal leads the Port Authority.";
        CoOccurrence co = new CoOccurrence();
        co.add(1, text, mentions(1, text));
        List<Relationship> relationships = List.of(
                new Relationship(1, AMAL, RelationshipType.LEADS, PORT, null, null, "", null),
                new Relationship(2, BORIS, RelationshipType.MEMBER_OF, 99, null, null, "actor 99 is gone", null),
                new Relationship(3, PORT, RelationshipType.PART_OF, OSTREL, null, null, "", null),
                new Relationship(4, PORT, RelationshipType.PART_OF, OSTREL, null, null, "recorded twice", null));

        ActorGraph g = co.build(ACTORS, relationships, Unit.SENTENCE);

        assertThat(g.edges())
                .extracting(e ->
                        e.fromActorId() + " " + e.kind() + " " + e.type() + " " + e.toActorId() + " x" + e.weight())
                .containsExactly(
                        "1 RELATIONSHIP LEADS 2 x1", "1 CO_OCCURRENCE null 2 x1", "2 RELATIONSHIP PART_OF 3 x2");
    }

    @Test
    void actorsMissingFromTheListAreLeftOutOfTheNetwork() {
        String text = "Amal, Boris and Ostrel.";
        CoOccurrence co = new CoOccurrence();
        co.add(1, text, mentions(1, text));

        ActorGraph g = co.build(ACTORS.subList(0, 3), List.of(), Unit.SENTENCE);

        assertThat(g.nodes()).hasSize(3);
        assertThat(coWeights(g)).isEqualTo(Map.of("1-3", 1));
    }

    @Test
    void refusesMixedUpSourcesAndSkipsStaleOffsets() {
        String text = "Amal and Boris.";
        CoOccurrence co = new CoOccurrence();
        assertThatThrownBy(() -> co.add(2, text, mentions(1, text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to source 1, not 2");
        co.add(1, text, mentions(1, text));
        assertThatThrownBy(() -> co.add(1, text, List.of())).hasMessageContaining("source 1 was already counted");

        List<Mention> stale = new ArrayList<>(mentions(3, text));
        stale.add(new Mention(
                99, 3, OSTREL, new TextSpan(40, 46), "Ostrel", MentionOrigin.MATCHED, ReviewState.CONFIRMED));
        co.add(3, text, stale);

        assertThat(co.ignoredMentions()).isEqualTo(1);
        assertThat(coWeights(co.build(ACTORS, List.of(), Unit.PARAGRAPH))).isEqualTo(Map.of("1-4", 2));
        assertThatThrownBy(() -> co.add(
                        4,
                        text,
                        List.of(new Mention(
                                1, 4, -1, new TextSpan(0, 1), "A", MentionOrigin.TAGGED, ReviewState.CONFIRMED))))
                .hasMessageContaining("actor id -1");
    }

    /**
     * Random sources checked against the definition computed the slow way: every pair of mentions, and a set of
     * pairs per source. Actor ids run up to 2^32 - 1, where packing two of them in a long uses every bit.
     */
    @Test
    void agreesWithAPairByPairCountOnRandomSources() {
        long seed = 20261122L;
        Random random = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        long[] ids = new long[40];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < 20 ? i : 0xFFFF_FFFFL - i;
            actors.add(actor(ids[i], ActorKind.values()[i % 4], "Actor " + i));
        }
        CoOccurrence co = new CoOccurrence();
        Map<String, Integer> expectedSentence = new HashMap<>();
        Map<String, Integer> expectedParagraph = new HashMap<>();
        for (long source = 1; source <= 300; source++) {
            StringBuilder text = new StringBuilder();
            List<Mention> mentions = new ArrayList<>();
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                int sentences = 1 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    text.append(s == 0 ? "" : " ").append("Then");
                    int names = random.nextInt(4);
                    for (int k = 0; k < names; k++) {
                        long actorId = ids[random.nextInt(ids.length)];
                        text.append(' ');
                        int at = text.length();
                        text.append("Name").append(actorId);
                        mentions.add(new Mention(
                                nextMentionId++,
                                source,
                                actorId,
                                new TextSpan(at, text.length()),
                                "Name" + actorId,
                                MentionOrigin.MATCHED,
                                random.nextInt(10) == 0 ? ReviewState.REJECTED : ReviewState.UNREVIEWED));
                    }
                    text.append(" said so.");
                }
            }
            String body = text.toString();
            Segments segments = Segments.of(body);
            Set<String> sentencePairs = new HashSet<>();
            Set<String> paragraphPairs = new HashSet<>();
            for (Mention a : mentions) {
                for (Mention b : mentions) {
                    if (a.actorId() < b.actorId()
                            && a.review() != ReviewState.REJECTED
                            && b.review() != ReviewState.REJECTED) {
                        String pair = a.actorId() + "-" + b.actorId();
                        if (segments.sentence(a.span().start())
                                == segments.sentence(b.span().start())) {
                            sentencePairs.add(pair);
                        }
                        if (segments.paragraph(a.span().start())
                                == segments.paragraph(b.span().start())) {
                            paragraphPairs.add(pair);
                        }
                    }
                }
            }
            sentencePairs.forEach(pair -> expectedSentence.merge(pair, 1, Integer::sum));
            paragraphPairs.forEach(pair -> expectedParagraph.merge(pair, 1, Integer::sum));
            co.add(source, body, mentions);
        }

        assertThat(coWeights(co.build(actors, List.of(), Unit.SENTENCE)))
                .as("seed %d", seed)
                .isEqualTo(expectedSentence)
                .isNotEmpty();
        assertThat(coWeights(co.build(actors, List.of(), Unit.PARAGRAPH)))
                .as("seed %d", seed)
                .isEqualTo(expectedParagraph)
                .hasSizeGreaterThan(expectedSentence.size());
    }

    /**
     * The scale the network view must handle: 100,000 sources of about 2,000 characters with 30 mentions each,
     * among 2,000 actors whose mentions follow a Zipf-like spread, as names in news do.
     */
    @Test
    void countsManySourcesWithSkewedActors() {
        // Speed at 100,000 sources is the benchmark's business (bench --actors); this checks the counts hold up.
        int sources = 5_000;
        Random random = new Random(7);
        int actorCount = 2_000;
        List<Actor> actors = new ArrayList<>();
        for (int i = 1; i <= actorCount; i++) {
            actors.add(actor(i, ActorKind.values()[i % 4], "Actor " + i));
        }
        String filler = "The committee met again on Tuesday and discussed the report at length. ";
        CoOccurrence co = new CoOccurrence();
        long mentionId = 1;
        int mentionCount = 0;
        for (long source = 1; source <= sources; source++) {
            StringBuilder text = new StringBuilder(2400);
            List<Mention> mentions = new ArrayList<>(30);
            for (int m = 0; m < 30; m++) {
                if (m % 6 == 0 && m > 0) {
                    text.append("\n\n");
                }
                text.append(filler, 0, 20 + random.nextInt(40));
                long actorId = 1 + (long) (actorCount * Math.pow(random.nextDouble(), 3));
                int at = text.length();
                text.append("Actor").append(actorId).append(m % 2 == 0 ? " said. " : " and ");
                mentions.add(new Mention(
                        mentionId++,
                        source,
                        actorId,
                        new TextSpan(at, at + 5),
                        "Actor",
                        MentionOrigin.MATCHED,
                        ReviewState.UNREVIEWED));
            }
            mentionCount += mentions.size();
            String body = text.toString();
            co.add(source, body, mentions);
        }
        ActorGraph sentence = co.build(actors, List.of(), Unit.SENTENCE);
        ActorGraph paragraph = co.build(actors, List.of(), Unit.PARAGRAPH);
        assertThat(co.sources()).isEqualTo(sources);
        assertThat(mentionCount).isEqualTo(sources * 30);
        assertThat(sentence.nodes()).hasSize(actorCount);
        assertThat(paragraph.edges()).hasSizeGreaterThan(sentence.edges().size());
        assertThat(sentence.node(1).orElseThrow().sources()).isGreaterThan(sources / 10);
    }
}
