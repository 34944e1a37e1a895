package org.opendossier.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendossier.model.SourceSummary;

class FacetTableTest {
    private static final long SEED = 20261122L;

    /**
     * The one-pass count agrees with the definition, counted the slow way: for each facet, the values of
     * the sources that pass every other facet's picks. Random rows and random picks, seeded.
     */
    @Test
    void countsEqualTheDefinitionForRandomPicks() {
        Random random = new Random(SEED);
        List<SourceSummary> rows = new ArrayList<>();
        String[] outlets = {"Reuters", "AFP", "Le Monde", null, ""};
        String[] dates = {"2021-03-04", "2021", "2022-11", null, "2023-01-01T10:00:00Z"};
        String[] languages = {"en", "fr", null};
        String[] types = {"text/html", "application/pdf", "text/plain", "message/rfc822"};
        for (int i = 0; i < 2_000; i++) {
            rows.add(new SourceSummary(
                    i,
                    "t" + i,
                    outlets[random.nextInt(outlets.length)],
                    dates[random.nextInt(dates.length)],
                    null,
                    types[random.nextInt(types.length)],
                    "0".repeat(64),
                    languages[random.nextInt(languages.length)],
                    Instant.EPOCH));
        }
        FacetTable table = FacetTable.of(rows);

        for (int round = 0; round < 50; round++) {
            Map<Facet, Set<String>> picked = new EnumMap<>(Facet.class);
            for (Facet f : Facet.values()) {
                Set<String> values = new HashSet<>();
                for (SourceSummary s : rows.subList(0, 40)) {
                    if (random.nextInt(12) == 0) {
                        values.add(f.valueOf(s));
                    }
                }
                if (random.nextInt(3) == 0) {
                    values.add("a value no source has");
                }
                picked.put(f, values);
            }

            assertThat(table.counts(picked))
                    .as("seed %d, round %d, picks %s", SEED, round, picked)
                    .isEqualTo(slowCounts(rows, picked));
        }
    }

    @Test
    void anEmptyTableCountsNothing() {
        assertThat(FacetTable.EMPTY.counts(Map.of()))
                .allSatisfy((f, counts) -> assertThat(counts).isEmpty());
    }

    private static Map<Facet, Map<String, Integer>> slowCounts(
            List<SourceSummary> rows, Map<Facet, Set<String>> picked) {
        Map<Facet, Map<String, Integer>> out = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Integer> counts = new HashMap<>();
            for (SourceSummary s : rows) {
                boolean others = true;
                for (Facet other : Facet.values()) {
                    Set<String> values = picked.get(other);
                    if (other != facet && !values.isEmpty() && !values.contains(other.valueOf(s))) {
                        others = false;
                    }
                }
                if (others) {
                    counts.merge(facet.valueOf(s), 1, Integer::sum);
                }
            }
            out.put(facet, counts);
        }
        return out;
    }
}
