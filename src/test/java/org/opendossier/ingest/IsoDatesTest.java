package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void timesWithZoneBecomeUtcInstants() {
        assertThat(IsoDates.normalize("2024-03-11T14:05:00+01:00")).isEqualTo("2024-03-11T13:05:00Z");
        assertThat(IsoDates.normalize("2024-03-11T13:05:00.250Z")).isEqualTo("2024-03-11T13:05:00Z");
    }

    @Test
    void timesWithoutZoneKeepOnlyTheirDate() {
        assertThat(IsoDates.normalize("2024-03-08T11:00:00")).isEqualTo("2024-03-08");
        assertThat(IsoDates.normalize("2024-03-08")).isEqualTo("2024-03-08");
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(IsoDates.normalize("last Tuesday")).isNull();
        assertThat(IsoDates.normalize(" ")).isNull();
        assertThat(IsoDates.normalize(null)).isNull();
    }
}
