package org.opendossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextQuoteTest {
    @Test
    void keepsThirtyTwoCharactersEitherSide() {
        String text = "a".repeat(40) + "QUOTE" + "b".repeat(40);
        TextQuote q = TextQuote.of(text, new TextSpan(40, 45));
        assertThat(q.exact()).isEqualTo("QUOTE");
        assertThat(q.prefix()).isEqualTo("a".repeat(32));
        assertThat(q.suffix()).isEqualTo("b".repeat(32));
    }

    @Test
    void contextNeverSplitsASurrogatePairOrACombiningMark() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String before = emoji + "x".repeat(31);
        String text = before + "QUOTE" + "y".repeat(31) + emoji + "z";
        TextQuote q = TextQuote.of(text, new TextSpan(before.length(), before.length() + 5));
        assertThat(q.prefix()).startsWith(emoji).hasSize(33);
        assertThat(q.suffix()).endsWith(emoji).hasSize(33);

        String marked = "تُ" + "x".repeat(31); // teh with damma: the mark must stay with its letter
        String arabic = marked + "QUOTE";
        TextQuote a = TextQuote.of(arabic, new TextSpan(marked.length(), marked.length() + 5));
        assertThat(a.prefix()).startsWith("تُ");
    }

    @Test
    void anEmptyQuoteOrASpanBeyondTheTextIsRefused() {
        assertThatThrownBy(() -> new TextQuote("", "", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextQuote.of("short", new TextSpan(2, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the text");
    }
}
