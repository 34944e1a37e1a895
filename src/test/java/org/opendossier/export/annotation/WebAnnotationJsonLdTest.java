package org.opendossier.export.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.export.annotation.AnnotationFixtures.CASE_ID;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Evidence;

/**
 * Expands our annotations with a JSON-LD 1.1 processor (Titanium) and checks that every term lands on its W3C
 * IRI: a misspelt term, a purpose the context does not define or a property in the wrong place would expand to
 * nothing or to something else, which reading the compact JSON back cannot see.
 *
 * <p>The processor never goes online: its loader serves only {@code http://www.w3.org/ns/anno.jsonld}, from
 * {@code src/test/resources/schemas/anno.jsonld}. That copy is {@code jsonld/anno.jsonld} of the
 * w3c/web-annotation repository at commit 929c823564930d65546c54a24aeb8df1bdcd021b, plus the line
 * {@code "assessing": "oa:assessing"}, which the W3C added to the published context in July 2021
 * (w3c/web-annotation issue 444) after renaming the motivation {@code reviewing} to {@code assessing}.
 */
class WebAnnotationJsonLdTest {
    private static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String AS = "http://www.w3.org/ns/activitystreams#";
    private static final String OD = "https://opendossier.org/ns#";
    private static final String RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
    private static final String DC_FORMAT = "http://purl.org/dc/elements/1.1/format";
    private static final String XSD_NON_NEGATIVE = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DocumentLoader OFFLINE = (url, options) -> {
        if (!url.toString().equals(ANNO_CONTEXT)) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline test: no " + url);
        }
        try (InputStream in = WebAnnotationJsonLdTest.class.getResourceAsStream("/schemas/anno.jsonld")) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    };

    private final WebAnnotationWriter writer = new WebAnnotationWriter(CASE_ID);

    @Test
    void theCollectionExpandsToAnOrderedCollectionOfOaAnnotations() throws Exception {
        List<AnnotatedEvidence> items = AnnotationFixtures.annotated();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCollection(items, out);

        JsonNode collection = single(expand(out.toByteArray()));

        assertThat(ids(collection.get("@type"))).containsExactly(AS + "OrderedCollection");
        assertThat(value(collection, AS + "totalItems").intValue()).isEqualTo(items.size());
        JsonNode page = single(collection.get(AS + "first"));
        assertThat(ids(page.get("@type"))).containsExactly(AS + "OrderedCollectionPage");
        assertThat(value(page, AS + "startIndex").intValue()).isZero();
        JsonNode annotations = single(page.get(AS + "items")).get("@list");
        assertThat(annotations).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertIsOurAnnotation(annotations.get(i), items.get(i));
        }
    }

    @Test
    void aLoneAnnotationExpandsTheSameWay() throws Exception {
        AnnotatedEvidence barrels = AnnotationFixtures.annotated().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeAnnotation(barrels, out);

        assertIsOurAnnotation(single(expand(out.toByteArray())), barrels);
    }

    private void assertIsOurAnnotation(JsonNode annotation, AnnotatedEvidence item) {
        Evidence e = item.evidence();
        assertThat(annotation.get("@id").asText()).isEqualTo(writer.annotationId(e.id()));
        assertThat(ids(annotation.get("@type"))).containsExactly(OA + "Annotation");
        assertThat(ids(annotation.get(OA + "motivatedBy"))).containsExactly(OA + "assessing");

        JsonNode target = single(annotation.get(OA + "hasTarget"));
        assertThat(ids(target.get("@type"))).containsExactly(OA + "SpecificResource");
        JsonNode source = single(target.get(OA + "hasSource"));
        assertThat(source.get("@id").asText())
                .isEqualTo("urn:sha256:" + item.source().sha256());
        assertThat(value(source, DC_FORMAT).asText()).isEqualTo(item.source().mediaType());
        if (item.source().url() == null) {
            assertThat(target.has(OA + "hasScope")).isFalse();
        } else {
            assertThat(single(target.get(OA + "hasScope")).get("@id").asText())
                    .isEqualTo(item.source().url());
        }
        assertThat(value(target, OD + "textSha256").asText())
                .isEqualTo(e.anchor().textSha256());

        JsonNode quote = ofType(target.get(OA + "hasSelector"), OA + "TextQuoteSelector");
        assertThat(value(quote, OA + "exact").asText())
                .isEqualTo(e.anchor().quote().exact());
        assertThat(value(quote, OA + "prefix").asText())
                .isEqualTo(e.anchor().quote().prefix());
        assertThat(value(quote, OA + "suffix").asText())
                .isEqualTo(e.anchor().quote().suffix());
        JsonNode position = ofType(target.get(OA + "hasSelector"), OA + "TextPositionSelector");
        if (e.state() == AnchorState.ORPHANED) {
            assertThat(position).isNull();
        } else {
            String text = item.source().text();
            JsonNode start = single(position.get(OA + "start"));
            assertThat(start.get("@type").asText()).isEqualTo(XSD_NON_NEGATIVE);
            assertThat(start.get("@value").intValue())
                    .isEqualTo(text.codePointCount(0, e.span().start()));
            assertThat(value(position, OA + "end").intValue())
                    .isEqualTo(text.codePointCount(0, e.span().end()));
        }

        JsonNode bodies = annotation.get(OA + "hasBody");
        JsonNode claim = withPurpose(bodies, OA + "linking");
        assertThat(claim.get("@id").asText())
                .isEqualTo(new DossierUrn(CASE_ID, DossierUrn.Kind.CLAIM, e.claimId()).toString());
        assertThat(ids(claim.get("@type"))).containsExactly(OA + "TextualBody");
        assertThat(value(claim, RDF_VALUE).asText()).isEqualTo(item.claim().statement());
        assertThat(value(withPurpose(bodies, OA + "classifying"), RDF_VALUE).asText())
                .isEqualTo(e.stance().name().toLowerCase(java.util.Locale.ROOT));
        JsonNode speaker = withPurpose(bodies, OA + "tagging");
        if (e.speakerId() == null) {
            assertThat(speaker).isNull();
        } else {
            assertThat(value(speaker, RDF_VALUE).asText()).isEqualTo(item.speakerName());
            assertThat(single(speaker.get(OD + "speaker")).get("@id").asText())
                    .isEqualTo(new DossierUrn(CASE_ID, DossierUrn.Kind.ACTOR, e.speakerId()).toString());
        }
        JsonNode note = withPurpose(bodies, OA + "commenting");
        if (e.note().isBlank()) {
            assertThat(note).isNull();
        } else {
            assertThat(value(note, RDF_VALUE).asText()).isEqualTo(e.note());
        }
    }

    /** Expands with the offline loader, failing on any term that the contexts do not define. */
    private static JsonNode expand(byte[] document) throws Exception {
        var expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(document)))
                .loader(OFFLINE)
                .undefinedTermsPolicy(ProcessingPolicy.Fail)
                .get();
        return JSON.readTree(expanded.toString());
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array).as("one value").hasSize(1);
        return array.get(0);
    }

    private static JsonNode value(JsonNode node, String property) {
        return single(node.get(property)).get("@value");
    }

    private static List<String> ids(JsonNode values) {
        List<String> ids = new ArrayList<>();
        values.forEach(v -> ids.add(v.isTextual() ? v.asText() : v.get("@id").asText()));
        return ids;
    }

    private static JsonNode ofType(JsonNode nodes, String type) {
        for (JsonNode n : nodes) {
            if (ids(n.get("@type")).contains(type)) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode withPurpose(JsonNode bodies, String purpose) {
        for (JsonNode b : bodies) {
            if (b.has(OA + "hasPurpose") && ids(b.get(OA + "hasPurpose")).contains(purpose)) {
                return b;
            }
        }
        return null;
    }
}
