package org.opendossier.service;

import java.util.ArrayList;
import java.util.List;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;

/** Finds the words a person typed as a quote in a source's text, or says why they cannot be used. */
final class Quotes {
    private static final int SHOWN = 3;
    private static final int AROUND = 30;

    private Quotes() {}

    static TextSpan locate(Source source, String quote) throws CaseException {
        String text = source.text();
        String q = quote == null ? "" : quote.strip();
        if (q.isEmpty()) {
            throw new CaseException("The quote is empty; give the exact words of the source.");
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
            at.add(i);
        }
        if (at.isEmpty()) {
            throw new CaseException("The quote is not in source " + source.id() + " (\"" + source.title()
                    + "\"). Copy the words exactly as the source has them (see: opendossier show --case DIR "
                    + source.id() + ").");
        }
        if (at.size() > 1) {
            List<String> places = new ArrayList<>();
            for (int i : at.subList(0, Math.min(SHOWN, at.size()))) {
                places.add("at " + i + ": …" + oneLine(text.substring(Math.max(0, i - AROUND), i)) + "[" + q + "]"
                        + oneLine(text.substring(i + q.length(), Math.min(text.length(), i + q.length() + AROUND)))
                        + "…");
            }
            throw new CaseException("The quote appears " + at.size() + " times in source " + source.id()
                    + "; quote more words so it is found once.\n  " + String.join("\n  ", places));
        }
        return new TextSpan(at.get(0), at.get(0) + q.length());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
