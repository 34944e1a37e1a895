package org.opendossier.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimesTest {
    private static final long SEED = 1122L;

    @Test
    void everyStoredTimeReadsBackAsTheInstantItWasWrittenFrom() {
        Random random = new Random(SEED);
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 20_000; i++) {
            Instant written = Instant.ofEpochMilli(from + (long) (random.nextDouble() * (to - from)));
            String stored = Times.format(written);
            assertThat(Times.parse(stored)).as("seed %d: %s", SEED, stored).isEqualTo(written);
            assertThat(Times.parse(stored)).isEqualTo(Instant.parse(stored));
        }
    }

    @Test
    void leapDaysAndTheEdgesOfADayAreRead() {
        for (String t : new String[] {
            "2024-02-29T23:59:59.999Z",
            "2000-02-29T00:00:00.000Z",
            "1970-01-01T00:00:00.000Z",
            "0001-01-01T00:00:00.000Z"
        }) {
            assertThat(Times.parse(t)).as(t).isEqualTo(Instant.parse(t));
        }
    }

    @Test
    void whatTheFastPathDoesNotTakeReadsAsInstantParseReadsIt() {
        for (String t :
                new String[] {"2026-01-01T00:00:00Z", "2026-01-01T10:00:00.123456Z", "2026-01-01T24:00:00.000Z"}) {
            assertThat(Times.parse(t)).as(t).isEqualTo(Instant.parse(t));
        }
        assertThatThrownBy(() -> Times.parse("2026-04-31T00:00:00.000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Times.parse("2026-0x-01T00:00:00.000Z")).isInstanceOf(DateTimeException.class);
    }
}
