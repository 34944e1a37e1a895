package org.opendossier.analysis.names;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The honorifics and ranks that may stand before a person's name ("Col. Assimi Goïta", "Lt-Col Smith",
 * "Sheikh Hamdan"), in one list. A person is the same person with or without them, and news copy uses them
 * inconsistently ("Colonel" in the first paragraph, nothing later), so the matcher looks for a person's
 * alias without its leading titles.
 *
 * <p>Each title is written folded, as words; in a name, each word may end with a full stop and the words
 * of one title may be joined by a space, a hyphen or nothing after a full stop: "Lt. Col", "Lt-Col",
 * "Lt.Col." and "lt col" are the same title. Several titles may follow each other ("Lt. Gen. Dr.").
 *
 * <p>Kept short on purpose: a word here is taken away from every person's alias that starts with it, so
 * royal titles ("King Charles" is better matched whole) and abbreviations that are also surnames ("Sen")
 * are left out.
 */
public final class Titles {
    /** Folded; words separated by one space. */
    private static final List<String> TITLES = List.of(
            // civil
            "mr",
            "mrs",
            "ms",
            "mx",
            "miss",
            "mme",
            "mlle",
            "dr",
            "prof",
            "professor",
            "sir",
            "dame",
            "sheikh",
            "sheik",
            "shaikh",
            "imam",
            "rev",
            "reverend",
            // office
            "president",
            "vice president",
            "prime minister",
            "minister",
            "deputy minister",
            "senator",
            "governor",
            "mayor",
            "judge",
            // rank
            "gen",
            "general",
            "lt gen",
            "lieutenant general",
            "maj gen",
            "major general",
            "brig gen",
            "brigadier general",
            "brig",
            "brigadier",
            "col",
            "colonel",
            "lt col",
            "lieutenant colonel",
            "lt",
            "lieutenant",
            "maj",
            "major",
            "capt",
            "captain",
            "sgt",
            "sergeant",
            "cmdr",
            "commander",
            "adm",
            "admiral",
            "marshal",
            "field marshal");

    /** Longest first, so "lt col" is taken whole before "lt" alone is tried. */
    private static final List<String[]> WORDS = TITLES.stream()
            .map(t -> t.split(" "))
            .sorted(Comparator.comparingInt((String[] w) -> -w.length))
            .toList();

    private Titles() {}

    /** Every title, folded, in the order of the list above. */
    public static List<String> all() {
        return TITLES;
    }

    /**
     * A folded name ({@link NameFolding#key}) without its leading titles: {@code "col. assimi goita"} gives
     * {@code "assimi goita"}. A name that is nothing but titles, or whose rest would have fewer than two
     * letters or digits ({@code "president"}, {@code "dr x"}), is returned whole.
     */
    public static String strip(String key) {
        Objects.requireNonNull(key, "key");
        int at = 0;
        while (true) {
            int next = -1;
            for (String[] title : WORDS) {
                next = after(key, at, title);
                if (next >= 0) {
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            at = next;
        }
        if (at == 0) {
            return key;
        }
        String rest = key.substring(at);
        return rest.codePoints().filter(Character::isLetterOrDigit).limit(2).count() < 2 ? key : rest;
    }

    /** Where the name goes on after {@code title} at {@code from}, or -1 if the title is not there. */
    private static int after(String key, int from, String[] title) {
        int p = from;
        int n = key.length();
        for (int w = 0; w < title.length; w++) {
            if (!key.startsWith(title[w], p)) {
                return -1;
            }
            p += title[w].length();
            boolean stop = p < n && key.charAt(p) == '.';
            if (stop) {
                p++;
            }
            boolean last = w == title.length - 1;
            boolean separator = p < n && (key.charAt(p) == ' ' || (!last && key.charAt(p) == '-'));
            if (separator) {
                p++;
            } else if (last || !stop) {
                // A title ends the word it is in ("col" is not a title in "colin"), and is followed by the name.
                return -1;
            }
        }
        return p < n ? p : -1;
    }
}
