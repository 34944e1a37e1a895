package org.opendossier.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.index.IndexDocument;
import org.opendossier.index.IndexHit;
import org.opendossier.index.IndexResults;
import org.opendossier.index.SearchQuery;

/** A query searched in slices on several threads answers exactly as one searched on the calling thread. */
class SlicedSearchersTest {
    private static final String CASE = "case-1";
    private static final String[] WORDS = {
        "convoy", "gold", "mining", "sanctions", "minister", "border", "police", "court", "harbour", "drought"
    };
    private static final String[] OUTLETS = {"Northern Ledger", "Sahel Courier", "Journal de Bamako"};

    @TempDir
    Path dir;

    private ExecutorService threads;
    private LuceneSearchIndex sliced;
    private LuceneSearchIndex plain;

    @BeforeEach
    void open() throws Exception {
        threads = Executors.newFixedThreadPool(3);
        // Slices of at least 40 documents over 3 threads: 300 documents make 3 slices, splitting segments.
        sliced = LuceneSearchIndex.open(dir.resolve("sliced"), CASE, new SlicedSearchers(threads, 3, 40));
        plain = LuceneSearchIndex.open(dir.resolve("plain"), CASE);
        Random random = new Random(7);
        long seq = 0;
        // Several batches with a search in between, so the index has several segments of unequal size.
        for (int batch = 0; batch < 4; batch++) {
            List<IndexDocument> docs = new ArrayList<>();
            for (int i = 0; i < 25 + batch * 40; i++) {
                docs.add(article(++seq, random));
            }
            sliced.apply(docs, List.of(), seq);
            plain.apply(docs, List.of(), seq);
            sliced.search(new SearchQuery("*:*", 1));
            plain.search(new SearchQuery("*:*", 1));
        }
    }

    @AfterEach
    void close() throws Exception {
        sliced.close();
        plain.close();
        threads.shutdownNow();
    }

    private static IndexDocument article(long id, Random random) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 15; w++) {
            body.append(WORDS[random.nextInt(random.nextInt(WORDS.length) + 1)]).append(' ');
        }
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        String published = (2019 + random.nextInt(5)) + "-0" + (1 + random.nextInt(9)) + "-15";
        return new IndexDocument(
                id,
                "Report " + id + " on " + WORDS[random.nextInt(WORDS.length)],
                body.toString().strip() + '.',
                outlet,
                null,
                random.nextBoolean() ? "en" : "fr",
                "text/plain",
                published,
                "2026-11-01T00:00:00Z");
    }

    @Test
    void aLargeIndexIsSearchedInSeveralSlices() throws Exception {
        assertThat(sliced.searchSlices()).isGreaterThan(1);
        assertThat(plain.searchSlices()).isEqualTo(1);
    }

    @Test
    void totalsFacetsHitsAndSnippetsMatchAnUnslicedSearch() throws Exception {
        for (String query : List.of(
                "*:*",
                "convoy",
                "convoy -drought",
                "sanctions OR drought",
                "\"gold mining\"",
                "harbor~",
                "min*",
                "outlet:\"Sahel Courier\"",
                "lang:fr",
                "published:[2020 TO 2021]")) {
            IndexResults a = sliced.search(new SearchQuery(query, 10));
            IndexResults b = plain.search(new SearchQuery(query, 10));
            assertThat(a.total()).as(query).isEqualTo(b.total()).isPositive();
            assertThat(a.facets()).as(query).isEqualTo(b.facets());
            assertThat(sorted(a.matchedIds())).as(query).containsExactly(sorted(b.matchedIds()));
            assertThat(a.hits().stream().map(IndexHit::sourceId).toList())
                    .as(query)
                    .isEqualTo(b.hits().stream().map(IndexHit::sourceId).toList());
            assertThat(a.hits().stream().map(IndexHit::snippets).toList())
                    .as(query)
                    .isEqualTo(b.hits().stream().map(IndexHit::snippets).toList());
        }
    }

    private static long[] sorted(long[] ids) {
        long[] copy = ids.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }
}
