package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void lineEndingsSpacesAndBlankLines() {
        assertThat(TextNormalizer.normalize("  Title \r\n\r\n\r\n\r\nFirst  line \t\rsecond\u00A0\n\n\n\nthird  \n"))
                .isEqualTo("Title\n\nFirst  line\nsecond\n\nthird");
    }

    @Test
    void controlCharactersAndByteOrderMarksAreDropped() {
        assertThat(TextNormalizer.normalize("\uFEFFa\u0000b\u0007c\td\u007Fe\u2028f"))
                .isEqualTo("abc\tde\nf");
    }

    @Test
    void textIsComposedToNfc() {
        String decomposed = "Mali\u0301 and Co\u0302te d'Ivoire";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Malí and Côte d'Ivoire");
    }

    /**
     * The single-pass normaliser must give exactly what the plain rule-by-rule definition gives, on
     * random mixtures of the characters each rule is about.
     */
    @Test
    void matchesTheRuleByRuleDefinitionOnRandomText() {
        long seed = Long.getLong("normalizer.seed", System.nanoTime());
        Random random = new Random(seed);
        char[] alphabet = {
            'a', 'b', ' ', ' ', '\t', '\n', '\n', '\r', '\u00A0', '\u0000', '\u0007', '\u007F', '\uFEFF', '\u2028',
            '\u2029', 'e', '\u0301', '\u00E9', 'Z'
        };
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = sb.toString();
            String normalized = TextNormalizer.normalize(input);
            assertThat(normalized)
                    .as("input %s (replay with -Dnormalizer.seed=%d)", escape(input), seed)
                    .isEqualTo(reference(input));
            assertThat(Normalizer.isNormalized(normalized, Normalizer.Form.NFC)).isTrue();
        }
    }

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    /** The rules one after another, as the class comment states them. */
    private static String reference(String text) {
        String s = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n')
                .replace("\uFEFF", "");
        // Controls go before NFC: one between a letter and its accent would otherwise block composition.
        s = CONTROL.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = TRAILING_SPACE.matcher(s + "\n").replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars()
                .forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
