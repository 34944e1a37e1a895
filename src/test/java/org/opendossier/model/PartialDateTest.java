package org.opendossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void readsAndWritesYearMonthAndDay() {
        for (String text : List.of("2022", "2022-03", "2022-03-27", "0987")) {
            assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
        }
        assertThat(PartialDate.parse(" 2022-3-7 ")).isEqualTo(new PartialDate(2022, 3, 7));
    }

    @Test
    void refusesWhatIsNotADateWithTheText() {
        for (String text : List.of("", "March 2022", "2022-13", "2022-02-30", "2022--01")) {
            assertThatThrownBy(() -> PartialDate.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + text + "\"");
        }
        assertThat(PartialDate.parseOrNull("  ")).isNull();
    }

    @Test
    void anUnknownPartSortsBeforeAnyKnownOne() {
        List<PartialDate> sorted = Stream.of("2022-03-27", "2021", "2022", "2022-03")
                .map(PartialDate::parse)
                .sorted()
                .toList();
        assertThat(sorted).extracting(PartialDate::toString).containsExactly("2021", "2022", "2022-03", "2022-03-27");
    }
}
