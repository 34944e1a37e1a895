package org.opendossier.analysis.similar;

import java.util.ArrayList;
import java.util.List;
import org.opendossier.analysis.names.FoldedText;
import org.opendossier.analysis.names.NameFolding;

/**
 * One of a text's {@link Words}, folded, with where it stands in the original text.
 *
 * @param digits a number written in digits ("500", "1,000")
 * @param capitalised written with a capital in the original text
 */
record Token(String folded, int start, int end, boolean digits, boolean capitalised) {

    /** The words of {@code text}, in order. */
    static List<Token> all(String text) {
        FoldedText folded = NameFolding.fold(text);
        String f = folded.text();
        List<Token> out = new ArrayList<>();
        Words.scan(f, (start, end, number) -> {
            var span = folded.originalSpan(start, end);
            out.add(new Token(
                    f.substring(start, end),
                    span.start(),
                    span.end(),
                    number,
                    Character.isUpperCase(text.codePointAt(span.start()))));
        });
        return out;
    }
}
