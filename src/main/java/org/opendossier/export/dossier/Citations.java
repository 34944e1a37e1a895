package org.opendossier.export.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendossier.model.SourceSummary;

/**
 * The numbered citations of a dossier: every distinct quote gets a number, [1], [2] …, in the order the
 * dossier first uses it (claim cards in stance order, then actor profiles' mentions and excerpts as they
 * come); a quote used again keeps its number. The sources list every cited source once, in order of first
 * citation, for the appendix with full hashes.
 */
public final class Citations {
    private final Map<CitedQuote.Key, Citation> byKey;
    private final List<SourceSummary> sources;

    private Citations(Map<CitedQuote.Key, Citation> byKey, List<SourceSummary> sources) {
        this.byKey = byKey;
        this.sources = sources;
    }

    /** Numbers the quotes of {@code document} in reading order. */
    public static Citations of(DossierDocument document) {
        Map<CitedQuote.Key, Citation> byKey = new LinkedHashMap<>();
        Map<Long, SourceSummary> sources = new LinkedHashMap<>();
        for (CitedQuote quote : quotesInOrder(document)) {
            byKey.computeIfAbsent(quote.key(), k -> new Citation(byKey.size() + 1, quote));
            sources.putIfAbsent(quote.source().id(), quote.source());
        }
        return new Citations(byKey, List.copyOf(sources.values()));
    }

    private static List<CitedQuote> quotesInOrder(DossierDocument document) {
        List<CitedQuote> quotes = new ArrayList<>();
        for (DossierDocument.Part part : document.parts()) {
            if (part instanceof DossierDocument.ClaimCard card) {
                card.groups().forEach(g -> quotes.addAll(g.quotes()));
            } else if (part instanceof DossierDocument.ActorProfile profile) {
                quotes.addAll(profile.keyMentions());
            } else if (part instanceof DossierDocument.Excerpt excerpt) {
                quotes.add(excerpt.quote());
            }
        }
        return quotes;
    }

    /** The citation of {@code quote}, which must be one of the document's. */
    public Citation of(CitedQuote quote) {
        Citation citation = byKey.get(quote.key());
        if (citation == null) {
            throw new IllegalArgumentException("this quote is not in the dossier these citations were made for: "
                    + quote.source().id() + " " + quote.span());
        }
        return citation;
    }

    /** Every citation, by number. */
    public List<Citation> all() {
        return List.copyOf(byKey.values());
    }

    /** Every cited source once, in order of first citation. */
    public List<SourceSummary> sources() {
        return sources;
    }

    /** The numbers of the citations that quote source {@code sourceId}, in ascending order; empty if none does. */
    public List<Integer> numbersOf(long sourceId) {
        return byKey.values().stream()
                .filter(c -> c.source().id() == sourceId)
                .map(Citation::number)
                .toList();
    }

    /** One numbered citation; its quote is the first use, which every later use equals in source and offsets. */
    public record Citation(int number, CitedQuote quote) {
        /** The number of characters of the source's SHA-256 a citation prints: enough to tell sources apart. */
        public static final int SHORT_HASH = 12;

        public SourceSummary source() {
            return quote.source();
        }

        /** The first {@value #SHORT_HASH} hex digits of the original's SHA-256. */
        public String shortHash() {
            String sha = quote.source().sha256();
            return sha.substring(0, Math.min(SHORT_HASH, sha.length()));
        }

        /** "characters 120–184, paragraph 3" (the paragraph only when known). */
        public String location() {
            String chars =
                    "characters " + quote.span().start() + "–" + quote.span().end();
            return quote.paragraph() > 0 ? chars + ", paragraph " + quote.paragraph() : chars;
        }
    }
}
