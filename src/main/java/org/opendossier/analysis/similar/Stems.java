package org.opendossier.analysis.similar;

/**
 * A light stemmer for folded words, so that "dumped", "dumping" and "dumps" meet at "dump" and "companies" at
 * "company": plural {@code -s}/{@code -es}/{@code -ies}, {@code -ed}, {@code -ing}, then a final {@code -e}
 * and a doubled final consonant. Never leaves fewer than three letters. Deliberately much weaker than Porter's:
 * it only has to make a statement's words meet a paraphrase's, and a wrong merge costs more there than a
 * missed one. The plural rules also serve French and Spanish.
 */
final class Stems {
    private static final int MIN = 3;

    private Stems() {}

    static String of(String word) {
        String w = word;
        if (w.length() <= MIN || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() - 3 >= MIN) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() - 3 >= MIN) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() - 2 >= MIN) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("e") && w.length() - 1 >= MIN) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > MIN && w.charAt(n - 1) == w.charAt(n - 2) && isUndoubled(w.charAt(n - 1))) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    /** Consonants whose doubling comes from a suffix ("stopped"), unlike the "ll", "ss" and "zz" of stems. */
    private static boolean isUndoubled(char c) {
        return "bdgmnprt".indexOf(c) >= 0;
    }
}
