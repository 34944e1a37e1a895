package org.opendossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxSplitterTest {

    @Test
    void messagesStartAtFromLinesAndSlicesCoverTheFile() {
        String mbox = "From a@example.org Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody one\n\n"
                + "From b@example.org Mon Jan  1 00:01:00 2024\nSubject: two\n\nbody two\n";

        List<byte[]> messages = MboxSplitter.split(mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(messages)
                .extracting(m -> new String(m, StandardCharsets.UTF_8))
                .containsExactly(
                        "From a@example.org Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody one\n\n",
                        "From b@example.org Mon Jan  1 00:01:00 2024\nSubject: two\n\nbody two\n");
    }

    @Test
    void fromInsideALineOrQuotedDoesNotSplit() {
        String mbox = "From a@example.org Mon Jan  1 00:00:00 2024\nSubject: one\n\n"
                + "Quote: From here on\n>From the archive\n From indented\n";

        assertThat(MboxSplitter.split(mbox.getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void crlfLineEndingsSplitToo() {
        String mbox = "From a Mon Jan  1 00:00:00 2024\r\nSubject: one\r\n\r\nx\r\nFrom b Mon Jan  1 00:00:00 2024\r\n";

        List<byte[]> messages = MboxSplitter.split(mbox.getBytes(StandardCharsets.UTF_8));

        assertThat(messages).hasSize(2);
        assertThat(new String(messages.get(0), StandardCharsets.UTF_8)).endsWith("x\r\n");
    }
}
