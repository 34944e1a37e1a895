package org.opendossier.analysis.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static List<String> keys(String text) {
        List<Token> tokens = Token.all(text);
        return List.copyOf(Terms.of(text, tokens, 0, tokens.size()).terms().keySet());
    }

    @Test
    void quantitiesMeetWhateverTheirSpelling() {
        assertThat(keys("500 tonnes")).containsExactly("n:500", "w:ton");
        assertThat(keys("five hundred tons")).containsExactly("n:500", "w:ton");
        assertThat(keys("1,000 and one thousand and 1.000")).containsExactly("n:1000");
        assertThat(keys("1.2 million or 1,200,000")).containsExactly("n:1200000");
        assertThat(keys("twenty-five, 3,5 and 3.5")).containsExactly("n:25", "n:3.5");
        assertThat(keys("two thousand and twelve")).containsExactly("n:2012");
    }

    @Test
    void yearsAndMonthsAreDatesInAnyLanguage() {
        assertThat(keys("in March 2022")).containsExactly("m:3", "y:2022");
        assertThat(keys("en mars 2022")).containsExactly("m:3", "y:2022");
        assertThat(keys("on 3 Feb.")).containsExactly("n:3", "m:2");
        assertThat(keys("early in September")).containsExactly("w:early", "m:9");
        // a month name that is also a word needs a number beside it
        assertThat(keys("the company may march on")).containsExactly("w:company", "w:march");
    }

    @Test
    void wordsAreFoldedStemmedAndStoppedLightly() {
        assertThat(keys("The companies dumped sludge; the company is dumping it"))
                .containsExactly("w:company", "w:dump", "w:sludg");
        assertThat(keys("Inspectors stopped the barges")).containsExactly("w:inspector", "w:stop", "w:barg");
        assertThat(Stems.of("accused")).isEqualTo(Stems.of("accuses")).isEqualTo(Stems.of("accuse"));
        assertThat(Stems.of("business")).isEqualTo("business");
        assertThat(Stems.of("bus")).isEqualTo("bus");
    }
}
