package org.opendossier.analysis.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.TextSpan;

/**
 * Finds every name of every actor in a text in one pass: a trie of all the folded names, walked from each
 * place where a word starts (see decision record 0010).
 *
 * <p>What matches ({@link #find}):
 *
 * <ul>
 *   <li><b>Names.</b> Each actor's {@link Actor#names()}: its display name and every alias. A name with
 *       fewer than two letters or digits is ignored. Common words are not: if a person made "Convoy" an
 *       alias, every "convoy" is a mention.
 *   <li><b>Spelling.</b> Names and text are compared {@linkplain NameFolding folded}: case, accents,
 *       apostrophe and dash variants do not count, and every run of white space, line breaks included, is
 *       one space. "Assimi Goïta" matches "ASSIMI GOITA" and "Assimi\nGoïta".
 *   <li><b>Hyphens.</b> Inside a name a hyphen (or any dash) and a space are the same: "Jean-Pierre Bemba"
 *       matches "Jean Pierre Bemba" and "Jean–Pierre Bemba", and the other way round.
 *   <li><b>Whole words.</b> A letter or digit right before or after rejects a match: "UN" is not found in
 *       "UNDP", "unless" or "fun", "Wagner" is found in "pro-Wagner" and "Wagner-linked".
 *   <li><b>Acronyms.</b> A name of one word whose letters are all capitals, at most five of them ("UN",
 *       "CAR", "RSF", "M23"), matches only where the text writes it in capitals too: "car", "Car" and "us"
 *       are words, not the Central African Republic or the United States. Its accents still do not count.
 *   <li><b>Possessives.</b> "Wagner's", "Wagner’s" and "Wagners'" are mentions of "Wagner"; the span covers
 *       "Wagner" only.
 *   <li><b>Titles.</b> A person's name ({@link ActorKind#PERSON} only: "General Motors" is a company) is
 *       looked for without its leading {@linkplain Titles titles}: "Col. Assimi Goïta" matches "Assimi
 *       Goita", "Colonel Assimi Goïta" and "Lt. Col Assimi Goïta". The span never covers a title, whether
 *       the alias or the text has one: it is always just the name.
 *   <li><b>Longest, leftmost, no overlaps.</b> Reading from the start, the longest name that matches where
 *       a word starts wins, and the search goes on after it: "Wagner Group" is one mention of the group, not
 *       also one of "Wagner"; in "New York Times Square" the "New York Times" is found and "Times Square"
 *       is not.
 *   <li><b>Shared names.</b> A name that several actors have gives one match for each of them, with the
 *       same span: the person decides which one the text means. One actor with several names that fold
 *       the same gives one match, with the first of those names that applies (in {@link Actor#names()}
 *       order).
 * </ul>
 *
 * <p>Immutable and thread-safe: build one matcher whenever the actors change and call {@link #find} from as
 * many threads as there are cores, e.g. {@code sources.parallelStream().map(s -> matcher.find(s.text()))}.
 * Building one for 10,000 names costs about as much CPU as scanning two thousand articles (decision record
 * 0010).
 */
public final class AliasMatcher {
    private static final int MAX_ACRONYM_LETTERS = 5;
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final int MIN_WORD_CHARS = 2;
    private static final int NONE = -1;
    private static final int ASCII = 128;
    /** Above this many children a node's edges are binary-searched rather than scanned. */
    private static final int LINEAR_SCAN = 8;

    /**
     * What one folded name stands for: which actor (by its place in the collection, so that two actors not
     * yet saved, both with id 0, stay two), under which of its names.
     */
    private record Entry(int actor, long actorId, String alias, boolean acronym) {}

    /** Children of the root (node 0), indexed by character; 0 for none. */
    private final int[] rootChildren;
    /**
     * Grandchildren of the root by two ASCII characters ({@code first * 128 + second}); 0 for none. Most
     * words start with two ASCII letters, and most of them start no name: one look-up in a table that stays
     * in the cache tells.
     */
    private final int[] asciiPairs;
    /**
     * Node {@code k} is {@code nodes[3k..3k+2]}: where its edges start in {@link #edges}, how many there are,
     * and the index into {@link #groups} of the name that ends there (or {@link #NONE}). One array, and
     * edges packed with their targets, so a step down the trie touches two cache lines rather than five.
     */
    private final int[] nodes;
    /** Each edge is {@code label << 32 | target}, sorted by label within a node. */
    private final long[] edges;

    private final Entry[][] groups;
    private final int longest;

    /** Builds the matcher for these actors' names; the collection's order is the order of shared matches. */
    public AliasMatcher(Collection<Actor> actors) {
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        int index = 0;
        for (Actor actor : actors) {
            for (String name : actor.names()) {
                String key = NameFolding.key(name);
                if (actor.kind() == ActorKind.PERSON) {
                    key = Titles.strip(key);
                }
                key = SPACES.matcher(key.replace('-', ' ')).replaceAll(" ").strip();
                if (key.codePoints()
                                .filter(Character::isLetterOrDigit)
                                .limit(MIN_WORD_CHARS)
                                .count()
                        < MIN_WORD_CHARS) {
                    continue;
                }
                add(
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()),
                        new Entry(index, actor.id(), name, isAcronym(name)));
            }
            index++;
        }

        TrieBuilder trie = new TrieBuilder();
        groups = new Entry[byKey.size()][];
        int g = 0;
        int max = 0;
        for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
            trie.insert(e.getKey(), g);
            groups[g++] = e.getValue().toArray(Entry[]::new);
            max = Math.max(max, e.getKey().length());
        }
        longest = max;
        int count = trie.nodes;
        rootChildren = new int[Character.MAX_VALUE + 1];
        nodes = new int[3 * count];
        int[] start = new int[count + 1];
        for (int edge = 0; edge < trie.edges; edge++) {
            int from = trie.edgeFrom[edge];
            if (from == 0) {
                rootChildren[trie.edgeLabel[edge]] = trie.edgeTarget[edge];
            } else {
                start[from + 1]++;
            }
        }
        for (int k = 0; k < count; k++) {
            start[k + 1] += start[k];
            nodes[3 * k] = start[k];
            nodes[3 * k + 1] = start[k + 1] - start[k];
            nodes[3 * k + 2] = trie.accept[k];
        }
        edges = new long[start[count]];
        int[] fill = Arrays.copyOf(start, count);
        for (int edge = 0; edge < trie.edges; edge++) {
            int from = trie.edgeFrom[edge];
            if (from != 0) {
                edges[fill[from]++] = (long) trie.edgeLabel[edge] << 32 | trie.edgeTarget[edge];
            }
        }
        for (int k = 1; k < count; k++) {
            Arrays.sort(edges, start[k], start[k + 1]);
        }
        asciiPairs = new int[ASCII * ASCII];
        for (char first = 0; first < ASCII; first++) {
            int child = rootChildren[first];
            if (child != 0) {
                for (int k = nodes[3 * child]; k < nodes[3 * child] + nodes[3 * child + 1]; k++) {
                    char second = (char) (edges[k] >>> 32);
                    if (second < ASCII) {
                        asciiPairs[first * ASCII + second] = (int) edges[k];
                    }
                }
            }
        }
    }

    /** How many different folded names the matcher looks for. */
    public int size() {
        return groups.length;
    }

    /**
     * Every mention of a name in {@code text}, in the order of the text; see the class comment for the
     * rules. Spans are {@code char} offsets into {@code text} itself, so {@code text.substring(start, end)}
     * is the name as the text writes it.
     */
    public List<NameMatch> find(String text) {
        if (groups.length == 0 || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = NameFolding.fold(text);
        char[] t = folded.chars();
        int n = folded.length();
        int[] ends = new int[longest];
        int[] accepted = new int[longest];
        List<NameMatch> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (i > 0 && wordCharBefore(t, i)) {
                i++;
                continue;
            }
            char first = joinerToSpace(t[i]);
            int node;
            int j;
            if (first < ASCII && i + 1 < n && t[i + 1] < ASCII) {
                // No name is one character long, so a name starts here only if its first two do.
                node = asciiPairs[first * ASCII + joinerToSpace(t[i + 1])];
                j = i + 2;
            } else {
                node = rootChildren[first];
                j = i + 1;
            }
            if (node == 0) {
                i++;
                continue;
            }
            int found = 0;
            while (true) {
                int accept = nodes[3 * node + 2];
                if (accept != NONE) {
                    ends[found] = j;
                    accepted[found] = accept;
                    found++;
                }
                if (j == n) {
                    break;
                }
                node = child(node, joinerToSpace(t[j]));
                if (node == NONE) {
                    break;
                }
                j++;
            }
            int next = i + 1;
            for (int k = found - 1; k >= 0; k--) {
                if (endsWord(t, ends[k], n) && emit(text, folded.originalSpan(i, ends[k]), groups[accepted[k]], out)) {
                    next = ends[k];
                    break;
                }
            }
            i = next;
        }
        return out;
    }

    /**
     * Adds a match for each actor of the group that this spelling fits (an acronym only in capitals), one per
     * actor; whether there was any.
     */
    private static boolean emit(String text, TextSpan span, Entry[] group, List<NameMatch> out) {
        boolean any = false;
        boolean capitals = false;
        boolean capitalsKnown = false;
        int lastActor = NONE;
        for (Entry e : group) {
            if (e.actor() == lastActor) {
                continue;
            }
            if (e.acronym()) {
                if (!capitalsKnown) {
                    capitals = allCapitals(text, span);
                    capitalsKnown = true;
                }
                if (!capitals) {
                    continue;
                }
            }
            out.add(new NameMatch(e.actorId(), span, e.alias()));
            any = true;
            lastActor = e.actor();
        }
        return any;
    }

    /** No letter or digit right after the name, or only a plural possessive {@code s'} ("Wagners'"). */
    private static boolean endsWord(char[] t, int end, int n) {
        if (end == n || !wordCharAt(t, end, n)) {
            return true;
        }
        return t[end] == 's' && end + 1 < n && t[end + 1] == '\'' && (end + 2 == n || !wordCharAt(t, end + 2, n));
    }

    private static boolean wordCharAt(char[] t, int i, int n) {
        char c = t[i];
        if (c < 0x80) {
            return isAsciiWordChar(c);
        }
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
            return NameFolding.isWordChar(Character.toCodePoint(c, t[i + 1]));
        }
        return NameFolding.isWordChar(c);
    }

    private static boolean wordCharBefore(char[] t, int i) {
        char c = t[i - 1];
        if (c < 0x80) {
            return isAsciiWordChar(c);
        }
        if (Character.isLowSurrogate(c) && i >= 2 && Character.isHighSurrogate(t[i - 2])) {
            return NameFolding.isWordChar(Character.toCodePoint(t[i - 2], c));
        }
        return NameFolding.isWordChar(c);
    }

    /** Inside a name a hyphen and a space are the same: "Jean-Pierre" is "Jean Pierre", "Al-Masri" "Al Masri". */
    private static char joinerToSpace(char c) {
        return c == '-' ? ' ' : c;
    }

    private static boolean isAsciiWordChar(char c) {
        // The folded text has no upper-case letters.
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private int child(int node, char c) {
        int lo = nodes[3 * node];
        int hi = lo + nodes[3 * node + 1];
        if (hi - lo <= LINEAR_SCAN) {
            for (int k = lo; k < hi; k++) {
                long edge = edges[k];
                if ((char) (edge >>> 32) == c) {
                    return (int) edge;
                }
            }
            return NONE;
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = (char) (edges[mid] >>> 32);
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return (int) edges[mid];
            }
        }
        return NONE;
    }

    /**
     * One actor's names that fold alike are one entry, unless an acronym comes first: then the acronym (in
     * capitals) and the other spelling (in any case) are both kept, so the first listed name that fits is
     * the one reported.
     */
    private static void add(List<Entry> group, Entry entry) {
        for (Entry e : group) {
            if (e.actor() == entry.actor() && (!e.acronym() || entry.acronym())) {
                return;
            }
        }
        group.add(entry);
    }

    /** One word, every letter a capital, one to five letters: "UN", "CAR", "RSF", "M23", "U.S.". */
    static boolean isAcronym(String name) {
        String s = name.strip();
        int letters = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return false;
            }
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 1 && letters <= MAX_ACRONYM_LETTERS;
    }

    /** Whether every letter of the text in the span is a capital. */
    private static boolean allCapitals(String text, TextSpan span) {
        for (int k = span.start(); k < span.end(); ) {
            int cp = text.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isLetter(cp) && !Character.isUpperCase(cp)) {
                return false;
            }
        }
        return true;
    }

    /** The trie while names go in: nodes by number, edges in the order they were made. */
    private static final class TrieBuilder {
        int nodes = 1;
        int[] accept = {NONE};
        int[] head = {NONE};
        int edges;
        int[] edgeFrom = new int[64];
        char[] edgeLabel = new char[64];
        int[] edgeTarget = new int[64];
        int[] edgeNext = new int[64];

        void insert(String key, int group) {
            int node = 0;
            for (int k = 0; k < key.length(); k++) {
                node = childOrNew(node, key.charAt(k));
            }
            accept[node] = group;
        }

        private int childOrNew(int node, char c) {
            for (int e = head[node]; e != NONE; e = edgeNext[e]) {
                if (edgeLabel[e] == c) {
                    return edgeTarget[e];
                }
            }
            if (nodes == accept.length) {
                accept = Arrays.copyOf(accept, nodes * 2);
                head = Arrays.copyOf(head, nodes * 2);
            }
            int created = nodes++;
            accept[created] = NONE;
            head[created] = NONE;
            if (edges == edgeFrom.length) {
                edgeFrom = Arrays.copyOf(edgeFrom, edges * 2);
                edgeLabel = Arrays.copyOf(edgeLabel, edges * 2);
                edgeTarget = Arrays.copyOf(edgeTarget, edges * 2);
                edgeNext = Arrays.copyOf(edgeNext, edges * 2);
            }
            edgeFrom[edges] = node;
            edgeLabel[edges] = c;
            edgeTarget[edges] = created;
            edgeNext[edges] = head[node];
            head[node] = edges;
            edges++;
            return created;
        }
    }
}
