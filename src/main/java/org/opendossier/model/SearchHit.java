package org.opendossier.model;

import java.util.List;

/** One ranked search result with its highlighted passages ({@code <b>…</b>} around matched words). */
public record SearchHit(
        long id, String title, String outlet, String publishedAt, String url, float score, List<String> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
