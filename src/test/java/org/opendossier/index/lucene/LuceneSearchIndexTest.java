package org.opendossier.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.index.ActorDirectory;
import org.opendossier.index.IndexDocument;
import org.opendossier.index.IndexHit;
import org.opendossier.index.IndexResults;
import org.opendossier.index.IndexState;
import org.opendossier.index.QuerySyntaxException;
import org.opendossier.index.SearchIndex;
import org.opendossier.index.SearchQuery;
import org.opendossier.model.TextSpan;

class LuceneSearchIndexTest {
    private static final String CASE = "case-1";

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    private static final List<IndexDocument> DOCS = List.of(
            doc(
                    1,
                    "Sanctions on junta officials",
                    "The Treasury sanctioned three officials of the junta in Bamako.",
                    "Northern Ledger",
                    "2023-07-24",
                    "en",
                    "text/html"),
            doc(
                    2,
                    "Witnesses describe the Moura killings",
                    "Villagers in Moura said soldiers and foreign fighters"
                            + " executed hundreds of men over five days in March.",
                    "Sahel Courier",
                    "2022-04-05",
                    "en",
                    "application/pdf"),
            doc(
                    3,
                    "Le gouvernement dément",
                    "Le gouvernement malien a démenti toute exécution à Moura.",
                    "Journal de Bamako",
                    "2022-04-06T09:30:00Z",
                    "fr",
                    "text/html"),
            doc(
                    4,
                    "Mercenaries leave, another force arrives",
                    "Diplomats confirm that the Africa Corps replaced the" + " Wagner Group; the handover took weeks.",
                    "Northern Ledger",
                    "2024-01-15",
                    "en",
                    "text/plain"),
            doc(
                    5,
                    "A note about <script> & quotes",
                    "Wagner's fighters were said to be \"everywhere\" <b>not bold</b>.",
                    null,
                    null,
                    null,
                    "text/plain"));

    static IndexDocument doc(
            long id, String title, String body, String outlet, String published, String lang, String type) {
        return new IndexDocument(id, title, body, outlet, null, lang, type, published, "2026-11-01T00:00:00Z");
    }

    @BeforeEach
    void open() throws Exception {
        index = LuceneSearchIndex.open(dir.resolve("index"), CASE);
        index.apply(DOCS, List.of(), 5);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<Long> ids(String query) throws Exception {
        return index.search(new SearchQuery(query, 10)).hits().stream()
                .map(IndexHit::sourceId)
                .sorted()
                .toList();
    }

    @Test
    void wordsAreAllRequiredByDefault() throws Exception {
        assertThat(ids("Moura executed")).containsExactly(2L);
        assertThat(ids("Moura")).containsExactly(2L, 3L);
    }

    @Test
    void booleanOperatorsAndExclusions() throws Exception {
        assertThat(ids("sanctioned OR handover")).containsExactly(1L, 4L);
        assertThat(ids("Moura AND NOT gouvernement")).containsExactly(2L);
        assertThat(ids("Moura -gouvernement")).containsExactly(2L);
        assertThat(ids("-Moura")).containsExactly(1L, 4L, 5L);
    }

    @Test
    void phrasesAndProximity() throws Exception {
        assertThat(ids("\"foreign fighters\"")).containsExactly(2L);
        assertThat(ids("\"fighters foreign\"")).isEmpty();
        assertThat(ids("\"soldiers executed\"~5")).containsExactly(2L);
        assertThat(ids("\"soldiers executed\"")).isEmpty();
    }

    @Test
    void fuzzyAndPrefix() throws Exception {
        assertThat(ids("Mourra~")).containsExactly(2L, 3L);
        assertThat(ids("sanc*")).containsExactly(1L);
    }

    @Test
    void fuzzyPrefixAndWildcardTermsAreLowerCasedAndFoldedLikeTheIndex() throws Exception {
        // The edit budget must go to the typo, not to the capital letters: "mourra" is one edit from "moura".
        assertThat(ids("Mourra~1")).containsExactly(2L, 3L);
        assertThat(ids("MOURRA~")).containsExactly(2L, 3L);
        assertThat(ids("SANC*")).containsExactly(1L);
        assertThat(ids("Mo?ra")).containsExactly(2L, 3L);
        assertThat(ids("Exécu*")).containsExactly(2L, 3L);
        assertThat(ids("L'exécu*")).containsExactly(2L, 3L);
    }

    @Test
    void accentedPrefixFindsTheWordWrittenWithOrWithoutItsAccent() throws Exception {
        index.apply(
                List.of(doc(
                        6,
                        "Cafés shut",
                        "The cafes by the market in Gao stayed shut.",
                        null,
                        null,
                        "en",
                        "text/plain")),
                List.of(),
                6);
        assertThat(ids("Café*")).containsExactly(6L);
        assertThat(ids("CAFE*")).containsExactly(6L);
    }

    @Test
    void keywordFieldPrefixesAndWildcardsIgnoreCase() throws Exception {
        assertThat(ids("type:PDF")).containsExactly(2L);
        assertThat(ids("type:PD*")).containsExactly(2L);
        assertThat(ids("lang:F?")).containsExactly(3L);
        assertThat(ids("published:2022-04-06T09*")).containsExactly(3L);
    }

    @Test
    void fuzzyAndPrefixMatchesAreHighlighted() throws Exception {
        IndexHit fuzzy = index.search(new SearchQuery("Mourra~", 10)).hits().stream()
                .filter(h -> h.sourceId() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(fuzzy.snippets()).anySatisfy(s -> assertThat(s).contains("<b>Moura</b>"));
        IndexHit prefix = index.search(new SearchQuery("sanc*", 10)).hits().getFirst();
        assertThat(prefix.snippets()).anySatisfy(s -> assertThat(s).contains("<b>sanctioned</b>"));
    }

    @Test
    void accentsAndCaseDoNotMatter() throws Exception {
        assertThat(ids("dementi")).containsExactly(3L);
        assertThat(ids("EXECUTION")).containsExactly(3L);
    }

    @Test
    void fieldsByFriendlyName() throws Exception {
        assertThat(ids("title:sanctions")).containsExactly(1L);
        assertThat(ids("outlet:\"Northern Ledger\"")).containsExactly(1L, 4L);
        assertThat(ids("lang:fr")).containsExactly(3L);
        assertThat(ids("language:EN")).containsExactly(1L, 2L, 4L);
        assertThat(ids("type:pdf")).containsExactly(2L);
        assertThat(ids("type:html")).containsExactly(1L, 3L);
    }

    @Test
    void partialDatesAndRanges() throws Exception {
        assertThat(ids("published:2022")).containsExactly(2L, 3L);
        assertThat(ids("published:2022-04-06")).containsExactly(3L);
        assertThat(ids("published:[2022 TO 2023]")).containsExactly(1L, 2L, 3L);
        assertThat(ids("published:{2022 TO 2024}")).containsExactly(1L);
        assertThat(ids("date:[2023-01 TO *]")).containsExactly(1L, 4L);
    }

    @Test
    void everythingQueryMatchesAll() throws Exception {
        assertThat(ids("*:*")).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void facetsCountAllMatchesNotOnlyTheReturnedPage() throws Exception {
        IndexResults r = index.search(new SearchQuery("*:*", 1));
        assertThat(r.total()).isEqualTo(5);
        assertThat(r.hits()).hasSize(1);
        assertThat(r.facets().get("outlet"))
                .containsEntry("Northern Ledger", 2L)
                .containsEntry("Sahel Courier", 1L);
        assertThat(r.facets().get("year"))
                .containsEntry("2022", 2L)
                .containsEntry("2023", 1L)
                .containsEntry("2024", 1L);
        assertThat(r.facets().get("language")).containsEntry("en", 3L).containsEntry("fr", 1L);
        assertThat(r.facets().get("type"))
                .containsEntry("html", 2L)
                .containsEntry("text", 2L)
                .containsEntry("pdf", 1L);
    }

    @Test
    void limitZeroGivesCountsWithoutHits() throws Exception {
        IndexResults r = index.search(new SearchQuery("Moura", 0));
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).isEmpty();
    }

    @Test
    void snippetsMarkMatchesAndEscapeTheText() throws Exception {
        IndexHit hit = index.search(new SearchQuery("Wagner", 10)).hits().stream()
                .filter(h -> h.sourceId() == 5)
                .findFirst()
                .orElseThrow();
        assertThat(hit.snippets()).hasSize(1);
        assertThat(ids("Wagner")).containsExactly(4L, 5L);
        assertThat(hit.snippets().getFirst())
                .contains("<b>Wagner's</b> fighters")
                .contains("&quot;everywhere&quot;")
                .contains("&lt;b&gt;not bold&lt;/b&gt;");
    }

    @Test
    void titleMatchesRankAboveBodyMatches() throws Exception {
        IndexResults r = index.search(new SearchQuery("sanctions OR sanctioned OR junta", 10));
        assertThat(r.hits().getFirst().sourceId()).isEqualTo(1L);
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThatThrownBy(() -> index.search(new SearchQuery("title:(Moura", 10)))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position())
                        .isEqualTo(12))
                .hasMessageContaining("ends too early");
        assertThatThrownBy(() -> index.search(new SearchQuery("Moura AND AND x", 10)))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position())
                        .isEqualTo(10));
        assertThatThrownBy(() -> index.search(new SearchQuery("\"unclosed phrase", 10)))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("quote");
        assertThatThrownBy(() -> index.search(new SearchQuery("colour:red", 10)))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position())
                        .isZero())
                .hasMessageContaining("Unknown field 'colour'");
        assertThatThrownBy(() -> index.search(new SearchQuery("   ", 10))).isInstanceOf(QuerySyntaxException.class);
    }

    /** The words {@code query} marks in {@code body}, indexed as source 10, read back through the offsets. */
    private List<String> matchedWords(String body, String query) throws Exception {
        index.apply(List.of(doc(10, "Matches", body, null, null, "en", "text/plain")), List.of(), 6);
        return index.matchesIn(new SearchQuery(query, 0), 10).stream()
                .map(span -> body.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void matchesInFindsEveryOccurrenceWithOffsetsIntoTheStoredText() throws Exception {
        String body = "Café owners met. The café closed. A CAFE opened. Cafés differ. Wagner's men drank at the cafe.";
        assertThat(matchedWords(body, "cafe")).containsExactly("Café", "café", "CAFE", "cafe");
        assertThat(matchedWords(body, "wagner OR cafe")).containsExactly("Café", "café", "CAFE", "Wagner's", "cafe");
    }

    @Test
    void anActorQueryMatchesAnyOfItsNamesAndMarksThem() throws Exception {
        index.apply(
                List.of(
                        doc(1, "Contractors", "The Wagner Group sent men.", null, null, "en", "text/plain"),
                        doc(2, "Successor", "Africa Corps took over the bases.", null, null, "en", "text/plain"),
                        doc(3, "Composer", "An opera by Richard Strauss.", null, null, "en", "text/plain")),
                List.of(),
                7);
        ActorDirectory wagner = written -> written.equalsIgnoreCase("PMC Wagner")
                ? List.of("Wagner Group", "PMC Wagner", "Africa Corps")
                : List.of();

        var found = index.search(new SearchQuery("actor:\"PMC Wagner\"", 10, wagner));
        assertThat(found.hits()).extracting(IndexHit::sourceId).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(index.matchesIn(new SearchQuery("actor:\"pmc wagner\"", 0, wagner), 2))
                .containsExactly(new TextSpan(0, 12));
        assertThatThrownBy(() -> index.search(new SearchQuery("bases AND actor:\"Hemedti\"", 10, wagner)))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position())
                        .isEqualTo(17))
                .hasMessageContaining("No actor goes by \"Hemedti\"");
    }

    @Test
    void matchesInReturnsSortedSpansThatDoNotOverlap() throws Exception {
        index.apply(List.of(doc(10, "Spans", "Moura, Moura and Mopti.", null, null, "en", "text/plain")), List.of(), 6);
        List<TextSpan> spans = index.matchesIn(new SearchQuery("Moura OR Mopti OR mourra~", 0), 10);
        assertThat(spans).containsExactly(new TextSpan(0, 5), new TextSpan(7, 12), new TextSpan(17, 22));
    }

    @Test
    void matchesInMarksPhraseWordsOnlyWhereThePhraseOccurs() throws Exception {
        String body = "Foreign fighters came; local fighters left; the foreign press counted the foreign fighters.";
        assertThat(matchedWords(body, "\"foreign fighters\"")).containsExactly("Foreign fighters", "foreign fighters");
    }

    @Test
    void matchesInMarksTheWordsAFuzzyTermMatched() throws Exception {
        String body = "Moura, then Mouras, then Mopti.";
        assertThat(matchedWords(body, "mourra~")).containsExactly("Moura", "Mouras");
    }

    @Test
    void matchesInGivesNoSpansForAMatchInAnotherField() throws Exception {
        assertThat(ids("title:sanctions")).containsExactly(1L);
        assertThat(index.matchesIn(new SearchQuery("title:sanctions", 0), 1)).isEmpty();
        assertThat(index.matchesIn(new SearchQuery("outlet:ledger", 0), 1)).isEmpty();
    }

    @Test
    void matchesInIsEmptyForASourceTheQueryDoesNotMatch() throws Exception {
        assertThat(index.matchesIn(new SearchQuery("Moura", 0), 1)).isEmpty();
        assertThat(index.matchesIn(new SearchQuery("Moura Bamako", 0), 2)).isEmpty();
        assertThat(index.matchesIn(new SearchQuery("Moura", 0), 99)).isEmpty();
    }

    @Test
    void matchesInRejectsAQueryItCannotRead() {
        assertThatThrownBy(() -> index.matchesIn(new SearchQuery("title:(Moura", 0), 2))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position())
                        .isEqualTo(12));
    }

    @Test
    void matchesInFindsMatchesBeyondTheSnippetLimit() throws Exception {
        StringBuilder body = new StringBuilder("Timbuktu at the start.");
        while (body.length() <= LuceneSearchIndex.MAX_HIGHLIGHT_CHARS) {
            body.append(" Sand and wind over the dunes.");
        }
        body.append(" Timbuktu at the end.");
        String text = body.toString();
        assertThat(matchedWords(text, "timbuktu")).containsExactly("Timbuktu", "Timbuktu");
        assertThat(index.matchesIn(new SearchQuery("timbuktu", 0), 10).getLast().start())
                .isGreaterThan(LuceneSearchIndex.MAX_HIGHLIGHT_CHARS);
    }

    @Test
    void aColonInsideAPhraseIsNotAField() throws Exception {
        assertThat(ids("\"handover took: weeks\"")).containsExactly(4L);
    }

    @Test
    void updatesReplaceAndDeletesRemove() throws Exception {
        index.apply(
                List.of(doc(2, "Renamed", "nothing about the village now", null, null, "en", "text/plain")),
                List.of(1L),
                7);
        assertThat(ids("Moura")).containsExactly(3L);
        assertThat(ids("sanctioned")).isEmpty();
        assertThat(index.documentCount()).isEqualTo(4);
        assertThat(index.state().appliedSeq()).isEqualTo(7);
    }

    @Test
    void theAppliedChangeNumberSurvivesReopening() throws Exception {
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("index"), CASE);
        assertThat(index.state().health()).isEqualTo(IndexState.Health.CURRENT);
        assertThat(index.state().appliedSeq()).isEqualTo(5);
        assertThat(ids("Moura")).containsExactly(2L, 3L);
    }

    @Test
    void afterReopeningAnUpdateReplacesInsteadOfDuplicating() throws Exception {
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("index"), CASE);
        index.apply(List.of(doc(2, "Moura revisited", "Moura again.", null, null, "en", "text/plain")), List.of(), 6);
        index.apply(
                List.of(doc(6, "A new one", "Fresh text about Moura.", null, null, "en", "text/plain")), List.of(), 7);
        assertThat(index.documentCount()).isEqualTo(6);
        assertThat(ids("Moura")).containsExactly(2L, 3L, 6L);
    }

    @Test
    void anIndexOfAnotherCaseIsNotTrusted() throws Exception {
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("index"), "another-case");
        assertThat(index.state().health()).isEqualTo(IndexState.Health.OTHER_CASE);
        assertThatThrownBy(() -> index.search(new SearchQuery("Moura", 10))).hasMessageContaining("rebuilt");
    }

    @Test
    void aMissingIndexStartsEmpty() throws Exception {
        try (LuceneSearchIndex fresh = LuceneSearchIndex.open(dir.resolve("other"), CASE)) {
            assertThat(fresh.state().health()).isEqualTo(IndexState.Health.MISSING);
            assertThat(fresh.search(new SearchQuery("*:*", 10)).total()).isZero();
        }
    }

    @Test
    void aDamagedIndexIsReportedCorrupt() throws Exception {
        index.close();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        index = LuceneSearchIndex.open(dir.resolve("index"), CASE);
        assertThat(index.state().health()).isEqualTo(IndexState.Health.CORRUPT);
    }

    @Test
    void aRebuildReplacesTheIndexAndRecordsTheChangeNumber() throws Exception {
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("index"), "another-case");
        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.add(DOCS.get(0));
            rebuild.add(DOCS.get(1));
            rebuild.finish(42);
        }
        assertThat(index.state().health()).isEqualTo(IndexState.Health.CURRENT);
        assertThat(index.state().appliedSeq()).isEqualTo(42);
        assertThat(ids("*:*")).containsExactly(1L, 2L);
        assertThat(Files.exists(dir.resolve("index.rebuild"))).isFalse();
        assertThat(Files.exists(dir.resolve("index.old"))).isFalse();
    }

    @Test
    void anAbandonedRebuildLeavesTheLiveIndexAlone() throws Exception {
        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.add(DOCS.get(0));
        }
        assertThat(ids("*:*")).hasSize(5);
        assertThat(Files.exists(dir.resolve("index.rebuild"))).isFalse();
    }
}
