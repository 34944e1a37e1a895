package org.opendossier.service;

import java.util.ArrayList;
import java.util.List;
import org.opendossier.analysis.anchor.QuoteLocation;
import org.opendossier.analysis.anchor.QuoteLocator;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;

/**
 * Finds the words a person typed as a quote in a source's text, or says why they cannot be used: not
 * there (with the closest passage, if one is close), or there more than once (with where).
 */
final class Quotes {
    private static final int SHOWN = 3;
    private static final int AROUND = 30;

    private Quotes() {}

    /** As {@link #locate}, for words a person typed: a quote that starts or ends inside a word is refused. */
    static TextSpan locateWholeWords(Source source, String quote) throws CaseException {
        TextSpan span = locate(source, quote);
        requireWholeWords(source, span);
        return span;
    }

    static TextSpan locate(Source source, String quote) throws CaseException {
        String text = source.text();
        QuoteLocation found;
        try {
            found = new QuoteLocator().locate(text, quote == null ? "" : quote.strip());
        } catch (IllegalArgumentException e) {
            throw new CaseException(e.getMessage(), e);
        }
        if (found instanceof QuoteLocation.Found f) {
            return f.span();
        }
        if (found instanceof QuoteLocation.Ambiguous a) {
            List<String> places = new ArrayList<>();
            for (TextSpan s : a.spans().subList(0, Math.min(SHOWN, a.spans().size()))) {
                places.add("at " + s.start() + ": " + inContext(text, s));
            }
            throw new CaseException("The quote appears " + a.spans().size() + " times in source " + source.id()
                    + "; quote more words so it is found once.\n  " + String.join("\n  ", places));
        }
        QuoteLocation.Missing missing = (QuoteLocation.Missing) found;
        String hint = missing.closest()
                .map(c -> " The closest passage is at " + c.span().start() + ": " + inContext(text, c.span()))
                .orElse(" Copy the words exactly as the source has them (opendossier show --case DIR " + source.id()
                        + ").");
        throw new CaseException("The quote is not in source " + source.id() + " (\"" + source.title() + "\")." + hint);
    }

    /** A quote that starts or ends inside a word misquotes it ("denie" for "denied"): refused with where. */
    private static void requireWholeWords(Source source, TextSpan span) throws CaseException {
        String text = source.text();
        boolean cutsStart = span.start() > 0
                && Character.isLetterOrDigit(text.codePointBefore(span.start()))
                && Character.isLetterOrDigit(text.codePointAt(span.start()));
        boolean cutsEnd = span.end() < text.length()
                && Character.isLetterOrDigit(text.codePointBefore(span.end()))
                && Character.isLetterOrDigit(text.codePointAt(span.end()));
        if (cutsStart || cutsEnd) {
            throw new CaseException("The quote cuts a word at its " + (cutsStart ? "start" : "end") + " in source "
                    + source.id() + ": " + inContext(text, span) + " Quote whole words.");
        }
    }

    private static String inContext(String text, TextSpan s) {
        return "…" + oneLine(text.substring(Math.max(0, s.start() - AROUND), s.start())) + "["
                + oneLine(text.substring(s.start(), s.end())) + "]"
                + oneLine(text.substring(s.end(), Math.min(text.length(), s.end() + AROUND))) + "…";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
