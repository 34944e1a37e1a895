package org.opendossier.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fast first guess for the common Latin-script languages of news: count each language's most frequent
 * function words in the sample. News prose in those languages is 30-45 % function words, so one language
 * stands out by far; only when none does is the statistical model asked. The model costs ~1 ms per
 * document and was most of an import's CPU time when it ran on everything (profiled, decision record 0003).
 */
final class StopWordGuess {
    /** Words that are frequent in one language and rare or absent in the others of this list. */
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en",
                    Set.of(
                            "the", "and", "of", "to", "is", "was", "that", "with", "for", "are", "this", "from", "have",
                            "has", "were", "which", "said", "its", "by", "be", "on", "at", "an", "they", "their",
                            "would", "been", "will", "it"),
            "fr",
                    Set.of(
                            "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur", "pas", "par",
                            "au", "aux", "ce", "cette", "sont", "été", "avec", "plus", "elle", "ont", "leur", "mais",
                            "ses"),
            "de",
                    Set.of(
                            "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "den", "dem", "ein", "eine",
                            "auf", "für", "von", "zu", "im", "auch", "des", "wird", "wurde", "sind", "bei", "nach",
                            "aus", "hat", "dass"),
            "es",
                    Set.of(
                            "el", "los", "las", "del", "y", "es", "por", "con", "para", "una", "su", "al", "como",
                            "más", "pero", "sus", "fue", "este", "esta", "entre", "también", "sobre", "según"),
            "it",
                    Set.of(
                            "il", "lo", "gli", "della", "delle", "dei", "che", "è", "per", "con", "una", "non", "sono",
                            "alla", "nel", "anche", "più", "come", "ma", "questo", "stato", "degli"),
            "pt",
                    Set.of(
                            "os", "da", "do", "das", "dos", "é", "não", "em", "uma", "com", "para", "por", "mais",
                            "foi", "como", "ao", "seu", "sua", "pelo", "pela", "também", "são"),
            "nl",
                    Set.of(
                            "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "ook",
                            "aan", "wordt", "door", "bij", "er", "maar", "naar", "worden", "deze"));

    private static final List<String> LANGUAGES = List.copyOf(WORDS.keySet());
    /** Each word once, with a bit per language it belongs to: one lookup per word of the sample. */
    private static final Map<String, Integer> LANGUAGE_BITS = languageBits();
    /** Below this many words the counts are too small to trust. */
    private static final int MIN_WORDS = 30;
    /** The winner's function words must make up at least this share of all words... */
    private static final double MIN_SHARE = 0.2;
    /** ...and outnumber the runner-up's this many times. */
    private static final double MIN_LEAD = 2.5;

    /** No function word in these lists is longer; longer words need no lookup. */
    private static final int MAX_WORD_LENGTH = 7;

    private StopWordGuess() {}

    private static Map<String, Integer> languageBits() {
        Map<String, Integer> bits = new java.util.HashMap<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            int bit = 1 << l;
            for (String word : WORDS.get(LANGUAGES.get(l))) {
                bits.merge(word, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(bits);
    }

    /** The language, or {@code null} when the sample does not decide it clearly. */
    static String guess(String sample) {
        int[] hits = new int[LANGUAGES.size()];
        int words = 0;
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                Integer bits = i - start <= MAX_WORD_LENGTH
                        ? LANGUAGE_BITS.get(sample.substring(start, i).toLowerCase(Locale.ROOT))
                        : null;
                if (bits != null) {
                    for (int l = 0; l < hits.length; l++) {
                        if ((bits & (1 << l)) != 0) {
                            hits[l]++;
                        }
                    }
                }
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        int best = 0;
        for (int l = 1; l < hits.length; l++) {
            if (hits[l] > hits[best]) {
                best = l;
            }
        }
        int second = 0;
        for (int l = 0; l < hits.length; l++) {
            if (l != best) {
                second = Math.max(second, hits[l]);
            }
        }
        boolean clear = hits[best] >= MIN_SHARE * words && hits[best] >= MIN_LEAD * second;
        return clear ? LANGUAGES.get(best) : null;
    }
}
