package org.opendossier.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match and, per facet dimension, how many matches carry each value. Counting ordinals per
 * segment and resolving them to strings once per segment keeps this linear in matches and cheap.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {
    private static final int TOP_VALUES = 25;

    record Result(long total, Map<String, Map<String, Long>> facets, long[] ids) {}

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Result reduce(Collection<Counts> collectors) {
        long total = 0;
        Map<String, Map<String, Long>> merged = new HashMap<>();
        for (Counts c : collectors) {
            total += c.total;
        }
        long[] ids = new long[Math.toIntExact(total)];
        int at = 0;
        for (Counts c : collectors) {
            System.arraycopy(c.ids, 0, ids, at, c.idCount);
            at += c.idCount;
            c.values.forEach((dim, counts) -> counts.forEach((value, n) ->
                    merged.computeIfAbsent(dim, d -> new HashMap<>()).merge(value, n, Long::sum)));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : List.of("outlet", "year", "language", "type")) {
            Map<String, Long> counts = merged.getOrDefault(dim, Map.of());
            List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(
                    Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Long> top = new LinkedHashMap<>();
            entries.stream().limit(TOP_VALUES).forEach(e -> top.put(e.getKey(), e.getValue()));
            facets.put(dim, top);
        }
        return new Result(total, facets, ids);
    }

    static final class Counts implements Collector {
        private long total;
        private long[] ids = new long[256];
        private int idCount;
        private final Map<String, Map<String, Long>> values = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<String> dims = new ArrayList<>(IndexSchema.FACETS.keySet());
            SortedSetDocValues[] docValues = new SortedSetDocValues[dims.size()];
            long[][] ordCounts = new long[dims.size()][];
            for (int i = 0; i < dims.size(); i++) {
                docValues[i] = DocValues.getSortedSet(context.reader(), IndexSchema.FACETS.get(dims.get(i)));
                ordCounts[i] = new long[(int) docValues[i].getValueCount()];
            }
            NumericDocValues idValues = DocValues.getNumeric(context.reader(), IndexSchema.ID_VALUE);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (idValues.advanceExact(doc)) {
                        if (idCount == ids.length) {
                            ids = java.util.Arrays.copyOf(ids, ids.length * 2);
                        }
                        ids[idCount++] = idValues.longValue();
                    }
                    for (int i = 0; i < docValues.length; i++) {
                        if (docValues[i].advanceExact(doc)) {
                            for (int k = 0; k < docValues[i].docValueCount(); k++) {
                                ordCounts[i][(int) docValues[i].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < docValues.length; i++) {
                        Map<String, Long> dim = values.computeIfAbsent(dims.get(i), d -> new HashMap<>());
                        for (int ord = 0; ord < ordCounts[i].length; ord++) {
                            if (ordCounts[i][ord] > 0) {
                                dim.merge(docValues[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
