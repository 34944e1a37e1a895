package org.opendossier.analysis.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one line of text into words, numbers and punctuation, with offsets into the whole text. Keeps
 * together what names hold inside them ("O'Donnell", "Okonkwo-Reid", "al-Bashir", "U.S.", "G7", a soft
 * hyphen), splits off a possessive ("Wagner's" is "Wagner") and a French elision ("d'Ivoire"), and marks
 * the words that start a sentence, whose capital says nothing.
 */
final class Tokens {
    private Tokens() {}

    enum Type {
        WORD,
        NUMBER,
        PUNCT,
        /** One capital and a full stop: "E." in "Brian E. Nelson". */
        INITIAL,
        /** Letters with full stops: "U.S.", "H.W.". */
        DOTTED,
        /** "d'" or "l'" before a capital: a connector inside French names. */
        ELISION
    }

    record Token(int start, int end, Type type, String text, String folded, boolean possessive, boolean initial) {
        boolean isCapitalised() {
            return (type == Type.WORD || type == Type.DOTTED || type == Type.INITIAL)
                    && Character.isUpperCase(text.codePointAt(0));
        }

        /** Every letter upper case and at least two of them: "RSF", "FAMa" is not, "G7" is. */
        boolean isAllCaps() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2 || letters == 1 && text.length() >= 2 && type == Type.WORD;
        }

        boolean is(String punct) {
            return type == Type.PUNCT && text.equals(punct);
        }

        Token withInitial(boolean value) {
            return new Token(start, end, type, text, folded, possessive, value);
        }
    }

    /** Words whose full stop does not end a sentence ("Mr.", "Lt.", "Inc."). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "sgt", "capt", "maj", "cpl", "adm", "cmdr", "brig",
            "rep", "sen", "gov", "st", "jr", "sr", "sra", "rev", "mt", "no", "vs", "inc", "ltd", "co", "corp", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mme", "mlle", "dept",
            "approx", "fig", "vol", "ft");

    private static final String SENTENCE_PUNCT = ".!?:;…—–|•·-";

    private static final String OPENERS = "\"“«‘'([";

    static List<Token> of(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
            } else if (Character.isLetter(c)) {
                i = word(text, i, end, out);
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end
                        && (Character.isLetterOrDigit(text.charAt(j))
                                || (text.charAt(j) == '.' || text.charAt(j) == ',' || text.charAt(j) == ':')
                                        && j + 1 < end
                                        && Character.isDigit(text.charAt(j + 1)))) {
                    j++;
                }
                out.add(token(text, i, j, Type.NUMBER, false));
                i = j;
            } else {
                int j = i + Character.charCount(c);
                out.add(token(text, i, j, Type.PUNCT, false));
                i = j;
            }
        }
        markSentenceStarts(out, text);
        return out;
    }

    private static int word(String text, int i, int end, List<Token> out) {
        // "U.S.", "H.W.", "E.": letters each followed by a full stop
        if (Character.isUpperCase(text.charAt(i)) && i + 1 < end && text.charAt(i + 1) == '.') {
            int k = i;
            int count = 0;
            while (k + 1 < end && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
                k += 2;
                count++;
            }
            out.add(token(text, i, k, count >= 2 ? Type.DOTTED : Type.INITIAL, false));
            return k;
        }
        // "d'Ivoire", "l'Ouest": the elided article is a connector, the rest is the name
        if (i + 2 < end
                && "dlDL".indexOf(text.charAt(i)) >= 0
                && isApostrophe(text.charAt(i + 1))
                && Character.isLetter(text.charAt(i + 2))) {
            out.add(token(text, i, i + 2, Type.ELISION, false));
            i += 2;
        }
        int k = i + 1;
        boolean possessive = false;
        int skip = 0;
        while (k < end) {
            char ch = text.charAt(k);
            if (Character.isLetterOrDigit(ch)
                    || Character.getType(ch) == Character.NON_SPACING_MARK
                    || ch == '\u00AD') {
                k++;
            } else if (isApostrophe(ch) && k + 1 < end && Character.isLetter(text.charAt(k + 1))) {
                if ((text.charAt(k + 1) == 's' || text.charAt(k + 1) == 'S')
                        && (k + 2 >= end || !Character.isLetterOrDigit(text.charAt(k + 2)))) {
                    possessive = true;
                    skip = 2;
                    break;
                }
                k++;
            } else if ((ch == '-' || ch == '\u2011') && k + 1 < end && Character.isLetterOrDigit(text.charAt(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        String w = text.substring(i, k);
        if (!possessive && k < end && isApostrophe(text.charAt(k)) && w.endsWith("s")) {
            // plural possessive "the Talibans'" (a closing quote after a word ending in s reads the same)
            possessive = k + 1 >= end || !Character.isLetter(text.charAt(k + 1));
            skip = possessive ? 1 : 0;
        }
        if (!possessive && k < end && text.charAt(k) == '.' && ABBREVIATIONS.contains(ActorSuggester.key(w))) {
            out.add(token(text, i, k + 1, Type.WORD, false));
            return k + 1;
        }
        out.add(token(text, i, k, Type.WORD, possessive));
        return k + skip;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static Token token(String text, int start, int end, Type type, boolean possessive) {
        String t = text.substring(start, end);
        return new Token(start, end, type, t, ActorSuggester.key(t), possessive, false);
    }

    /**
     * The first word of a line, and the first after sentence punctuation or an opening quote or bracket,
     * is capitalised whatever it is.
     */
    private static void markSentenceStarts(List<Token> tokens, String text) {
        boolean boundary = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Type.PUNCT) {
                String p = t.text();
                if (SENTENCE_PUNCT.contains(p)) {
                    // a hyphen only separates when spaced ("Washington DC - The"), not in "1990-2000"
                    boundary = !p.equals("-") || spaced(text, t);
                } else if (OPENERS.contains(p) && (i == 0 || tokens.get(i - 1).end() < t.start() || boundary)) {
                    boundary = true;
                }
                continue;
            }
            if (boundary) {
                tokens.set(i, t.withInitial(true));
            }
            boundary = false;
        }
    }

    private static boolean spaced(String text, Token t) {
        return t.start() > 0
                && Character.isWhitespace(text.charAt(t.start() - 1))
                && t.end() < text.length()
                && Character.isWhitespace(text.charAt(t.end()));
    }
}
