package org.opendossier.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private static final int ACTOR_FACET_VALUES = 25;
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
        return new SearchResults(found.total(), hits, withActors(found.facets(), found.matchedIds()));
    }

    /**
     * Where {@code query} matches in the text of source {@code sourceId}, as offsets into
     * {@code Source.text()}, in order, for a reader to mark and step through; empty if it does not match there.
     */
    public List<TextSpan> matchesIn(String query, long sourceId) throws SearchException, CaseException {
        ActorDirectory actors = actorDirectory();
        return ask(() -> index.matchesIn(new SearchQuery(query, 0, actors), sourceId));
    }

    /** The outlet, year, language and type facets, and the actors mentioned in the matching sources. */
    private Map<String, Map<String, Long>> withActors(Map<String, Map<String, Long>> facets, long[] matched)
            throws CaseException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>(facets);
        if (matched.length == 0) {
            return out;
        }
        try {
            List<Long> ids = Arrays.stream(matched).boxed().toList();
            Map<Long, Integer> counts = store.read(tx -> tx.actors().sourceCounts(ids));
            if (counts.isEmpty()) {
                return out;
            }
            Map<Long, String> names = new HashMap<>();
            store.read(tx -> tx.actors().list()).forEach(a -> names.put(a.id(), a.name()));
            Map<String, Long> actors = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .filter(e -> names.containsKey(e.getKey()))
                    .sorted(Map.Entry.<Long, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(e -> names.get(e.getKey())))
                    .limit(ACTOR_FACET_VALUES)
                    .forEach(e -> actors.merge(names.get(e.getKey()), (long) e.getValue(), Long::sum));
            out.put("actor", actors);
            return out;
        } catch (StoreException e) {
            throw new CaseException(e.getMessage(), e);
        }
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
