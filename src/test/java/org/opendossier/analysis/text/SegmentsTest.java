package org.opendossier.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.model.TextSpan;

class SegmentsTest {

    /** The text cut at every sentence start, so that a failure shows where the splitter went wrong. */
    private static List<String> sentences(String text) {
        Segments s = Segments.of(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || s.sentence(i) != s.sentence(i - 1)) {
                out.add(text.substring(start, i).strip());
                start = i;
            }
        }
        return out;
    }

    @Test
    void titlesAndInitialsStayWithTheNameThatFollows() {
        assertThat(sentences("Dr. Amal Haddad met Mr. J. Okafor in St. Ives. They argued. Gen. Lutz left."))
                .containsExactly("Dr. Amal Haddad met Mr. J. Okafor in St. Ives.", "They argued.", "Gen. Lutz left.");
    }

    @Test
    void aFullStopBeforeALowerCaseWordOrWithoutSpaceEndsNothing() {
        assertThat(sentences("Prices rose 3.5 per cent, e.g. at the port. Then fell."))
                .containsExactly("Prices rose 3.5 per cent, e.g. at the port.", "Then fell.");
    }

    @Test
    void closingQuotesAndBracketsBelongToTheSentenceTheyClose() {
        assertThat(sentences("He said: \"We dumped nothing.\" The logs disagree (see below.) Really?! Yes…  No"))
                .containsExactly(
                        "He said: \"We dumped nothing.\"", "The logs disagree (see below.)", "Really?!", "Yes…", "No");
    }

    @Test
    void arabicAndChineseTerminatorsEndSentences() {
        assertThat(sentences("هل ألقت الشركة النفايات؟ نفى المتحدث ذلك. انتهى"))
                .containsExactly("هل ألقت الشركة النفايات؟", "نفى المتحدث ذلك.", "انتهى");
        assertThat(sentences("公司否认。记者不信！为什么？")).containsExactly("公司否认。", "记者不信！", "为什么？");
    }

    @Test
    void aBlankLineEndsTheParagraphAndTheSentenceEvenWithoutAFullStop() {
        String text = "Headline without stop\n\nFirst sentence. Second one\nstill second.\n\n\nThird paragraph.";
        Segments s = Segments.of(text);

        assertThat(sentences(text))
                .containsExactly(
                        "Headline without stop", "First sentence.", "Second one\nstill second.", "Third paragraph.");
        assertThat(s.paragraphCount()).isEqualTo(3);
        assertThat(s.paragraph(text.indexOf("Headline"))).isEqualTo(0);
        assertThat(s.paragraph(text.indexOf("Second"))).isEqualTo(1);
        assertThat(s.paragraph(text.indexOf("still"))).isEqualTo(1);
        assertThat(s.paragraph(text.indexOf("Third"))).isEqualTo(2);
    }

    @Test
    void emptyAndUnpunctuatedTextsAreOneSentence() {
        assertThat(Segments.of("").sentenceCount()).isEqualTo(1);
        assertThat(Segments.of("no stop at all").sentenceCount()).isEqualTo(1);
        assertThat(Segments.of("Ends here.").sentenceCount()).isEqualTo(1);
    }

    @Test
    void sentenceSpansLeaveOutTheWhiteSpaceAroundEachSentence() {
        String text = "  First one.   Second one!\n\nThird.\n";
        Segments s = Segments.of(text);

        assertThat(s.sentenceCount()).isEqualTo(3);
        assertThat(s.sentenceSpan(0)).isEqualTo(new TextSpan(2, 12));
        assertThat(text.substring(s.sentenceSpan(1).start(), s.sentenceSpan(1).end()))
                .isEqualTo("Second one!");
        assertThat(text.substring(s.sentenceSpan(2).start(), s.sentenceSpan(2).end()))
                .isEqualTo("Third.");
        assertThat(Segments.of("   ").sentenceSpan(0)).isEqualTo(new TextSpan(0, 0));
    }
}
