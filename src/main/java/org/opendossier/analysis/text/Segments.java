package org.opendossier.analysis.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.opendossier.model.TextSpan;

/**
 * Where the paragraphs and sentences of a stored text begin, found in one pass over its characters.
 *
 * <p>Paragraphs are separated by a blank line ({@code "\n\n"}), as the importer stores them. A sentence ends at
 * {@code . ! ? …} (and the Arabic {@code ؟ ۔}), after any closing quotes or brackets, when whitespace follows
 * and the next word does not start with a lower-case letter; at the CJK {@code 。！？} it ends at once. A full stop
 * after a single letter (an initial: "J. Smith") or after a title from {@link #TITLES} ("Dr. Smith") does not
 * end a sentence, so a name stays in the sentence of its title. Every paragraph start is also a sentence start.
 *
 * <p>Not {@link java.text.BreakIterator}: with {@code Locale.ROOT} it ends a sentence after "Dr." and "Mr.",
 * which cuts titles from names, does not stop at blank lines, and scanned about 33 MB/s here, too slow for
 * 100,000 sources (decision record 0011).
 *
 * <p>Shared by the actor network (co-occurrence by sentence and paragraph) and the search for more evidence
 * (passages a sentence long), so that both cut a text in the same places.
 */
public final class Segments {
    /** Abbreviated titles that come before names; compared in lower case, without the full stop. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "st",
            "jr", "sr", "rev", "gov", "sen", "rep", "pres", "hon", "mme", "mlle", "pr", "hr", "fr", "sh", "messrs");

    private static final int LONGEST_TITLE = 6;

    private final String text;
    private final int[] paragraphStarts;
    private final int[] sentenceStarts;

    private Segments(String text, int[] paragraphStarts, int[] sentenceStarts) {
        this.text = text;
        this.paragraphStarts = paragraphStarts;
        this.sentenceStarts = sentenceStarts;
    }

    public static Segments of(String text) {
        IntList paragraphs = new IntList();
        IntList sentences = new IntList();
        paragraphs.add(0);
        sentences.add(0);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                int next = i + 2;
                while (next < n && text.charAt(next) == '\n') {
                    next++;
                }
                if (next < n) {
                    paragraphs.add(next);
                    sentences.addIfAfterLast(next);
                }
                i = next;
            } else if (c == '。' || c == '！' || c == '？') {
                int next = skipClosers(text, i + 1);
                if (next < n && !startsParagraphBreak(text, next)) {
                    sentences.addIfAfterLast(next);
                }
                i = next;
            } else if (isTerminator(c)) {
                int after = skipClosers(text, i + 1);
                int next = after;
                while (next < n && Character.isWhitespace(text.charAt(next)) && !startsParagraphBreak(text, next)) {
                    next++;
                }
                if (next > after
                        && next < n
                        && !startsParagraphBreak(text, next)
                        && !Character.isLowerCase(text.charAt(next))
                        && !(c == '.' && abbreviationBefore(text, i))) {
                    sentences.addIfAfterLast(next);
                }
                i = Math.max(after, i + 1);
            } else {
                i++;
            }
        }
        return new Segments(text, paragraphs.toArray(), sentences.toArray());
    }

    /** The number of the paragraph that holds the character at {@code offset}, counting from 0. */
    public int paragraph(int offset) {
        return indexOf(paragraphStarts, offset);
    }

    /** The number of the sentence that holds the character at {@code offset}, counting from 0. */
    public int sentence(int offset) {
        return indexOf(sentenceStarts, offset);
    }

    /**
     * Where sentence {@code index} (counting from 0) stands in the text, without the white space around it; an
     * empty span where the sentence is only white space.
     */
    public TextSpan sentenceSpan(int index) {
        Objects.checkIndex(index, sentenceStarts.length);
        int start = sentenceStarts[index];
        int end = index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] : text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new TextSpan(start, end);
    }

    public int paragraphCount() {
        return paragraphStarts.length;
    }

    public int sentenceCount() {
        return sentenceStarts.length;
    }

    private static int indexOf(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '۔';
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isTerminator(c)
                    || c == '"'
                    || c == '\''
                    || c == ')'
                    || c == ']'
                    || c == '”'
                    || c == '’'
                    || c == '»'
                    || c == '›') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean startsParagraphBreak(String text, int i) {
        return text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }

    /** Whether the word that ends just before the full stop at {@code dot} is an initial or a title. */
    private static boolean abbreviationBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && dot - start <= LONGEST_TITLE) {
            start--;
        }
        int length = dot - start;
        if (length == 0 || length > LONGEST_TITLE) {
            return false;
        }
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        return length == 1 || TITLES.contains(text.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
    }

    /** A growable list of ints, so that a long text's offsets are not boxed. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addIfAfterLast(int v) {
            if (v > values[size - 1]) {
                add(v);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
