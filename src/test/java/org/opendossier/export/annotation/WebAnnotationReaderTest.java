package org.opendossier.export.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Stance;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/** Foreign and broken annotations. Ours are covered by {@link WebAnnotationRoundTripTest}. */
class WebAnnotationReaderTest {
    private static final String SHA = "a".repeat(64);
    private final WebAnnotationReader reader = new WebAnnotationReader();

    @Test
    void aHypothesisStyleAnnotationWithOneQuoteSelectorAndAUrlIsRead() throws Exception {
        String json = """
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "https://hypothes.is/a/Qx9-example",
                  "type": "Annotation",
                  "created": "2026-03-01T10:15:00.123456+00:00",
                  "modified": "2026-03-02T08:00:00Z",
                  "creator": "acct:reporter@hypothes.is",
                  "body": [
                    {"type": "TextualBody", "value": "Check against the port log", "format": "text/markdown"},
                    {"type": "TextualBody", "purpose": "tagging", "value": "dumping"}
                  ],
                  "target": [{
                    "source": "https://example.org/harbour-story",
                    "selector": {"type": "TextQuoteSelector", "exact": "barrels were dumped",
                                 "prefix": "The ", "suffix": " at night"}
                  }]
                }""";

        AnnotationReadResult result = reader.read(json);

        assertThat(result.problems()).isEmpty();
        ImportedAnnotation a = result.annotations().get(0);
        assertThat(a.id()).isEqualTo("https://hypothes.is/a/Qx9-example");
        assertThat(a.source()).isEqualTo(new SourceRef(null, "https://example.org/harbour-story"));
        assertThat(a.quote()).isEqualTo(new TextQuote("barrels were dumped", "The ", " at night"));
        assertThat(a.codePointSpan()).isNull();
        assertThat(a.claimRef()).isNull();
        assertThat(a.claimStatement()).isNull();
        assertThat(a.stance()).isEqualTo(Stance.MENTIONS);
        assertThat(a.stanceStated()).isFalse();
        assertThat(a.note()).isEqualTo("Check against the port log");
        assertThat(a.tags()).containsExactly("dumping");
        assertThat(a.speakerName()).isNull();
        assertThat(a.created()).isEqualTo(Instant.parse("2026-03-01T10:15:00.123456Z"));
        assertThat(a.modified()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(a.warnings())
                .containsExactly(
                        "it gives no stance; read as \"mentions\", which neither backs nor contests the claim");
    }

    @Test
    void theRowsOfAHypothesisSearchAreReadWithTheirPositionsTextAndTags() throws Exception {
        String json = """
                {"total": 2, "rows": [
                  {"id": "r1", "uri": "https://example.org/a", "text": "first note", "tags": ["port", "night"],
                   "target": [{"source": "https://example.org/a", "selector": [
                     {"type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 4,
                      "endContainer": "/p[1]", "endOffset": 23},
                     {"type": "TextPositionSelector", "start": 4, "end": 23},
                     {"type": "TextQuoteSelector", "exact": "barrels were dumped", "prefix": "The ", "suffix": " "}
                   ]}]},
                  {"id": "r2", "uri": "https://example.org/b", "text": "", "tags": [],
                   "target": [{"source": "urn:x-pdf:1234", "selector": [
                     {"type": "TextQuoteSelector", "exact": "logs in a drawer"}]}]}
                ]}""";

        AnnotationReadResult result = reader.read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.annotations()).hasSize(2);
        ImportedAnnotation first = result.annotations().get(0);
        assertThat(first.codePointSpan()).isEqualTo(new TextSpan(4, 23));
        assertThat(first.spanIn("The barrels were dumped at night")).isEqualTo(new TextSpan(4, 23));
        assertThat(first.note()).isEqualTo("first note");
        assertThat(first.tags()).containsExactly("port", "night");
        ImportedAnnotation second = result.annotations().get(1);
        assertThat(second.source().url()).isEqualTo("urn:x-pdf:1234");
        assertThat(second.note()).isEmpty();
        assertThat(second.quote().prefix()).isEmpty();
    }

    @Test
    void selectorsMayBeOneObjectOrAChoiceAndTheSourceAHashWithAUrlScope() throws Exception {
        String json = """
                [
                  {"type": "Annotation", "target": {"source": {"id": "urn:sha256:%s"},
                    "scope": "https://example.org/a",
                    "selector": {"type": "Choice", "items": [
                      {"type": "TextPositionSelector", "start": 10, "end": 13},
                      {"type": "TextQuoteSelector", "exact": "🐟ab"}]}}},
                  {"@type": "oa:Annotation", "target": {"source": "URN:SHA256:%s",
                    "selector": {"@type": "oa:TextQuoteSelector", "exact": "x"}}}
                ]""".formatted(SHA, SHA.toUpperCase(java.util.Locale.ROOT));

        AnnotationReadResult result = reader.read(json);

        assertThat(result.problems()).isEmpty();
        ImportedAnnotation choice = result.annotations().get(0);
        assertThat(choice.source()).isEqualTo(new SourceRef(SHA, "https://example.org/a"));
        // Three code points, four UTF-16 units.
        assertThat(choice.codePointSpan()).isEqualTo(new TextSpan(10, 13));
        assertThat(choice.spanIn("0123456789🐟ab")).isEqualTo(new TextSpan(10, 14));
        assertThat(choice.spanIn("short")).isNull();
        assertThat(result.annotations().get(1).source()).isEqualTo(new SourceRef(SHA, null));
    }

    @Test
    void stanceWordsAreReadInAnyCaseOrAsTheEndOfAnIri() throws Exception {
        String json = """
                [%s, %s, %s, %s]""".formatted(
                withStance("{\"type\": \"TextualBody\", \"purpose\": \"classifying\", \"value\": \"SUPPORTS\"}"),
                withStance("{\"purpose\": \"oa:classifying\", \"value\": \"https://opendossier.org/ns#denies\"}"),
                withStance(
                        "{\"type\": \"SpecificResource\", \"purpose\": [\"classifying\"], \"source\": \"od:reports\"}"),
                withStance("{\"purpose\": \"http://www.w3.org/ns/oa#classifying\", \"value\": \" Disputes \"}"));

        AnnotationReadResult result = reader.read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.annotations())
                .extracting(ImportedAnnotation::stance)
                .containsExactly(Stance.SUPPORTS, Stance.DENIES, Stance.REPORTS, Stance.DISPUTES);
        assertThat(result.annotations()).allMatch(ImportedAnnotation::stanceStated);
    }

    @Test
    void eachBrokenAnnotationIsAProblemWithItsPlaceAndTheOthersAreStillRead() throws Exception {
        String good = annotation("[]", quote("barrels"));
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 11,
                 "first": {"type": "AnnotationPage", "items": [
                   %s,
                   {"type": "Annotation", "body": []},
                   %s,
                   %s,
                   %s,
                   "https://example.org/annotations/7",
                   {"type": "Annotation", "target": {"source": "urn:sha256:1234", "selector": %s}},
                   %s,
                   %s,
                   %s,
                   {"type": "Highlight", "target": "https://example.org/a"}
                 ]}}""".formatted(
                good,
                annotation("[]", "{\"type\": \"TextPositionSelector\", \"start\": 1, \"end\": 4}"),
                annotation("[{\"purpose\": \"classifying\", \"value\": \"agrees\"}]", quote("barrels")),
                annotation(
                        "[{\"purpose\": \"classifying\", \"value\": \"supports\"},"
                                + " {\"purpose\": \"classifying\", \"value\": \"denies\"}]",
                        quote("barrels")),
                quote("barrels"),
                annotation("[]", "{\"type\": \"TextQuoteSelector\", \"exact\": \"\"}"),
                annotation(
                        "[]",
                        "[" + quote("barrels") + ", {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 3}]"),
                annotation(
                        "[{\"id\": \"urn:opendossier:c:claim:1\", \"purpose\": \"linking\", \"value\": \"A\"},"
                                + " {\"id\": \"urn:opendossier:c:claim:2\", \"purpose\": \"linking\", \"value\": \"B\"}]",
                        quote("barrels")));

        AnnotationReadResult result = reader.read(json);

        assertThat(result.annotations()).extracting(ImportedAnnotation::index).containsExactly(1, 9);
        assertThat(result.annotations().get(1).codePointSpan()).isNull();
        assertThat(result.annotations().get(1).warnings())
                .contains(
                        "its TextPositionSelector [0, 3) covers 3 characters but the quote has 7; only the quote was read");
        assertThat(result.problems())
                .extracting(AnnotationReadResult.Problem::toString)
                .containsExactly(
                        "annotation 2 (/first/items/1): has no target",
                        "annotation 3 (/first/items/2): target has no TextQuoteSelector",
                        "annotation 4 (/first/items/3): stance \"agrees\" is not one of supports, reports, mentions, disputes,"
                                + " denies (in the classifying body)",
                        "annotation 5 (/first/items/4): gives 2 stances (supports, denies); a piece of evidence takes one",
                        "annotation 6 (/first/items/5): is only a link (https://example.org/annotations/7), not an annotation",
                        "annotation 7 (/first/items/6): source urn:sha256:1234 does not hold a SHA-256 (64 hex digits)",
                        "annotation 8 (/first/items/7): TextQuoteSelector has no exact text",
                        "annotation 10 (/first/items/9): links to 2 claims (urn:opendossier:c:claim:1,"
                                + " urn:opendossier:c:claim:2); a piece of evidence bears on one claim",
                        "annotation 11 (/first/items/10): has type Highlight, not Annotation");
    }

    @Test
    void aTargetWithoutAnySourceIsAProblem() throws Exception {
        AnnotationReadResult result =
                reader.read("{\"type\": \"Annotation\", \"target\": {\"selector\": " + quote("barrels") + "}}");

        assertThat(result.annotations()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .hasToString("annotation 1: target names no source (neither urn:sha256:… nor a URL)");
    }

    @Test
    void aDocumentThatHoldsNoAnnotationsIsRefusedWithTheReason() {
        assertThatThrownBy(() -> reader.read("{\"type\": \"Annotation\",\n \"target\": [1, 2,]}"))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageStartingWith("Not JSON: ")
                .hasMessageContaining("(line 2, column");
        assertThatThrownBy(() -> reader.read("42"))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessage("The document is a number, not annotations: expected an Annotation, an AnnotationPage,"
                        + " an AnnotationCollection or an array of annotations.");
        assertThatThrownBy(() ->
                        reader.read("{\"type\": \"AnnotationCollection\", \"first\": \"https://example.org/p1\"}"))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessage("The collection only links to its first page (https://example.org/p1) and does not"
                        + " include it: import that page instead.");
        assertThatThrownBy(() -> reader.read(
                        "{\"type\": \"AnnotationPage\", \"items\": [], \"next\": \"https://example.org/p2\"}"))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("next: https://example.org/p2");
        assertThatThrownBy(() -> reader.read(""))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessage("The document is empty.");
    }

    @Test
    void aTimeThatIsNotIsoIsLeftOutWithAWarning() throws Exception {
        String json = "{\"type\": \"Annotation\", \"created\": \"yesterday\", \"target\": {\"source\":"
                + " \"https://example.org/a\", \"selector\": " + quote("barrels") + "}}";

        ImportedAnnotation a = reader.read(json).annotations().get(0);

        assertThat(a.created()).isNull();
        assertThat(a.warnings())
                .contains("its created time \"yesterday\" is not an ISO-8601 date-time with an offset; left out");
    }

    private static String withStance(String body) {
        return annotation("[" + body + "]", quote("barrels"));
    }

    private static String annotation(String bodies, String selector) {
        return "{\"type\": \"Annotation\", \"body\": " + bodies
                + ", \"target\": {\"source\": \"https://example.org/a\", \"selector\": " + selector + "}}";
    }

    private static String quote(String exact) {
        return "{\"type\": \"TextQuoteSelector\", \"exact\": \"" + exact + "\"}";
    }
}
