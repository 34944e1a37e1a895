package org.opendossier.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendossier.analysis.names.NameFolding;
import org.opendossier.index.ActorDirectory;
import org.opendossier.index.IndexException;
import org.opendossier.index.IndexHit;
import org.opendossier.index.IndexResults;
import org.opendossier.index.QuerySyntaxException;
import org.opendossier.index.SearchIndex;
import org.opendossier.index.SearchQuery;
import org.opendossier.model.Actor;
import org.opendossier.model.SearchHit;
import org.opendossier.model.SearchResults;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;

/** Searches a case: the index ranks and highlights, the database supplies the rows shown. */
public final class SearchService {
    private final CaseStore store;
    private final SearchIndex index;

    public SearchService(CaseStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    public SearchResults search(String query, int limit) throws SearchException, CaseException {
        ActorDirectory actors = actorDirectory();
        IndexResults found = ask(() -> index.search(new SearchQuery(query, limit, actors)));
        Map<Long, SourceSummary> rows;
        try {
            List<Long> ids = found.hits().stream().map(IndexHit::sourceId).toList();
            rows = store.read(tx -> tx.sources().summaries(ids));
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
        List<SearchHit> hits = new ArrayList<>(found.hits().size());
        for (IndexHit h : found.hits()) {
            SourceSummary s = rows.get(h.sourceId());
            if (s != null) {
                hits.add(new SearchHit(
                        s.id(), s.title(), s.outlet(), s.publishedAt(), s.url(), h.score(), h.snippets()));
            }
        }
        return new SearchResults(found.total(), hits, found.facets());
    }

    /**
     * Where {@code query} matches in the text of source {@code sourceId}, as offsets into
     * {@code Source.text()}, in order, for a reader to mark and step through; empty if it does not match there.
     */
    public List<TextSpan> matchesIn(String query, long sourceId) throws SearchException, CaseException {
        ActorDirectory actors = actorDirectory();
        return ask(() -> index.matchesIn(new SearchQuery(query, 0, actors), sourceId));
    }

    /**
     * The actors as they are now, for {@code actor:} in a query: the names of every actor that goes by the
     * written name (folded like the alias matcher folds), so a name shared by two actors finds both.
     */
    private ActorDirectory actorDirectory() throws CaseException {
        List<Actor> actors;
        try {
            actors = store.read(tx -> tx.actors().list());
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
        return written -> {
            String key = NameFolding.key(written);
            return actors.stream()
                    .filter(a ->
                            a.names().stream().anyMatch(n -> NameFolding.key(n).equals(key)))
                    .flatMap(a -> a.names().stream())
                    .distinct()
                    .toList();
        };
    }

    /** Asks the index, turning its exceptions into the service's. */
    private static <T> T ask(IndexCall<T> call) throws SearchException, CaseException {
        try {
            return call.run();
        } catch (QuerySyntaxException e) {
            throw new SearchException(e.getMessage(), e.query(), e.position());
        } catch (IndexException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    private interface IndexCall<T> {
        T run() throws QuerySyntaxException, IndexException;
    }
}
