package org.opendossier.analysis.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendossier.analysis.anchor.QuoteLocation.Ambiguous;
import org.opendossier.analysis.anchor.QuoteLocation.ClosePassage;
import org.opendossier.analysis.anchor.QuoteLocation.Found;
import org.opendossier.analysis.anchor.QuoteLocation.Matching;
import org.opendossier.analysis.anchor.QuoteLocation.Missing;
import org.opendossier.model.TextSpan;

class QuoteLocatorTest {
    private static final String REPORT = QuoteAnchoringTest.resource("harbour-report.txt");
    private final QuoteLocator locator = new QuoteLocator();

    private static String covered(String text, TextSpan span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void anExactQuoteFoundOnceIsFound() {
        String quote = "Nothing leaves this quay until we know who sealed those doors";

        QuoteLocation location = locator.locate(REPORT, quote);

        int at = REPORT.indexOf(quote);
        assertThat(location).isEqualTo(new Found(new TextSpan(at, at + quote.length()), Matching.EXACT));
    }

    @Test
    void straightQuotesDashesAndEllipsisTypedOnAKeyboardFindTheTypographicOnes() {
        String text =
                "She said \u2014 in a \u201Cfinal\u201D warning \u2014 that the port\u2019s gates\u2026 would close.";
        String typed = "She said - in a \"final\" warning - that the port's gates... would close.";

        QuoteLocation location = locator.locate(text, typed);

        assertThat(location).isInstanceOf(Found.class);
        Found found = (Found) location;
        assertThat(found.matching()).isEqualTo(Matching.LENIENT);
        assertThat(found.span()).isEqualTo(new TextSpan(0, text.length()));
        assertThat(covered(text, found.span())).isEqualTo(text);
    }

    @Test
    void runsOfWhiteSpaceAndLineBreaksAreOneSpaceAndTheSpanCoversTheRealCharacters() {
        String text = "Intro.\n\nThe harbour master,\n   Tomas\u00A0Brenn, told\treporters on Tuesday.";
        String typed = "  The harbour master, Tomas Brenn,  told reporters ";

        QuoteLocation location = locator.locate(text, typed);

        assertThat(location).isInstanceOf(Found.class);
        TextSpan span = ((Found) location).span();
        assertThat(covered(text, span)).isEqualTo("The harbour master,\n   Tomas\u00A0Brenn, told\treporters");
    }

    @Test
    void invisibleCharactersInTheTextDoNotHideAQuote() {
        String text = "a ship\u00ADping agent and a zero\u200Bwidth space";

        QuoteLocation location = locator.locate(text, "shipping agent and a zerowidth");

        assertThat(location).isInstanceOf(Found.class);
        assertThat(covered(text, ((Found) location).span())).isEqualTo("ship\u00ADping agent and a zero\u200Bwidth");
    }

    @Test
    void anEllipsisTypedAsThreeStopsMayEndInsideTheCharacterAndStillCoversItWhole() {
        String text = "He paused\u2026 then spoke.";

        QuoteLocation location = locator.locate(text, "He paused..");

        assertThat(location).isInstanceOf(Found.class);
        assertThat(covered(text, ((Found) location).span())).isEqualTo("He paused\u2026");
    }

    @Test
    void aQuoteFoundSeveralTimesIsAmbiguousWithEverySpanInTextOrder() {
        String quote = "The ministry of transport said it had opened an inquiry";

        QuoteLocation location = locator.locate(REPORT, quote);

        int first = REPORT.indexOf(quote);
        int second = REPORT.indexOf(quote, first + 1);
        assertThat(location)
                .isEqualTo(new Ambiguous(
                        List.of(
                                new TextSpan(first, first + quote.length()),
                                new TextSpan(second, second + quote.length())),
                        Matching.EXACT));
    }

    @Test
    void lenientMatchesCanBeAmbiguousToo() {
        String text = "“No comment,” he said.\n\n\u201CNo  comment,\u201D she said.";

        QuoteLocation location = locator.locate(text, "\"No comment,\"");

        assertThat(location).isInstanceOf(Ambiguous.class);
        Ambiguous ambiguous = (Ambiguous) location;
        assertThat(ambiguous.matching()).isEqualTo(Matching.LENIENT);
        assertThat(ambiguous.spans())
                .extracting(span -> covered(text, span))
                .containsExactly("“No comment,”", "\u201CNo  comment,\u201D");
    }

    @Test
    void aMistypedQuoteIsMissingWithTheClosestPassageOffered() {
        QuoteLocation location = locator.locate(REPORT, "Nothing leaves this key until we know who sealed the doors");

        assertThat(location).isInstanceOf(Missing.class);
        ClosePassage closest = ((Missing) location).closest().orElseThrow();
        assertThat(closest.passage()).isEqualTo("Nothing leaves this quay until we know who sealed those doors");
        assertThat(covered(REPORT, closest.span())).isEqualTo(closest.passage());
        assertThat(closest.similarity()).isBetween(0.8, 1.0);
    }

    @Test
    void theClosestPassageIsMappedBackThroughTypographyToo() {
        String text = "Officials said the port\u2019s\n gates would close at noon.";

        QuoteLocation location = locator.locate(text, "the ports gates would close at noon");

        ClosePassage closest = ((Missing) location).closest().orElseThrow();
        assertThat(closest.passage()).isEqualTo("the port\u2019s\n gates would close at noon");
    }

    @Test
    void aQuoteWithNothingCloseIsMissingWithNothingOffered() {
        QuoteLocation location = locator.locate(REPORT, "The minister resigned over the weekend, his office confirmed");

        assertThat(location).isEqualTo(new Missing(Optional.empty()));
    }

    @Test
    void caseIsNotTolerated() {
        QuoteLocation location = locator.locate(REPORT, "nothing leaves this quay");

        assertThat(location).isInstanceOf(Missing.class);
        assertThat(((Missing) location).closest()).map(ClosePassage::passage).contains("Nothing leaves this quay");
    }

    @Test
    void cyrillicArabicAndEmojiQuotesAreFoundWithWholeCharacters() {
        String text = "Инспектор сказала: «Мы нашли топливо». قال المتحدث: “التحقيق مستمر” 🚢⚓ end";

        assertThat(locator.locate(text, "«Мы нашли топливо»")).isInstanceOf(Found.class);
        QuoteLocation arabic = locator.locate(text, "قال المتحدث: \"التحقيق مستمر\" 🚢");
        assertThat(arabic).isInstanceOf(Found.class);
        assertThat(covered(text, ((Found) arabic).span())).isEqualTo("قال المتحدث: “التحقيق مستمر” 🚢");
    }

    @Test
    void anEmptyOrInvisibleQuoteIsRefusedWithAReason() {
        assertThatThrownBy(() -> locator.locate(REPORT, "  \n "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quote is empty");
        assertThatThrownBy(() -> locator.locate(REPORT, "\u200B\u00AD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invisible");
    }
}
