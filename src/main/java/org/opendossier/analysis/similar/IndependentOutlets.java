package org.opendossier.analysis.similar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many independent outlets stand behind some sources, and which: what a fact-checker reads as "3 outlets,
 * 5 articles" beside a claim (decision record 0014).
 *
 * <p>Two sources count as one outlet when
 *
 * <ul>
 *   <li>they name the same outlet ({@link OutletNames#key}: case, accents, spacing and a leading "the" aside);
 *   <li>or, where a source names no outlet, the host of its address (less "www.") is the same; such a source
 *       joins the outlet named by other sources of that host, when they all name the same one;
 *   <li>or their texts are copies of one story ({@link NearDuplicates#areCopies}): five sites running one wire
 *       report are one voice.
 * </ul>
 *
 * <p>The relation is closed transitively (union-find), so an outlet that carries a wire story joins the other
 * carriers with all its own articles. A source with neither outlet nor address is an outlet of its own. Every
 * pair of texts is compared, which is exact and fast for the sources behind one claim (a thousand sources
 * make half a million comparisons of 128 numbers); for a whole case use {@link NearDuplicates#groups}.
 *
 * @param groups the independent outlets, the one with most articles first (then by name, then by first
 *     source id)
 */
public record IndependentOutlets(List<OutletGroup> groups) {
    public IndependentOutlets {
        groups = List.copyOf(groups);
    }

    /** Groups the sources; a source given more than once (it backs a claim twice) counts once. */
    public static IndependentOutlets of(Collection<SourceOrigin> sources) {
        Map<Long, SourceOrigin> byId = new TreeMap<>();
        for (SourceOrigin s : sources) {
            byId.putIfAbsent(s.sourceId(), s);
        }
        List<SourceOrigin> list = new ArrayList<>(byId.values());
        List<String> keys = originKeys(list);
        UnionFind components = new UnionFind(list.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Integer first = firstWithKey.putIfAbsent(keys.get(i), i);
            if (first != null) {
                components.union(first, i);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (components.find(i) != components.find(j)
                        && NearDuplicates.areCopies(
                                list.get(i).signature(), list.get(j).signature())) {
                    components.union(i, j);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            members.computeIfAbsent(components.find(i), k -> new ArrayList<>()).add(i);
        }
        List<OutletGroup> groups = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            groups.add(group(m, list, keys));
        }
        groups.sort(Comparator.comparingInt(OutletGroup::articles)
                .reversed()
                .thenComparing(OutletGroup::name)
                .thenComparing(g -> g.sourceIds().get(0)));
        return new IndependentOutlets(groups);
    }

    /** How many independent outlets. */
    public int outlets() {
        return groups.size();
    }

    /** How many articles (distinct sources) in all. */
    public int articles() {
        return groups.stream().mapToInt(OutletGroup::articles).sum();
    }

    /**
     * Whether everything comes from copies of one story carried by several outlets: one independent voice
     * that looks like many. The warning a claim's backing deserves when it is true.
     */
    public boolean onlyCopiesOfOneStory() {
        return groups.size() == 1 && groups.get(0).copiesOfOneStory();
    }

    /**
     * Each source's outlet key: its outlet's, else its host's (or the outlet that its host's other sources
     * all name), else one of its own.
     */
    private static List<String> originKeys(List<SourceOrigin> sources) {
        Map<String, Set<String>> outletsOfHost = new HashMap<>();
        for (SourceOrigin s : sources) {
            String outlet = OutletNames.key(s.outlet());
            String host = OutletNames.host(s.url());
            if (outlet != null && host != null) {
                outletsOfHost.computeIfAbsent(host, h -> new HashSet<>()).add(outlet);
            }
        }
        List<String> keys = new ArrayList<>(sources.size());
        for (SourceOrigin s : sources) {
            String outlet = OutletNames.key(s.outlet());
            String host = OutletNames.host(s.url());
            if (outlet != null) {
                keys.add("outlet:" + outlet);
            } else if (host != null) {
                Set<String> named = outletsOfHost.getOrDefault(host, Set.of());
                keys.add(named.size() == 1 ? "outlet:" + named.iterator().next() : "host:" + host);
            } else {
                keys.add("source:" + s.sourceId());
            }
        }
        return keys;
    }

    private static OutletGroup group(List<Integer> members, List<SourceOrigin> sources, List<String> keys) {
        Map<String, Integer> articlesByKey = new HashMap<>();
        Map<String, String> displayByKey = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i : members) {
            SourceOrigin s = sources.get(i);
            String key = keys.get(i);
            ids.add(s.sourceId());
            if (key.startsWith("source:")) {
                continue;
            }
            articlesByKey.merge(key, 1, Integer::sum);
            if (s.outlet() != null && !s.outlet().isBlank()) {
                displayByKey.putIfAbsent(key, OutletNames.display(s.outlet()));
            }
        }
        for (int i : members) {
            String key = keys.get(i);
            if (key.startsWith("host:")) {
                displayByKey.putIfAbsent(key, key.substring("host:".length()));
            }
        }
        List<String> outletKeys = new ArrayList<>(articlesByKey.keySet());
        outletKeys.sort(Comparator.comparing((String k) -> -articlesByKey.get(k))
                .thenComparing(k -> displayByKey.get(k), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder()));
        List<String> outlets = outletKeys.stream().map(displayByKey::get).toList();
        ids.sort(Comparator.naturalOrder());
        return new OutletGroup(String.join(" / ", outlets), outlets, ids, outletKeys.size() > 1);
    }
}
