package org.opendossier.analysis.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

class QuoteAnchoringTest {
    private static final String REPORT = resource("harbour-report.txt");
    private final QuoteAnchoring anchoring = new QuoteAnchoring();

    static String resource(String name) {
        try (InputStream in = QuoteAnchoringTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The anchor of the {@code nth} (from 0) occurrence of {@code quote} in {@code text}. */
    static QuoteAnchor anchor(String text, String quote, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(quote, at + 1);
            assertThat(at).as("occurrence %d of [%s]", nth, quote).isNotNegative();
        }
        TextSpan span = new TextSpan(at, at + quote.length());
        return new QuoteAnchor(TextQuote.of(text, span), span, "sha-of-the-old-text");
    }

    private static String covered(String text, Placement placement) {
        TextSpan span = placement.span().orElseThrow();
        return text.substring(span.start(), span.end());
    }

    @Test
    void aQuoteStillAtItsOffsetsIsPlacedThereWithFullScore() {
        QuoteAnchor anchor = anchor(REPORT, "Nothing leaves this quay until we know who sealed those doors", 0);
        String edited = REPORT + "\nUpdated on Wednesday with the ministry's statement.\n";

        Placement placement = anchoring.place(edited, anchor);

        assertThat(placement.method()).isEqualTo(PlacementMethod.POSITION);
        assertThat(placement.span()).contains(anchor.span());
        assertThat(placement.score()).isEqualTo(1.0);
        assertThat(placement.quoteSimilarity()).isEqualTo(1.0);
    }

    @Test
    void aQuoteMovedByEditsBeforeItIsFoundExactly() {
        String quote = "the port had suspended loading at the northern quay";
        QuoteAnchor anchor = anchor(REPORT, quote, 0);
        String edited = "Editor's note: this article was updated.\n\n" + REPORT.replace("Monday night", "Monday");

        Placement placement = anchoring.place(edited, anchor);

        assertThat(placement.method()).isEqualTo(PlacementMethod.EXACT);
        assertThat(placement.span())
                .contains(new TextSpan(edited.indexOf(quote), edited.indexOf(quote) + quote.length()));
        assertThat(placement.score()).isGreaterThan(0.97);
    }

    @Test
    void aRepeatedQuoteIsPlacedOnTheOccurrenceWhoseContextAgrees() {
        String quote = "The ministry of transport said it had opened an inquiry";
        String edited = "PORT CALVANE (updated) " + REPORT.substring(REPORT.indexOf('—'));
        for (int nth = 0; nth < 2; nth++) {
            QuoteAnchor anchor = anchor(REPORT, quote, nth);

            Placement placement = anchoring.place(edited, anchor);

            int expected = edited.indexOf(quote, nth == 0 ? 0 : edited.indexOf(quote) + 1);
            assertThat(placement.method()).as("occurrence %d", nth).isEqualTo(PlacementMethod.EXACT);
            assertThat(placement.span())
                    .as("occurrence %d", nth)
                    .contains(new TextSpan(expected, expected + quote.length()));
        }
    }

    @Test
    void aRepeatedQuoteInTheSameContextIsPlacedOnTheOccurrenceNearestItsOldOffsets() {
        String block = "Bulletin of the harbour master, read at noon: the northern quay stays closed today. "
                + "Crews are asked to wait for further notice from the port.\n";
        String text = block.repeat(4);
        QuoteAnchor third = anchor(text, "the northern quay stays closed today", 2);
        String edited = "(Notice board) " + text;

        Placement placement = anchoring.place(edited, third);

        int shifted = third.span().start() + "(Notice board) ".length();
        assertThat(placement.method()).isEqualTo(PlacementMethod.EXACT);
        assertThat(placement.span())
                .contains(new TextSpan(shifted, shifted + third.quote().exact().length()));
    }

    @Test
    void theOldOffsetsLoseToAnotherOccurrenceWhenOnlyThatOneKeptItsContext() {
        String quote = "said the inspector";
        String text = "First, “the seals were cut,” said the inspector on Monday, standing by the quay. Later, "
                + "“the fuel was declared as machinery,” said the inspector at the customs office.";
        QuoteAnchor second = anchor(text, quote, 1);
        // A note put in front shifts the first occurrence, with its own context, onto the second's old offsets.
        int shift = second.span().start() - text.indexOf(quote);
        String note = "Editor's note: the times below were corrected on Thursday after a reader's query. ";
        String edited = note.repeat(2).substring(0, shift) + text;
        assertThat(edited.startsWith(quote, second.span().start())).isTrue();

        Placement placement = anchoring.place(edited, second);

        int moved = second.span().start() + shift;
        assertThat(placement.method()).isEqualTo(PlacementMethod.EXACT);
        assertThat(placement.span()).contains(new TextSpan(moved, moved + quote.length()));
    }

    @Test
    void aQuoteCorrectedInsideIsPlacedFuzzilyOnTheCorrectedWords() {
        QuoteAnchor anchor = anchor(REPORT, "We wrote to the harbour authority twice. Nobody answered", 0);
        String edited = REPORT.replace(
                "We wrote to the harbour authority twice.", "We wrote to the harbour authority three times.");

        Placement placement = anchoring.place(edited, anchor);

        assertThat(placement.method()).isEqualTo(PlacementMethod.FUZZY);
        assertThat(covered(edited, placement))
                .isEqualTo("We wrote to the harbour authority three times. Nobody answered");
        assertThat(placement.quoteSimilarity()).isBetween(0.8, 1.0);
    }

    @Test
    void theCorrectedQuoteInItsOwnContextBeatsAnUncorrectedCopyElsewhere() {
        String quote = "the seals on the doors had been cut and replaced";
        QuoteAnchor anchor = anchor(REPORT, quote, 0);
        String edited = REPORT.replace(quote, "the seals on the doors had been cut and resealed")
                + "\nCorrection: an earlier version said " + quote + ".\n";

        Placement placement = anchoring.place(edited, anchor);

        assertThat(placement.method()).isEqualTo(PlacementMethod.FUZZY);
        assertThat(placement.span().orElseThrow().start())
                .isEqualTo(anchor.span().start());
        assertThat(covered(edited, placement)).startsWith("the seals on the doors had been cut and res");
    }

    @Test
    void aQuoteThatIsGoneIsAnOrphan() {
        String sentence = "On two of those calls, the manifests listed agricultural machinery for Norvik Logistics.";
        QuoteAnchor anchor = anchor(REPORT, sentence, 0);

        Placement placement = anchoring.place(REPORT.replace(" " + sentence, ""), anchor);

        assertThat(placement.placed()).isFalse();
        assertThat(placement.method()).isEqualTo(PlacementMethod.NONE);
        assertThat(placement.span()).isEmpty();
    }

    @Test
    void aLookAlikeSentenceInAnotherContextDoesNotAdoptAnOrphan() {
        String sentence = "On two of those calls, the manifests listed agricultural machinery for Norvik Logistics.";
        String lookAlike = "On two of those calls, the manifests listed agricultural machinery for Delta Fuel.";
        QuoteAnchor anchor = anchor(REPORT, sentence, 0);
        String removed = REPORT.replace(" " + sentence, "") + "\nIn 2019, a separate audit noted: " + lookAlike + "\n";
        String correctedInPlace = REPORT.replace(sentence, lookAlike);

        assertThat(anchoring.place(removed, anchor).placed()).isFalse();
        Placement inPlace = anchoring.place(correctedInPlace, anchor);
        assertThat(inPlace.method()).isEqualTo(PlacementMethod.FUZZY);
        assertThat(covered(correctedInPlace, inPlace)).startsWith("On two of those calls");
    }

    @Test
    void anOffsetBeyondAShortenedTextIsNoObstacle() {
        QuoteAnchor anchor = anchor(REPORT, "a claim the authority did not dispute", 0);
        String shortened = REPORT.substring(REPORT.indexOf("Amara Keita"));

        Placement placement = anchoring.place(shortened, anchor);

        assertThat(placement.method()).isEqualTo(PlacementMethod.EXACT);
        assertThat(covered(shortened, placement)).isEqualTo("a claim the authority did not dispute");
    }

    @Test
    void cyrillicAndArabicQuotesArePlacedAfterEdits() {
        String russian = "Таможенники изъяли три контейнера с дизельным топливом в порту в понедельник вечером. "
                + "«Документы говорили о сельхозтехнике, а нашли мы топливо», — сказала инспектор Ирина Соболь.";
        String arabic = "قال متحدث باسم الميناء إن التحميل توقف في الرصيف الشمالي حتى انتهاء التحقيق. "
                + "وأضاف أن الحاويات الثلاث وصلت على متن سفينة صغيرة يوم الاثنين.";
        String text = russian + "\n\n" + arabic;
        QuoteAnchor ru = anchor(text, "Документы говорили о сельхозтехнике, а нашли мы топливо", 0);
        QuoteAnchor ar = anchor(text, "إن التحميل توقف في الرصيف الشمالي حتى انتهاء التحقيق", 0);
        String edited = "Обновлено. "
                + text.replace("нашли мы топливо", "нашли топливо").replace("الشمالي", "الشمالي الجديد");

        Placement placedRu = anchoring.place(edited, ru);
        Placement placedAr = anchoring.place(edited, ar);

        assertThat(placedRu.method()).isEqualTo(PlacementMethod.FUZZY);
        assertThat(covered(edited, placedRu)).isEqualTo("Документы говорили о сельхозтехнике, а нашли топливо");
        assertThat(placedAr.method()).isEqualTo(PlacementMethod.FUZZY);
        assertThat(covered(edited, placedAr)).isEqualTo("إن التحميل توقف في الرصيف الشمالي الجديد حتى انتهاء التحقيق");
    }

    @Test
    void anEmojiAtTheEdgeOfAFuzzyPlacementIsNeverSplit() {
        String text = "Dockworkers posted a photo of the cut seals 🔓 and wrote: the quay is unsafe tonight 🚢⚓ "
                + "before the harbour master replied within the hour.";
        QuoteAnchor anchor = anchor(text, "the cut seals 🔓 and wrote: the quay is unsafe tonight 🚢", 0);
        // Each emoji becomes another whose high surrogate is the same: one char edit, two-char characters.
        String edited = "Update: " + text.replace("🔓", "🔒").replace("🚢", "🛳");

        Placement placement = anchoring.place(edited, anchor);

        String covered = covered(edited, placement);
        assertThat(placement.method()).isEqualTo(PlacementMethod.FUZZY);
        assertThat(covered).startsWith("the cut seals 🔒").endsWith("tonight 🛳");
        assertThat(Character.isLowSurrogate(covered.charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(covered.charAt(covered.length() - 1)))
                .isFalse();
    }
}
