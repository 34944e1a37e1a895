package org.opendossier.analysis.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorSuggestion;
import org.opendossier.model.Passage;
import org.opendossier.model.TextSpan;

/**
 * Proposes actors from the texts of a case. Feed it every source once with {@link #add}, then ask for
 * {@link #suggestions}: names ranked by how many outlets and sources use them (a name in three outlets
 * beats one repeated ten times on one page), by clues that they are actors (a title, a role, an acronym
 * the text defines), and marked down when they are only ever capitalised because a sentence starts with
 * them. Variants of one name come back as one suggestion: a surname alone joins the full name used in
 * the same source ("Goïta" and "Colonel Assimi Goïta"), an acronym its definition, a nickname the name it
 * was written inside, "Wagner" joins "Wagner Group". Names already known or rejected (by their folded
 * {@link #key}) are never suggested, nor any suggestion one of whose variants is.
 *
 * <p>Memory grows with the number of distinct names, not with the text; each text is read once, in time
 * linear in its length, and {@link #suggestions} works in time linear in the number of distinct names. Not
 * thread-safe: one thread feeds it, then reads it.
 */
public final class ActorSuggester {
    /** Passages kept per suggestion for a person to judge it in context. */
    static final int EXAMPLES = 3;

    private final Set<String> excluded;
    private final Map<String, Candidate> candidates = new HashMap<>();
    /** Folded word -> number of sources that write it in lower case somewhere. */
    private final Map<String, Integer> lowerCase = new HashMap<>();
    /** Abbreviation or nickname key -> (long form key -> how many sources define it so). */
    private final Map<String, Map<String, Integer>> links = new HashMap<>();
    /** Suggestion key -> the other ways its texts write it, as of the last {@link #suggestions} call. */
    private Map<String, List<String>> variants = Map.of();

    /**
     * @param knownKeys folded names and aliases of the actors the case already has
     * @param rejectedKeys folded names a person rejected as suggestions
     */
    public ActorSuggester(Collection<String> knownKeys, Collection<String> rejectedKeys) {
        Set<String> all = new HashSet<>();
        for (String k : knownKeys) {
            all.add(key(k));
        }
        for (String k : rejectedKeys) {
            all.add(key(k));
        }
        this.excluded = Set.copyOf(all);
    }

    /**
     * Reads one source's stored clean text.
     *
     * @param outlet the source's outlet, or {@code null} when unknown (the source then counts as an outlet
     *     of its own, so that texts without metadata still count as independent)
     */
    public void add(long sourceId, String outlet, String text) {
        Objects.requireNonNull(text, "text");
        NameFinder.Result found = NameFinder.find(text);
        for (String w : found.lowerWords()) {
            lowerCase.merge(w, 1, Integer::sum);
        }
        String outletKey = outlet == null || outlet.isBlank() ? "\u0000" + sourceId : key(outlet);
        List<NameFinder.Occurrence> names = new ArrayList<>();
        for (NameFinder.Occurrence o : found.occurrences()) {
            if (!found.authors().contains(o.mergeKey)) {
                names.add(o); // an author of the page is not an actor of the story
            }
        }
        Map<String, String> fullNames = fullNamesBySuffix(names);
        Set<String> seen = new HashSet<>();
        for (NameFinder.Occurrence o : names) {
            String target = o.mergeKey;
            String full = fullNames.get(o.mergeKey);
            if (full != null && !full.isEmpty() && attachable(o)) {
                target = full;
            }
            Candidate c = candidates.computeIfAbsent(target, k -> new Candidate(k));
            c.add(o, sourceId, outletKey, !seen.contains(target));
            seen.add(target);
        }
        Set<String> linked = new HashSet<>();
        for (NameFinder.Link l : found.links()) {
            if (linked.add(l.fromKey() + "\u0000" + l.toKey())) {
                links.computeIfAbsent(l.fromKey(), k -> new HashMap<>()).merge(l.toKey(), 1, Integer::sum);
            }
        }
    }

    /**
     * Every shorter form of the people's names in one source ("Goïta", "Hamdan Dagalo") mapped to the
     * full name, or to "" when two full names share it ("Parry" with "Eloise Parry" and "Fiona Parry").
     */
    private static Map<String, String> fullNamesBySuffix(List<NameFinder.Occurrence> names) {
        Map<String, String> out = new HashMap<>();
        for (NameFinder.Occurrence o : names) {
            if (!personLike(o.words, o.acronym) || o.acronymInside) {
                continue;
            }
            for (String shorter : shorterForms(o.words)) {
                String before = out.putIfAbsent(shorter, o.mergeKey);
                if (before != null && !before.equals(o.mergeKey) && !isSuffix(before, o.mergeKey)) {
                    out.put(shorter, "");
                }
            }
        }
        return out;
    }

    /**
     * The ways a person's full name is shortened: its tails ("Goïta", "Hamdan Dagalo"), its first and last
     * word without the middle ("Dmitri Volkov"), and for three words or more the second-to-last word, the
     * father's surname of a Spanish name ("Ibáñez" of "Rodrigo Ibáñez Soto").
     */
    private static List<String> shorterForms(List<String> words) {
        List<String> out = new ArrayList<>();
        int n = words.size();
        for (int i = 1; i < n; i++) {
            if (!Lexicon.CONNECTORS.contains(words.get(i))) {
                out.add(String.join(" ", words.subList(i, n)));
            }
        }
        if (n >= 3) {
            out.add(words.get(0) + " " + words.get(n - 1));
            String penultimate = words.get(n - 2);
            if (!Lexicon.CONNECTORS.contains(penultimate)) {
                out.add(penultimate);
            }
        }
        return out;
    }

    /** "Dmitri Volkov" and "Dmitri Aleksandrovich Volkov" agree on "Volkov". */
    private static boolean isSuffix(String a, String b) {
        return a.endsWith(" " + b) || b.endsWith(" " + a);
    }

    private static boolean personLike(List<String> words, boolean acronym) {
        if (acronym || words.size() < 2 || Lexicon.isKnownPlace(String.join(" ", words))) {
            return false;
        }
        for (String w : words) {
            if (Lexicon.ORGANISATION_WORDS.contains(w) || Lexicon.PLACE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A bare "Lima" in a story about the ship "Santa Rosa de Lima" is still the city. */
    private static boolean attachable(NameFinder.Occurrence o) {
        return !o.acronym && !o.dateline && !(o.place && !o.title) && !Lexicon.isKnownPlace(o.mergeKey);
    }

    /** The best {@code limit} suggestions, best first. */
    public List<ActorSuggestion> suggestions(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Map<String, Candidate> working = withSentenceStartsResolved();
        Clusters clusters = new Clusters(working);
        mergeLinks(working, clusters);
        mergeOrganisationSuffixes(working, clusters);
        mergeCountryPrefixes(working, clusters);
        mergeSurnames(working, clusters);

        List<ActorSuggestion> out = new ArrayList<>();
        Map<String, List<String>> written = new HashMap<>();
        for (List<Candidate> members : clusters.groups()) {
            ActorSuggestion s = suggestion(members);
            if (s != null) {
                out.add(s);
                written.put(s.key(), otherForms(members, s));
            }
        }
        out.sort(Comparator.comparingDouble(ActorSuggestion::score).reversed().thenComparing(ActorSuggestion::key));
        List<ActorSuggestion> shown = out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
        Map<String, List<String>> shownVariants = new HashMap<>();
        for (ActorSuggestion s : shown) {
            shownVariants.put(s.key(), written.get(s.key()));
        }
        variants = Map.copyOf(shownVariants);
        return shown;
    }

    /**
     * The other ways the texts write a suggestion the last {@link #suggestions} call returned, most used
     * first ("Goïta", "Hemedti", "Wagner Group" beside "Wagner"): what a person may keep as aliases when
     * accepting it. Empty for a key that call did not return.
     */
    public List<String> variants(String suggestionKey) {
        return variants.getOrDefault(suggestionKey, List.of());
    }

    private static List<String> otherForms(List<Candidate> members, ActorSuggestion s) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (Candidate m : members) {
            for (Map.Entry<String, Integer> e : m.surfaces.entrySet()) {
                String k = key(e.getKey());
                if (!k.equals(s.key())
                        && !k.isEmpty()
                        && (s.abbreviation() == null || !k.equals(key(s.abbreviation())))) {
                    counts.merge(k, e.getValue(), Integer::sum);
                    display.putIfAbsent(k, e.getKey());
                }
            }
        }
        return display.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k))
                .map(display::get)
                .toList();
    }

    /**
     * A run seen only at sentence starts whose first word is written in lower case elsewhere ("Port
     * workers", "Shares in KGR") loses that word. Runs that name an organisation keep it ("Human Rights
     * Watch" starts sentences and "human rights" is common).
     */
    private Map<String, Candidate> withSentenceStartsResolved() {
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (Candidate c : candidates.values()) {
            boolean onlyAtStarts = c.initialOccurrences == c.occurrences;
            if (onlyAtStarts
                    && c.words.size() >= 2
                    && c.tailKey != null
                    && lowerCase.containsKey(c.words.get(0))
                    && c.words.stream().noneMatch(Lexicon.ORGANISATION_WORDS::contains)) {
                out.computeIfAbsent(c.tailKey, Candidate::new).absorbTail(c);
            } else {
                out.computeIfAbsent(c.mergeKey, Candidate::new).absorb(c);
            }
        }
        return out;
    }

    private void mergeLinks(Map<String, Candidate> working, Clusters clusters) {
        for (Map.Entry<String, Map<String, Integer>> e : links.entrySet()) {
            String to = e.getValue().entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElseThrow();
            if (working.containsKey(e.getKey()) && working.containsKey(to)) {
                clusters.union(e.getKey(), to);
            }
        }
        for (Map.Entry<String, String> e : Lexicon.COMMON_ACRONYMS.entrySet()) {
            String longKey = key(e.getValue());
            Candidate acronym = working.get(e.getKey());
            if (acronym != null && acronym.acronym) {
                working.computeIfAbsent(longKey, k -> {
                    Candidate placeholder = new Candidate(k);
                    placeholder.surfaces.put(e.getValue(), 0);
                    clusters.add(k);
                    return placeholder;
                });
                clusters.union(e.getKey(), longKey);
            }
        }
    }

    /** "Wagner" and "Wagner Group", "Helios Maritime" and "Helios Maritime Ltd". */
    private static void mergeOrganisationSuffixes(Map<String, Candidate> working, Clusters clusters) {
        for (Candidate c : working.values()) {
            int n = c.words.size();
            if (n >= 2 && Lexicon.ORGANISATION_SUFFIXES.contains(c.words.get(n - 1))) {
                int cut = n - 1;
                if (cut >= 2
                        && c.words.get(n - 2).equals("s")
                        && c.words.get(n - 1).equals("a")) {
                    cut = n - 2; // "S.A." folds to "s a"
                }
                String prefix = String.join(" ", c.words.subList(0, cut));
                if (working.containsKey(prefix)) {
                    clusters.union(prefix, c.mergeKey);
                }
            }
        }
    }

    /**
     * "US Treasury" and "Treasury", "UN Security Council" and "Security Council", "PMC Wagner" and
     * "Wagner": an organisation's name with its country or an acronym in front is the same organisation.
     */
    private static void mergeCountryPrefixes(Map<String, Candidate> working, Clusters clusters) {
        for (Candidate c : working.values()) {
            if (c.words.size() < 2
                    || !c.acronymInside && c.words.stream().noneMatch(Lexicon.ORGANISATION_WORDS::contains)) {
                continue;
            }
            for (int cut = 1; cut <= Math.min(3, c.words.size() - 1); cut++) {
                String prefix = String.join(" ", c.words.subList(0, cut));
                if (cut == 1 && c.acronymInside
                        || Lexicon.isKnownPlace(prefix)
                        || Lexicon.COMMON_ACRONYMS.containsKey(prefix)
                        || Lexicon.isDemonym(prefix)) {
                    String rest = String.join(" ", c.words.subList(cut, c.words.size()));
                    if (working.containsKey(rest)
                            && !Lexicon.FURNITURE.contains(rest)
                            && !Lexicon.ORGANISATION_SUFFIXES.contains(rest)) {
                        clusters.union(rest, c.mergeKey);
                    }
                }
            }
        }
    }

    /**
     * A surname seen alone in one source joins the one full name elsewhere that ends with it, when only
     * one does; the same-source case was settled in {@link #add}.
     */
    private static void mergeSurnames(Map<String, Candidate> working, Clusters clusters) {
        Map<String, String> byShortForm = new HashMap<>();
        for (Candidate c : working.values()) {
            if (personLike(c.words, c.acronym) && !c.acronymInside && c.placeCues * 2 < c.occurrences) {
                for (String shorter : shorterForms(c.words)) {
                    String before = byShortForm.putIfAbsent(shorter, c.mergeKey);
                    if (before != null && !before.equals(c.mergeKey)) {
                        byShortForm.put(shorter, "");
                    }
                }
            }
        }
        for (Candidate c : working.values()) {
            if (c.acronym || Lexicon.isKnownPlace(c.mergeKey) || c.words.size() > 2) {
                continue;
            }
            if (c.words.size() == 1 && c.placeCues * 2 >= c.occurrences && c.personCues() == 0) {
                continue;
            }
            if (c.words.size() == 2 && !personLike(c.words, false)) {
                continue;
            }
            String full = byShortForm.get(c.mergeKey);
            if (full != null && !full.isEmpty()) {
                clusters.union(c.mergeKey, full);
            }
        }
    }

    /** One suggestion from the variants of one name, or {@code null} when it should not be shown. */
    private ActorSuggestion suggestion(List<Candidate> members) {
        Set<String> variantKeys = new HashSet<>();
        Candidate total = new Candidate("");
        for (Candidate m : members) {
            variantKeys.add(m.mergeKey);
            for (String s : m.surfaces.keySet()) {
                variantKeys.add(key(s));
            }
            variantKeys.addAll(
                    m.abbreviations.keySet().stream().map(ActorSuggester::key).toList());
            total.absorb(m);
        }
        for (String k : variantKeys) {
            if (excluded.contains(k)) {
                return null;
            }
        }
        if (total.occurrences == 0) {
            return null;
        }
        Candidate main = mainMember(members);
        boolean singleWord = members.stream().allMatch(m -> m.words.size() == 1);
        if (singleWord && members.size() == 1 && isNeverAnActor(main)
                || members.stream().allMatch(m -> Lexicon.isDemonym(m.mergeKey))) {
            return null;
        }
        ActorKind kind = kind(members, total);
        String name = displayName(members, main, kind);
        String abbreviation = abbreviation(members, total, name);

        double score = total.outlets.size()
                + 0.5 * (total.sources.size() - total.outlets.size())
                + 0.3 * Math.log1p(total.occurrences);
        if (!singleWord) {
            score += 0.5;
        }
        if (total.personCues() > 0) {
            score += 0.75;
        }
        if (abbreviation != null) {
            score += 0.75;
        }
        if (kind != ActorKind.OTHER && kind != ActorKind.PERSON) {
            score += 0.3;
        }
        if (total.actorCues > 0) {
            score += 0.25;
        }
        if (singleWord && !main.acronym) {
            String word = main.mergeKey;
            int lower = lowerCase.getOrDefault(word, 0);
            if (total.initialOccurrences == total.occurrences) {
                if (lower > 0) {
                    return null; // "Insurers are", "Campaigners fighting": common words that start sentences
                }
                score *= 0.4;
            } else if (lower > 0) {
                score *= 0.6; // "the Government" beside "the government"
            }
        }
        if (singleWord && main.acronym && total.occurrences == 1 && total.personCues() == 0) {
            score *= 0.5; // an acronym used once, never defined: often a label or a credit
        }
        String key = key(name);
        if (key.isEmpty()) {
            return null;
        }
        return new ActorSuggestion(
                key,
                name,
                kind,
                abbreviation,
                Math.round(score * 1000) / 1000.0,
                total.occurrences,
                total.sources.size(),
                total.outlets.size(),
                total.examples());
    }

    private static boolean isNeverAnActor(Candidate c) {
        String k = c.mergeKey;
        return k.length() < 2
                || Lexicon.isDemonym(k)
                || Lexicon.ORGANISATION_SUFFIXES.contains(k)
                || Lexicon.FURNITURE.contains(k)
                || Lexicon.isMonthOrDay(k)
                || Lexicon.SENTENCE_STARTERS.contains(k)
                || Lexicon.TITLES.contains(k)
                || Lexicon.ROLES.contains(k)
                || k.chars().allMatch(Character::isDigit);
    }

    /** The member most used; acronyms and bare surnames give way to the long form they stand for. */
    private static Candidate mainMember(List<Candidate> members) {
        Candidate best = null;
        for (Candidate m : members) {
            if (best == null || m.occurrences > best.occurrences) {
                best = m;
            }
        }
        Candidate longer = best;
        for (Candidate m : members) {
            boolean usedEnough = m.occurrences * 5 >= best.occurrences || m.abbreviations.size() > 0 || best.acronym;
            if (usedEnough && nameWords(m) > nameWords(longer) && !m.acronym) {
                longer = m;
            }
        }
        return longer;
    }

    private static int nameWords(Candidate c) {
        int n = 0;
        for (String w : c.words) {
            n += Lexicon.CONNECTORS.contains(w) ? 0 : 1;
        }
        return n;
    }

    private static ActorKind kind(List<Candidate> members, Candidate total) {
        boolean organisationWord = false;
        boolean placeWord = false;
        boolean knownPlace = false;
        boolean acronym = false;
        for (Candidate m : members) {
            organisationWord |= m.words.stream().anyMatch(Lexicon.ORGANISATION_WORDS::contains);
            placeWord |= m.words.size() > 1 && m.words.stream().anyMatch(Lexicon.PLACE_WORDS::contains);
            knownPlace |= Lexicon.isKnownPlace(m.mergeKey);
            acronym |= m.acronym || !m.abbreviations.isEmpty();
        }
        if (knownPlace && total.personCues() * 2 < total.occurrences) {
            return ActorKind.PLACE;
        }
        if (organisationWord) {
            return ActorKind.ORGANISATION;
        }
        if (placeWord) {
            return ActorKind.PLACE;
        }
        if (total.personCues() > 0) {
            return ActorKind.PERSON;
        }
        if (acronym) {
            return ActorKind.ORGANISATION;
        }
        if (total.placeCues * 2 >= total.occurrences) {
            return ActorKind.PLACE;
        }
        boolean multiWord = members.stream().anyMatch(m -> nameWords(m) >= 2);
        return multiWord ? ActorKind.PERSON : ActorKind.OTHER;
    }

    private static String displayName(List<Candidate> members, Candidate main, ActorKind kind) {
        Candidate from = main;
        if (kind == ActorKind.PERSON) {
            for (Candidate m : members) {
                if (nameWords(m) > nameWords(from) && !m.acronym) {
                    from = m;
                }
            }
        }
        return from.commonestSurface();
    }

    private static String abbreviation(List<Candidate> members, Candidate total, String name) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : total.abbreviations.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null) {
            for (Candidate m : members) {
                if (m.acronym && !key(m.commonestSurface()).equals(key(name))) {
                    best = m.commonestSurface();
                }
            }
        }
        return best;
    }

    /**
     * The folded form of a name: accents, case, full stops and punctuation removed, a possessive dropped,
     * words separated by single spaces. Two names with the same key are the same name.
     */
    // Not NameFolding.key: candidates group with punctuation and possessives ignored ("U.S."/"US",
    // "al-Burhan"/"al Burhan", "Wagner's"/"Wagner"), which the alias matcher must not do to names it searches.
    static String key(String name) {
        String s = name.strip();
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        if (!isPlainAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT
                    || c == '.') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Union-find over candidate keys: the variants of one name end in one group. */
    private static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Candidate> candidates;

        Clusters(Map<String, Candidate> candidates) {
            this.candidates = candidates;
            for (String k : candidates.keySet()) {
                parent.put(k, k);
            }
        }

        void add(String k) {
            parent.putIfAbsent(k, k);
        }

        String find(String k) {
            String root = k;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            String cur = k;
            while (!cur.equals(root)) {
                String next = parent.get(cur);
                parent.put(cur, root);
                cur = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        Collection<List<Candidate>> groups() {
            Map<String, List<Candidate>> out = new LinkedHashMap<>();
            for (String k : parent.keySet()) {
                out.computeIfAbsent(find(k), r -> new ArrayList<>()).add(candidates.get(k));
            }
            return out.values();
        }
    }

    /** Everything known about one name (one merge key) over all sources read so far. */
    private static final class Candidate {
        final String mergeKey;
        final List<String> words;
        int occurrences;
        int initialOccurrences;
        int titles;
        int roles;
        int placeCues;
        int actorCues;
        boolean acronym;
        boolean acronymInside;
        String tailKey;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<String, Integer> abbreviations = new HashMap<>();
        final Set<Long> sources = new HashSet<>();
        final Set<String> outlets = new HashSet<>();
        /** Example passages: {sourceId, start, end, tailStart}. */
        final List<long[]> examples = new ArrayList<>(EXAMPLES);

        Candidate(String mergeKey) {
            this.mergeKey = mergeKey;
            this.words = mergeKey.isEmpty() ? List.of() : List.of(mergeKey.split(" "));
        }

        int personCues() {
            return titles + roles;
        }

        void add(NameFinder.Occurrence o, long sourceId, String outlet, boolean firstInSource) {
            occurrences++;
            if (o.firstInitial) {
                initialOccurrences++;
            }
            titles += o.title ? 1 : 0;
            roles += o.role ? 1 : 0;
            placeCues += o.place ? 1 : 0;
            actorCues += o.actor ? 1 : 0;
            acronym |= o.acronym && o.mergeKey.equals(mergeKey);
            acronymInside |= o.acronymInside && o.mergeKey.equals(mergeKey);
            if (o.mergeKey.equals(mergeKey) && o.tailKey != null) {
                tailKey = o.tailKey;
            }
            surfaces.merge(o.display, 1, Integer::sum);
            if (o.abbreviation != null) {
                abbreviations.merge(o.abbreviation, 1, Integer::sum);
            }
            sources.add(sourceId);
            outlets.add(outlet);
            long[] example = {sourceId, o.start, o.end, o.tailStart};
            if (examples.size() < EXAMPLES) {
                examples.add(example);
            } else if (firstInSource) {
                // a passage from a new source is worth more than a third one from the same source
                for (int i = examples.size() - 1; i > 0; i--) {
                    long source = examples.get(i)[0];
                    if (examples.stream().filter(e -> e[0] == source).count() > 1) {
                        examples.set(i, example);
                        break;
                    }
                }
            }
        }

        void absorb(Candidate c) {
            occurrences += c.occurrences;
            initialOccurrences += c.initialOccurrences;
            titles += c.titles;
            roles += c.roles;
            placeCues += c.placeCues;
            actorCues += c.actorCues;
            acronym |= c.acronym && c.mergeKey.equals(mergeKey);
            acronymInside |= c.acronymInside && c.mergeKey.equals(mergeKey);
            if (tailKey == null && c.mergeKey.equals(mergeKey)) {
                tailKey = c.tailKey;
            }
            c.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
            c.abbreviations.forEach((s, n) -> abbreviations.merge(s, n, Integer::sum));
            sources.addAll(c.sources);
            outlets.addAll(c.outlets);
            examples.addAll(c.examples);
        }

        /** Takes over a run that lost its sentence-initial first word ("Port Sudan" seen as "Sudan"). */
        void absorbTail(Candidate c) {
            occurrences += c.occurrences;
            titles += c.titles;
            roles += c.roles;
            placeCues += c.placeCues;
            actorCues += c.actorCues;
            for (Map.Entry<String, Integer> e : c.surfaces.entrySet()) {
                String s = e.getKey();
                int space = s.indexOf(' ');
                surfaces.merge(space < 0 ? s : stripConnectors(s.substring(space + 1)), e.getValue(), Integer::sum);
            }
            sources.addAll(c.sources);
            outlets.addAll(c.outlets);
            for (long[] e : c.examples) {
                if (e[3] >= 0) {
                    examples.add(new long[] {e[0], e[3], e[2], -1});
                }
            }
        }

        private static String stripConnectors(String s) {
            String out = s;
            boolean changed = true;
            while (changed) {
                changed = false;
                int space = out.indexOf(' ');
                if (space > 0 && Lexicon.CONNECTORS.contains(key(out.substring(0, space)))) {
                    out = out.substring(space + 1);
                    changed = true;
                }
            }
            return out;
        }

        /**
         * The form written most often among the fullest ones: a candidate also holds the bare surnames that
         * joined it ("Maslov" in "Ivan Aleksandrovich Maslov"), which must not become its name.
         */
        String commonestSurface() {
            String best = null;
            long rank = -1;
            for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
                int words = key(e.getKey()).split(" ").length;
                // prefer a form not in capitals ("Bamako" over "BAMAKO") at equal use
                long n = words * 1_000_000L + e.getValue() * 2L + (isShouted(e.getKey()) ? 0 : 1);
                if (n > rank) {
                    best = e.getKey();
                    rank = n;
                }
            }
            return best == null ? mergeKey : best;
        }

        private static boolean isShouted(String s) {
            return s.length() > 4 && s.equals(s.toUpperCase(java.util.Locale.ROOT));
        }

        /** Up to three passages, from different sources first. */
        List<Passage> examples() {
            List<Passage> out = new ArrayList<>();
            Set<Long> used = new HashSet<>();
            for (long[] e : examples) {
                if (out.size() < EXAMPLES && used.add(e[0])) {
                    out.add(new Passage(e[0], new TextSpan((int) e[1], (int) e[2])));
                }
            }
            for (long[] e : examples) {
                Passage p = new Passage(e[0], new TextSpan((int) e[1], (int) e[2]));
                if (out.size() < EXAMPLES && !out.contains(p)) {
                    out.add(p);
                }
            }
            return out;
        }
    }
}
