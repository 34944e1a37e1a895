package org.opendossier.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an mbox file into its messages. A message begins at a line starting with {@code "From "} at the
 * start of the file or right after a newline (the envelope line of RFC 4155); it runs up to the next such
 * line. Body lines that begin with "From " are escaped as "&gt;From " by mail software, so they do not split.
 * Each message is returned as the exact byte slice of the file, envelope line included, so that the
 * message can be traced back to its offset in the original; bytes before the first envelope are dropped.
 */
final class MboxSplitter {
    private static final byte[] ENVELOPE = {'F', 'r', 'o', 'm', ' '};

    private MboxSplitter() {}

    static List<byte[]> split(byte[] mbox) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i <= mbox.length - ENVELOPE.length; i++) {
            if ((i == 0 || mbox[i - 1] == '\n') && startsWithEnvelope(mbox, i)) {
                starts.add(i);
            }
        }
        List<byte[]> messages = new ArrayList<>(starts.size());
        for (int m = 0; m < starts.size(); m++) {
            int end = m + 1 < starts.size() ? starts.get(m + 1) : mbox.length;
            messages.add(Arrays.copyOfRange(mbox, starts.get(m), end));
        }
        return messages;
    }

    private static boolean startsWithEnvelope(byte[] bytes, int offset) {
        for (int k = 0; k < ENVELOPE.length; k++) {
            if (bytes[offset + k] != ENVELOPE[k]) {
                return false;
            }
        }
        return true;
    }
}
