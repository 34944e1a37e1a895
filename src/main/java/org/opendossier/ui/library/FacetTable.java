package org.opendossier.ui.library;

import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendossier.model.SourceActors;
import org.opendossier.model.SourceSummary;

/**
 * Every source's values in every facet, read once (off the FX thread, with the rows) and kept as small
 * integers, so that counting all facets after a click is one pass of array look-ups over the rows rather
 * than passes that read, cut and hash strings. The same pass says which rows pass every pick, so the
 * library's filter is one look-up per row.
 *
 * <p>A single-valued facet keeps one value id per row. The multi-valued actor facet keeps every row's
 * value ids in one shared array, row {@code r}'s from {@code starts[r]} up to {@code starts[r + 1]}
 * (compressed sparse rows): at 100,000 sources that mention a few actors each, that is two int arrays
 * rather than 100,000 small ones.
 *
 * <p>Rows are sources in ascending id order, as {@code SourceService.list()} gives them. A table is never
 * changed; {@link #withActors} makes a new one.
 */
final class FacetTable {
    private static final Facet[] FACETS = Facet.values();
    private static final int[] SINGLE = ordinals(false);
    private static final int[] MULTI = ordinals(true);

    static final FacetTable EMPTY = of(List.of());

    /** The source id of each row, ascending. */
    private final long[] sourceIds;
    /** {@code rowById[id - firstId]}: the row of that source or -1; null when the ids are too sparse. */
    private final int[] rowById;

    private final long firstId;
    /** {@code keys[facet][id]}: the value with that id. */
    private final String[][] keys;
    /** {@code single[facet][row]}: the id of the row's value; null for a multi-valued facet. */
    private final int[][] single;
    /** {@code starts[facet][row]}: where the row's value ids begin in {@code values[facet]}; multi-valued only. */
    private final int[][] starts;

    private final int[][] values;
    /** The display name of every actor of the case, by value (the actor's id as text). */
    private final Map<String, String> actorNames;

    private FacetTable(
            long[] sourceIds,
            String[][] keys,
            int[][] single,
            int[][] starts,
            int[][] values,
            Map<String, String> actorNames) {
        this.sourceIds = sourceIds;
        this.keys = keys;
        this.single = single;
        this.starts = starts;
        this.values = values;
        this.actorNames = actorNames;
        int rows = sourceIds.length;
        // SQLite hands ids out in order, so a case's ids are nearly dense and a plain array maps them to rows
        // in one step: the filter asks once per row on the FX thread after every click.
        if (rows > 0 && sourceIds[rows - 1] - sourceIds[0] < 4L * rows) {
            firstId = sourceIds[0];
            rowById = new int[(int) (sourceIds[rows - 1] - firstId + 1)];
            Arrays.fill(rowById, -1);
            for (int row = 0; row < rows; row++) {
                rowById[(int) (sourceIds[row] - firstId)] = row;
            }
        } else {
            firstId = 0;
            rowById = null;
        }
    }

    /**
     * The single-valued facets of {@code sources}, which must be in ascending id order; no source has an
     * actor until {@link #withActors}.
     */
    static FacetTable of(List<? extends SourceSummary> sources) {
        int rows = sources.size();
        long[] ids = new long[rows];
        for (int row = 0; row < rows; row++) {
            ids[row] = sources.get(row).id();
            if (row > 0 && ids[row] <= ids[row - 1]) {
                throw new IllegalArgumentException("The library's rows must come in ascending id order, as"
                        + " SourceService.list() gives them; source " + ids[row] + " follows " + ids[row - 1]
                        + ".");
            }
        }
        String[][] keys = new String[FACETS.length][];
        int[][] single = new int[FACETS.length][];
        int[][] starts = new int[FACETS.length][];
        int[][] values = new int[FACETS.length][];
        for (Facet f : FACETS) {
            if (f.isMultiValued()) {
                keys[f.ordinal()] = new String[0];
                starts[f.ordinal()] = new int[rows + 1];
                values[f.ordinal()] = new int[0];
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            int[] column = new int[rows];
            for (int row = 0; row < rows; row++) {
                column[row] = seen.computeIfAbsent(f.valueOf(sources.get(row)), v -> seen.size());
            }
            String[] dictionary = new String[seen.size()];
            seen.forEach((value, id) -> dictionary[id] = value);
            keys[f.ordinal()] = dictionary;
            single[f.ordinal()] = column;
        }
        return new FacetTable(ids, keys, single, starts, values, Map.of());
    }

    /**
     * The same rows with the actors each mentions. Pairs of sources that are not rows (imported after the
     * rows were read) are left out; a pair that comes several times counts once.
     */
    FacetTable withActors(SourceActors actors) {
        int rows = sourceIds.length;
        long[] pairSources = actors.sourceIds();
        long[] pairActors = actors.actorIds();
        long[] distinct = distinct(pairActors);
        int[] rowOfPair = new int[pairSources.length];
        int[] begin = new int[rows + 1];
        for (int p = 0; p < pairSources.length; p++) {
            int row = rowOf(pairSources[p]);
            rowOfPair[p] = row;
            if (row >= 0) {
                begin[row + 1]++;
            }
        }
        for (int row = 0; row < rows; row++) {
            begin[row + 1] += begin[row];
        }
        int[] next = Arrays.copyOf(begin, rows);
        int[] ids = new int[begin[rows]];
        for (int p = 0; p < pairSources.length; p++) {
            int row = rowOfPair[p];
            if (row >= 0) {
                ids[next[row]++] = Arrays.binarySearch(distinct, pairActors[p]);
            }
        }
        int[] rowStarts = new int[rows + 1];
        int kept = 0;
        for (int row = 0; row < rows; row++) {
            Arrays.sort(ids, begin[row], begin[row + 1]);
            rowStarts[row] = kept;
            for (int i = begin[row]; i < begin[row + 1]; i++) {
                if (kept == rowStarts[row] || ids[kept - 1] != ids[i]) {
                    ids[kept++] = ids[i];
                }
            }
        }
        rowStarts[rows] = kept;

        String[] dictionary = new String[distinct.length];
        for (int id = 0; id < distinct.length; id++) {
            dictionary[id] = Long.toString(distinct[id]);
        }
        Map<String, String> names = new HashMap<>();
        actors.names().forEach((id, name) -> names.put(Long.toString(id), name));
        int actor = Facet.ACTOR.ordinal();
        String[][] newKeys = keys.clone();
        int[][] newStarts = starts.clone();
        int[][] newValues = values.clone();
        newKeys[actor] = dictionary;
        newStarts[actor] = rowStarts;
        newValues[actor] = Arrays.copyOf(ids, kept);
        return new FacetTable(sourceIds, newKeys, single, newStarts, newValues, Map.copyOf(names));
    }

    /** The row of source {@code id}, or -1 when it is not one of the rows. */
    int rowOf(long id) {
        if (rowById != null) {
            long at = id - firstId;
            return at >= 0 && at < rowById.length ? rowById[(int) at] : -1;
        }
        int row = Arrays.binarySearch(sourceIds, id);
        return row >= 0 ? row : -1;
    }

    /** The actor facet's value for the actor with id {@code actorId}. */
    static String actorValue(long actorId) {
        return Long.toString(actorId);
    }

    /** The display name of the actor an actor-facet value stands for; null when the case has no such actor. */
    String actorName(String value) {
        return actorNames.get(value);
    }

    /** What a click shows: how many sources each facet value would show, and which rows pass every pick. */
    record Tally(Map<Facet, Map<String, Integer>> counts, BitSet shown) {}

    /**
     * For each facet, how many sources have each value among those that pass every <em>other</em> facet's
     * picks: what ticking that value (too) would show. Values no source has are left out. A source passes a
     * facet's picks when it has any of the picked values (with no picks, every source passes).
     */
    Tally tally(Map<Facet, Set<String>> picked) {
        // pass[f][id]: whether value id passes facet f's picks (no picks: everything passes)
        boolean[][] pass = new boolean[FACETS.length][];
        int[] activeSingle = new int[FACETS.length];
        int[] activeMulti = new int[FACETS.length];
        int singles = 0;
        int multis = 0;
        int[][] counts = new int[FACETS.length][];
        for (Facet f : FACETS) {
            String[] dictionary = keys[f.ordinal()];
            boolean[] p = new boolean[dictionary.length];
            Set<String> chosen = picked.getOrDefault(f, Set.of());
            for (int id = 0; id < dictionary.length; id++) {
                p[id] = chosen.isEmpty() || chosen.contains(dictionary[id]);
            }
            pass[f.ordinal()] = p;
            counts[f.ordinal()] = new int[dictionary.length];
            if (!chosen.isEmpty() && f.isMultiValued()) {
                activeMulti[multis++] = f.ordinal();
            } else if (!chosen.isEmpty()) {
                activeSingle[singles++] = f.ordinal();
            }
        }
        int rows = sourceIds.length;
        BitSet shown = new BitSet(rows);
        for (int row = 0; row < rows; row++) {
            // A row counts for every facet if it passes all picks, and for the one facet it fails if it
            // fails exactly one; failing two, it shows whatever is picked in either.
            int failed = -1;
            boolean twice = false;
            for (int a = 0; a < singles && !twice; a++) {
                int f = activeSingle[a];
                if (!pass[f][single[f][row]]) {
                    twice = failed >= 0;
                    failed = f;
                }
            }
            for (int a = 0; a < multis && !twice; a++) {
                int f = activeMulti[a];
                if (!anyPasses(pass[f], values[f], starts[f][row], starts[f][row + 1])) {
                    twice = failed >= 0;
                    failed = f;
                }
            }
            if (twice) {
                continue;
            }
            if (failed >= 0) {
                countRow(counts, failed, row);
            } else {
                shown.set(row);
                for (int f : SINGLE) {
                    counts[f][single[f][row]]++;
                }
                for (int f : MULTI) {
                    countValues(counts[f], values[f], starts[f][row], starts[f][row + 1]);
                }
            }
        }
        Map<Facet, Map<String, Integer>> out = new EnumMap<>(Facet.class);
        for (Facet f : FACETS) {
            Map<String, Integer> m = new HashMap<>();
            int[] c = counts[f.ordinal()];
            for (int id = 0; id < c.length; id++) {
                if (c[id] > 0) {
                    m.put(keys[f.ordinal()][id], c[id]);
                }
            }
            out.put(f, m);
        }
        return new Tally(out, shown);
    }

    private void countRow(int[][] counts, int f, int row) {
        if (single[f] != null) {
            counts[f][single[f][row]]++;
        } else {
            countValues(counts[f], values[f], starts[f][row], starts[f][row + 1]);
        }
    }

    private static void countValues(int[] counts, int[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            counts[values[i]]++;
        }
    }

    private static boolean anyPasses(boolean[] pass, int[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pass[values[i]]) {
                return true;
            }
        }
        return false;
    }

    private static long[] distinct(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[n - 1] != sorted[i]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private static int[] ordinals(boolean multiValued) {
        return Arrays.stream(Facet.values())
                .filter(f -> f.isMultiValued() == multiValued)
                .mapToInt(Facet::ordinal)
                .toArray();
    }
}
