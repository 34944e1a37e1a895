package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "2015-07-24T05:36:09+01:00      | 2015-07-24T04:36:09Z",
                "2015-07-24T05:36:09.123Z       | 2015-07-24T05:36:09Z",
                "2015-07-24T05:36:09+0100       | 2015-07-24T04:36:09Z",
                "2015-07-24 05:36:09+01:00      | 2015-07-24T04:36:09Z",
                "Fri, 24 Jul 2015 05:36:09 GMT  | 2015-07-24T05:36:09Z",
                "2015-07-24                     | 2015-07-24",
                "2015-07-24T05:36:09            | 2015-07-24",
                "July 24, 2015                  | 2015-07-24",
                "24 July 2015                   | 2015-07-24",
                "yesterday                      | NULL",
                "2015-13-45                     | NULL",
            })
    void normalisesToDateOrUtcInstant(String raw, String expected) {
        assertThat(PublicationDates.normalize(raw)).isEqualTo(expected);
    }
}
