package org.opendossier.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-case word tokens for comparing two texts as bags of words. Scripts written without spaces (Han,
 * Hiragana, Katakana) yield one token per character, or a whole sentence would count as one word.
 */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    private Tokens() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> bag(List<String> tokens) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : tokens) {
            bag.merge(t, 1, Integer::sum);
        }
        return bag;
    }

    /** Size of the multiset intersection: each token counts as often as it occurs in both. */
    static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        int n = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                n += Math.min(e.getValue(), other);
            }
        }
        return n;
    }
}
