package org.opendossier.index.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.opendossier.model.TextSpan;

/**
 * Turns passages into the offsets of their matches, sorted, with overlapping matches merged, for a reader
 * that marks the matches in the text itself. Match offsets are absolute in the field, not relative to
 * their passage.
 */
final class MatchFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<TextSpan> matches = new ArrayList<>();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                matches.add(new TextSpan(p.getMatchStarts()[i], p.getMatchEnds()[i]));
            }
        }
        matches.sort(Comparator.comparingInt(TextSpan::start));
        List<TextSpan> merged = new ArrayList<>(matches.size());
        for (TextSpan m : matches) {
            TextSpan last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && m.start() < last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), m.end())));
            } else {
                merged.add(m);
            }
        }
        return merged;
    }
}
