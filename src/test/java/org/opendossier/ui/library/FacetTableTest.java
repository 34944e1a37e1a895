package org.opendossier.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendossier.model.SourceActors;
import org.opendossier.model.SourceSummary;

class FacetTableTest {
    private static final long SEED = 20261122L;
    private static final long WAGNER = 11;
    private static final long HEMETI = 12;
    private static final long UN = 13;

    /**
     * The one-pass count agrees with the definition, counted the slow way: for each facet, the values of
     * the sources that pass every other facet's picks, a source passing a facet when it has any picked
     * value; and the rows it shows are those that pass every facet. Random rows (a few actors each, some
     * none, some pairs twice, some of sources that are not rows), random picks, seeded.
     */
    @Test
    void countsEqualTheDefinitionForRandomPicks() {
        Random random = new Random(SEED);
        List<SourceSummary> rows = new ArrayList<>();
        String[] outlets = {"Reuters", "AFP", "Le Monde", null, ""};
        String[] dates = {"2021-03-04", "2021", "2022-11", null, "2023-01-01T10:00:00Z"};
        String[] languages = {"en", "fr", null};
        String[] types = {"text/html", "application/pdf", "text/plain", "message/rfc822"};
        List<long[]> pairs = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (long actor = 1; actor <= 12; actor++) {
            names.put(actor, "Actor " + actor);
        }
        // every third id is skipped, and the ids run sparse after the first thousand
        long id = 0;
        for (int i = 0; i < 2_000; i++) {
            id += i < 1_000 ? 1 + (i % 3 == 0 ? 1 : 0) : 1 + random.nextInt(50);
            rows.add(source(
                    id,
                    outlets[random.nextInt(outlets.length)],
                    dates[random.nextInt(dates.length)],
                    languages[random.nextInt(languages.length)],
                    types[random.nextInt(types.length)]));
            int actors = random.nextInt(5);
            for (int a = 0; a < actors; a++) {
                long actor = 1 + random.nextInt(10); // actors 11 and 12 are mentioned nowhere
                pairs.add(new long[] {id, actor});
                if (random.nextInt(10) == 0) {
                    pairs.add(new long[] {id, actor});
                }
            }
            if (random.nextInt(20) == 0) {
                pairs.add(new long[] {id + 1_000_000, 1}); // a source imported after the rows were read
            }
        }
        java.util.Collections.shuffle(pairs, random);
        FacetTable table = FacetTable.of(rows).withActors(actors(pairs, names));
        Map<Long, Set<String>> actorsOf = new HashMap<>();
        for (long[] p : pairs) {
            actorsOf.computeIfAbsent(p[0], k -> new HashSet<>()).add(FacetTable.actorValue(p[1]));
        }

        for (int round = 0; round < 60; round++) {
            Map<Facet, Set<String>> picked = new EnumMap<>(Facet.class);
            for (Facet f : Facet.values()) {
                Set<String> values = new HashSet<>();
                for (SourceSummary s : rows.subList(0, 40)) {
                    for (String v : valuesOf(f, s, actorsOf)) {
                        if (random.nextInt(f.isMultiValued() ? 30 : 12) == 0) {
                            values.add(v);
                        }
                    }
                }
                if (random.nextInt(3) == 0) {
                    values.add(f.isMultiValued() ? FacetTable.actorValue(12) : "a value no source has");
                }
                picked.put(f, values);
            }

            FacetTable.Tally tally = table.tally(picked);

            assertThat(tally.counts())
                    .as("seed %d, round %d, picks %s", SEED, round, picked)
                    .isEqualTo(slowCounts(rows, picked, actorsOf));
            assertThat(shownIds(rows, table, tally.shown()))
                    .as("seed %d, round %d, picks %s", SEED, round, picked)
                    .isEqualTo(slowShown(rows, picked, actorsOf));
        }
    }

    @Test
    void tickingActorsShowsSourcesThatMentionAnyOfThemAndTheirCountsLeaveTheirOwnPicksOut() {
        List<SourceSummary> rows = List.of(
                source(1, "Reuters", "2023", "en", "text/html"),
                source(2, "Reuters", "2023", "fr", "text/html"),
                source(3, "AFP", "2024", "en", "text/html"),
                source(4, "AFP", "2024", "en", "application/pdf"));
        FacetTable table = FacetTable.of(rows)
                .withActors(actors(
                        List.of(
                                new long[] {1, WAGNER},
                                new long[] {1, HEMETI},
                                new long[] {2, HEMETI},
                                new long[] {4, UN},
                                new long[] {4, UN}),
                        Map.of(WAGNER, "Wagner Group", HEMETI, "Hemeti", UN, "United Nations")));

        FacetTable.Tally nothing = table.tally(Map.of());
        assertThat(nothing.counts().get(Facet.ACTOR))
                .as("source 3 mentions nobody and is in no actor's count; source 4 names the UN twice")
                .isEqualTo(Map.of(actor(WAGNER), 1, actor(HEMETI), 2, actor(UN), 1));
        assertThat(shownIds(rows, table, nothing.shown())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);

        FacetTable.Tally wagnerOrUn = table.tally(Map.of(Facet.ACTOR, Set.of(actor(WAGNER), actor(UN))));
        assertThat(shownIds(rows, table, wagnerOrUn.shown())).containsExactlyInAnyOrder(1L, 4L);
        assertThat(wagnerOrUn.counts().get(Facet.ACTOR))
                .as("the actor facet's own picks do not narrow its counts")
                .isEqualTo(nothing.counts().get(Facet.ACTOR));
        assertThat(wagnerOrUn.counts().get(Facet.OUTLET)).isEqualTo(Map.of("Reuters", 1, "AFP", 1));
        assertThat(wagnerOrUn.counts().get(Facet.TYPE)).isEqualTo(Map.of("html", 1, "pdf", 1));
    }

    @Test
    void anActorPickAndAnotherFacetsPickMustBothHold() {
        List<SourceSummary> rows = List.of(
                source(1, "Reuters", "2023", "en", "text/html"),
                source(2, "Reuters", "2023", "fr", "text/html"),
                source(3, "AFP", "2024", "en", "text/html"),
                source(4, "AFP", "2024", "en", "text/html"));
        FacetTable table = FacetTable.of(rows)
                .withActors(actors(
                        List.of(
                                new long[] {1, HEMETI},
                                new long[] {2, HEMETI},
                                new long[] {2, WAGNER},
                                new long[] {3, HEMETI},
                                new long[] {4, WAGNER}),
                        Map.of(WAGNER, "Wagner Group", HEMETI, "Hemeti")));

        FacetTable.Tally tally =
                table.tally(Map.of(Facet.ACTOR, Set.of(actor(HEMETI)), Facet.OUTLET, Set.of("Reuters")));

        assertThat(shownIds(rows, table, tally.shown())).containsExactlyInAnyOrder(1L, 2L);
        assertThat(tally.counts().get(Facet.ACTOR))
                .as("actors of Reuters' sources, whatever actor is picked")
                .isEqualTo(Map.of(actor(HEMETI), 2, actor(WAGNER), 1));
        assertThat(tally.counts().get(Facet.OUTLET))
                .as("outlets of the sources that mention Hemeti, whatever outlet is picked")
                .isEqualTo(Map.of("Reuters", 2, "AFP", 1));
        assertThat(tally.counts().get(Facet.LANGUAGE)).isEqualTo(Map.of("en", 1, "fr", 1));
    }

    @Test
    void aSourceThatMentionsNobodyFailsEveryActorPick() {
        List<SourceSummary> rows = List.of(source(5, "AFP", "2024", "en", "text/html"));
        FacetTable table = FacetTable.of(rows).withActors(actors(List.of(), Map.of(WAGNER, "Wagner Group")));

        FacetTable.Tally tally = table.tally(Map.of(Facet.ACTOR, Set.of(actor(WAGNER))));

        assertThat(tally.shown().isEmpty()).isTrue();
        assertThat(tally.counts().get(Facet.ACTOR)).isEmpty();
        assertThat(tally.counts().get(Facet.OUTLET)).isEmpty();
        assertThat(table.actorName(actor(WAGNER)))
                .as("an actor mentioned nowhere still has its name")
                .isEqualTo("Wagner Group");
        assertThat(table.actorName(actor(UN))).isNull();
    }

    @Test
    void rowsAreFoundByIdWhetherIdsAreDenseOrSparse() {
        FacetTable dense = FacetTable.of(List.of(
                source(3, null, null, null, "text/plain"),
                source(4, null, null, null, "text/plain"),
                source(6, null, null, null, "text/plain")));
        FacetTable sparse = FacetTable.of(List.of(
                source(3, null, null, null, "text/plain"),
                source(4_000, null, null, null, "text/plain"),
                source(9_000_000_000L, null, null, null, "text/plain")));

        assertThat(List.of(dense.rowOf(3), dense.rowOf(4), dense.rowOf(6), dense.rowOf(5), dense.rowOf(7)))
                .containsExactly(0, 1, 2, -1, -1);
        assertThat(List.of(sparse.rowOf(3), sparse.rowOf(4_000), sparse.rowOf(9_000_000_000L), sparse.rowOf(5)))
                .containsExactly(0, 1, 2, -1);
    }

    @Test
    void rowsOutOfIdOrderAreRefused() {
        List<SourceSummary> rows =
                List.of(source(2, null, null, null, "text/plain"), source(1, null, null, null, "text/plain"));

        assertThatThrownBy(() -> FacetTable.of(rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ascending id order");
    }

    @Test
    void anEmptyTableCountsNothing() {
        FacetTable.Tally tally = FacetTable.EMPTY.tally(Map.of());
        assertThat(tally.counts()).hasSize(Facet.values().length).allSatisfy((f, counts) -> assertThat(counts)
                .isEmpty());
        assertThat(tally.shown().isEmpty()).isTrue();
    }

    private static SourceSummary source(long id, String outlet, String published, String language, String type) {
        return new SourceSummary(id, "t" + id, outlet, published, null, type, "0".repeat(64), language, Instant.EPOCH);
    }

    private static SourceActors actors(List<long[]> pairs, Map<Long, String> names) {
        long[] sources = pairs.stream().mapToLong(p -> p[0]).toArray();
        long[] actors = pairs.stream().mapToLong(p -> p[1]).toArray();
        return new SourceActors(sources, actors, names);
    }

    private static String actor(long id) {
        return FacetTable.actorValue(id);
    }

    private static Set<String> valuesOf(Facet f, SourceSummary s, Map<Long, Set<String>> actorsOf) {
        return f.isMultiValued() ? actorsOf.getOrDefault(s.id(), Set.of()) : Set.of(f.valueOf(s));
    }

    private static boolean passes(Facet f, SourceSummary s, Map<Facet, Set<String>> picked, Map<Long, Set<String>> a) {
        Set<String> values = picked.getOrDefault(f, Set.of());
        return values.isEmpty() || valuesOf(f, s, a).stream().anyMatch(values::contains);
    }

    private static Map<Facet, Map<String, Integer>> slowCounts(
            List<SourceSummary> rows, Map<Facet, Set<String>> picked, Map<Long, Set<String>> actorsOf) {
        Map<Facet, Map<String, Integer>> out = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Integer> counts = new HashMap<>();
            for (SourceSummary s : rows) {
                boolean others = true;
                for (Facet other : Facet.values()) {
                    if (other != facet && !passes(other, s, picked, actorsOf)) {
                        others = false;
                    }
                }
                if (others) {
                    valuesOf(facet, s, actorsOf).forEach(v -> counts.merge(v, 1, Integer::sum));
                }
            }
            out.put(facet, counts);
        }
        return out;
    }

    private static Set<Long> slowShown(
            List<SourceSummary> rows, Map<Facet, Set<String>> picked, Map<Long, Set<String>> actorsOf) {
        return rows.stream()
                .filter(s -> java.util.Arrays.stream(Facet.values()).allMatch(f -> passes(f, s, picked, actorsOf)))
                .map(SourceSummary::id)
                .collect(Collectors.toSet());
    }

    private static Set<Long> shownIds(List<SourceSummary> rows, FacetTable table, BitSet shown) {
        return rows.stream()
                .filter(s -> shown.get(table.rowOf(s.id())))
                .map(SourceSummary::id)
                .collect(Collectors.toSet());
    }
}
