package org.opendossier.analysis.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorSuggestion;

/**
 * Measures ranked suggestions against actors a person labelled by hand.
 *
 * <p>The definition, so that figures from different runs mean the same thing: a suggestion <em>hits</em> a
 * gold actor when its name, its key or its abbreviation folds (with {@link ActorSuggester#key}) to the
 * gold actor's name or to one of its aliases. Walking down the ranking, the first suggestion to hit an
 * actor is a true positive; a later one that hits the same actor is a <em>duplicate</em> and counts as a
 * false positive, because it costs the person a click ("accept as alias of"); a suggestion that hits no
 * actor is a false positive. Precision@k is the true positives among the first k suggestions (or all of
 * them, when there are fewer) divided by that number; recall@k is the gold actors hit among the first k
 * divided by all gold actors; recall without k uses every suggestion. Kind accuracy is the share of true
 * positives whose kind is the gold actor's.
 */
public final class SuggestionEvaluator {
    private SuggestionEvaluator() {}

    /** One labelled actor: its kind, its name and the other names a text may use for it. */
    public record GoldActor(ActorKind kind, String name, List<String> aliases) {
        public GoldActor {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
        }

        /** The folded name and aliases. */
        public Set<String> keys() {
            Set<String> out = new LinkedHashSet<>();
            out.add(ActorSuggester.key(name));
            for (String a : aliases) {
                out.add(ActorSuggester.key(a));
            }
            return out;
        }
    }

    /** The actors labelled for one text ({@code outlet} may be {@code null}). */
    public record GoldText(String name, String outlet, List<GoldActor> actors) {
        public GoldText {
            Objects.requireNonNull(name, "name");
            actors = List.copyOf(actors);
        }
    }

    /** Precision and recall at one cut-off. */
    public record AtK(int k, double precision, double recall, int truePositives) {}

    /**
     * The outcome. {@code missed} are gold actors no suggestion hit; {@code falsePositives} are the names
     * of suggestions that hit nothing, best ranked first; {@code duplicates} counts suggestions that hit an
     * actor already hit higher up.
     */
    public record Report(
            int goldActors,
            int suggestions,
            List<AtK> atK,
            double recall,
            int duplicates,
            double kindAccuracy,
            List<String> missed,
            List<String> falsePositives) {
        public Report {
            atK = List.copyOf(atK);
            missed = List.copyOf(missed);
            falsePositives = List.copyOf(falsePositives);
        }

        public AtK at(int k) {
            for (AtK a : atK) {
                if (a.k() == k) {
                    return a;
                }
            }
            throw new IllegalArgumentException("no figures at k=" + k + "; measured at " + atK);
        }

        /** A few lines a person can read in a test log. */
        public String toTable() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "gold actors %d, suggestions %d, duplicates %d%n",
                    goldActors,
                    suggestions,
                    duplicates));
            out.append(String.format(Locale.ROOT, "%6s  %9s  %6s%n", "k", "precision", "recall"));
            for (AtK a : atK) {
                out.append(String.format(Locale.ROOT, "%6d  %9.3f  %6.3f%n", a.k(), a.precision(), a.recall()));
            }
            out.append(String.format(Locale.ROOT, "%6s  %9s  %6.3f%n", "all", "", recall));
            out.append(String.format(Locale.ROOT, "kind accuracy of hits %.3f%n", kindAccuracy));
            out.append("missed: ").append(String.join("; ", missed)).append(System.lineSeparator());
            out.append("false positives: ").append(String.join("; ", falsePositives));
            return out.toString();
        }
    }

    /**
     * Reads labels in this format: a section per text starting with {@code = name} or {@code = name |
     * outlet}, then one actor a line as {@code KIND: name; alias; alias}; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static List<GoldText> parse(String labels) {
        List<GoldText> out = new ArrayList<>();
        String name = null;
        String outlet = null;
        List<GoldActor> actors = new ArrayList<>();
        String[] lines = labels.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=")) {
                if (name != null) {
                    out.add(new GoldText(name, outlet, actors));
                }
                String[] header = line.substring(1).split("\\|", 2);
                name = header[0].strip();
                outlet = header.length > 1 ? header[1].strip() : null;
                actors = new ArrayList<>();
                continue;
            }
            int colon = line.indexOf(':');
            if (name == null || colon < 0) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": expected \"= text name\" or \"KIND: name;" + " alias\", found: " + line);
            }
            ActorKind kind;
            try {
                kind = ActorKind.valueOf(line.substring(0, colon).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unknown kind \""
                        + line.substring(0, colon).strip() + "\"; use one of PERSON, ORGANISATION, PLACE, OTHER");
            }
            List<String> names = new ArrayList<>();
            for (String n : line.substring(colon + 1).split(";")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": no name after the kind");
            }
            actors.add(new GoldActor(kind, names.get(0), names.subList(1, names.size())));
        }
        if (name != null) {
            out.add(new GoldText(name, outlet, actors));
        }
        return out;
    }

    /**
     * One list of actors for a set of texts: actors labelled in several texts, or under names that share
     * a key, become one actor with all their names (the first label's kind and name lead).
     */
    public static List<GoldActor> merge(Collection<GoldText> texts) {
        List<GoldActor> merged = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (GoldText t : texts) {
            for (GoldActor a : t.actors()) {
                Set<String> k = a.keys();
                int found = -1;
                for (int i = 0; i < keys.size(); i++) {
                    if (!Collections.disjoint(keys.get(i), k)) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    merged.add(a);
                    keys.add(new HashSet<>(k));
                } else {
                    GoldActor before = merged.get(found);
                    List<String> aliases = new ArrayList<>(before.aliases());
                    for (String n : concat(a.name(), a.aliases())) {
                        if (!ActorSuggester.key(n).equals(ActorSuggester.key(before.name()))
                                && aliases.stream()
                                        .noneMatch(x -> ActorSuggester.key(x).equals(ActorSuggester.key(n)))) {
                            aliases.add(n);
                        }
                    }
                    merged.set(found, new GoldActor(before.kind(), before.name(), aliases));
                    keys.get(found).addAll(k);
                }
            }
        }
        return merged;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** Scores {@code ranked} (best first) against {@code gold} at each cut-off in {@code ks}. */
    public static Report evaluate(List<ActorSuggestion> ranked, List<GoldActor> gold, int... ks) {
        List<Set<String>> goldKeys = gold.stream().map(GoldActor::keys).toList();
        int[] hitAt = new int[ranked.size()]; // gold index hit as a true positive, or -1
        boolean[] hit = new boolean[gold.size()];
        int duplicates = 0;
        int kindRight = 0;
        int truePositives = 0;
        List<String> falsePositives = new ArrayList<>();
        for (int r = 0; r < ranked.size(); r++) {
            ActorSuggestion s = ranked.get(r);
            int g = match(s, goldKeys);
            hitAt[r] = -1;
            if (g < 0) {
                falsePositives.add(s.name());
            } else if (hit[g]) {
                duplicates++;
            } else {
                hit[g] = true;
                hitAt[r] = g;
                truePositives++;
                kindRight += s.kind() == gold.get(g).kind() ? 1 : 0;
            }
        }
        List<AtK> atK = new ArrayList<>();
        for (int k : ks) {
            int n = Math.min(k, ranked.size());
            int tp = 0;
            for (int r = 0; r < n; r++) {
                tp += hitAt[r] >= 0 ? 1 : 0;
            }
            atK.add(new AtK(k, n == 0 ? 0 : tp / (double) n, gold.isEmpty() ? 0 : tp / (double) gold.size(), tp));
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!hit[g]) {
                missed.add(gold.get(g).name());
            }
        }
        return new Report(
                gold.size(),
                ranked.size(),
                atK,
                gold.isEmpty() ? 0 : truePositives / (double) gold.size(),
                duplicates,
                truePositives == 0 ? 0 : kindRight / (double) truePositives,
                missed,
                falsePositives);
    }

    private static int match(ActorSuggestion s, List<Set<String>> goldKeys) {
        Set<String> mine = new HashSet<>();
        mine.add(s.key());
        mine.add(ActorSuggester.key(s.name()));
        if (s.abbreviation() != null) {
            mine.add(ActorSuggester.key(s.abbreviation()));
        }
        for (int g = 0; g < goldKeys.size(); g++) {
            if (!Collections.disjoint(goldKeys.get(g), mine)) {
                return g;
            }
        }
        return -1;
    }
}
