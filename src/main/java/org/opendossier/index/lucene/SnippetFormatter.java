package org.opendossier.index.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage separately, HTML-escaped, with {@code <b>…</b>} around the matches, so snippets
 * are safe to show as markup and easy to show as text.
 */
final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            StringBuilder sb = new StringBuilder();
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i];
                int end = p.getMatchEnds()[i];
                if (start < pos) {
                    continue; // overlapping match, already inside the previous highlight
                }
                escape(content, pos, start, sb);
                sb.append("<b>");
                escape(content, start, end, sb);
                sb.append("</b>");
                pos = end;
            }
            escape(content, pos, p.getEndOffset(), sb);
            out.add(sb.toString().strip().replace('\n', ' '));
        }
        return out;
    }

    private static void escape(String content, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
    }
}
