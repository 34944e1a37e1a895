package org.opendossier.export.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendossier.export.annotation.AnnotationFixtures.ACTORS;
import static org.opendossier.export.annotation.AnnotationFixtures.ARTICLE;
import static org.opendossier.export.annotation.AnnotationFixtures.ARTICLE_SOURCE;
import static org.opendossier.export.annotation.AnnotationFixtures.CASE_ID;
import static org.opendossier.export.annotation.AnnotationFixtures.DUMPING;
import static org.opendossier.export.annotation.AnnotationFixtures.EMAIL_SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Evidence;
import org.opendossier.model.Source;

class WebAnnotationRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebAnnotationWriter writer = new WebAnnotationWriter(CASE_ID);
    private final WebAnnotationReader reader = new WebAnnotationReader();

    @Test
    void everyPieceOfEvidenceReadsBackAsItWasWrittenHostileTextIncluded() throws IOException {
        List<AnnotatedEvidence> items = AnnotationFixtures.annotated();

        AnnotationReadResult result = reader.read(new ByteArrayInputStream(collection(items)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.annotations()).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            AnnotatedEvidence written = items.get(i);
            Evidence e = written.evidence();
            ImportedAnnotation read = result.annotations().get(i);
            assertThat(read.index()).isEqualTo(i + 1);
            assertThat(read.id()).isEqualTo(writer.annotationId(e.id()));
            assertThat(DossierUrn.parse(read.claimRef()))
                    .contains(new DossierUrn(CASE_ID, DossierUrn.Kind.CLAIM, e.claimId()));
            assertThat(read.claimStatement()).isEqualTo(written.claim().statement());
            assertThat(read.stance()).isEqualTo(e.stance());
            assertThat(read.stanceStated()).isTrue();
            assertThat(read.source().sha256()).isEqualTo(written.source().sha256());
            assertThat(read.source().url()).isEqualTo(written.source().url());
            assertThat(read.quote()).isEqualTo(e.anchor().quote());
            assertThat(read.textSha256()).isEqualTo(e.anchor().textSha256());
            assertThat(read.note()).isEqualTo(e.note());
            assertThat(read.tags()).isEmpty();
            assertThat(read.warnings()).isEmpty();
            if (e.speakerId() == null) {
                assertThat(read.speakerRef()).isNull();
                assertThat(read.speakerName()).isNull();
            } else {
                assertThat(DossierUrn.parse(read.speakerRef()))
                        .contains(new DossierUrn(CASE_ID, DossierUrn.Kind.ACTOR, e.speakerId()));
                assertThat(read.speakerName()).isEqualTo(ACTORS.get(e.speakerId()));
            }
            if (e.state() == AnchorState.ORPHANED) {
                // Its offsets were taken on a text the case no longer has; only its words travel.
                assertThat(read.codePointSpan()).isNull();
            } else {
                assertThat(read.spanIn(written.source().text())).isEqualTo(e.span());
            }
        }
    }

    @Test
    void positionsAreCountedInCodePointsAsTheW3cModelRequires() throws IOException {
        AnnotatedEvidence barrels = AnnotationFixtures.annotated().get(0);
        Evidence e = barrels.evidence();

        JsonNode position = selector(annotation(barrels), "TextPositionSelector");

        // Two fish before the quote and a face inside it: two UTF-16 units each, one code point each.
        assertThat(position.get("start").intValue()).isEqualTo(e.span().start() - 2);
        assertThat(position.get("end").intValue()).isEqualTo(e.span().end() - 3);
        assertThat(ARTICLE.substring(e.span().start(), e.span().end())).isEqualTo(e.quote());
    }

    @Test
    void anAnnotationHasTheShapeOfTheDecisionRecord() throws IOException {
        AnnotatedEvidence barrels = AnnotationFixtures.annotated().get(0);

        JsonNode annotation = annotation(barrels);

        assertThat(annotation.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(annotation.get("id").asText())
                .isEqualTo("urn:opendossier:%C3%89tude%20du%20port%20%2F%202026%3A%20cas%20%231:evidence:101");
        assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
        assertThat(annotation.get("motivation").asText()).isEqualTo("assessing");
        JsonNode target = annotation.get("target");
        assertThat(target.get("type").asText()).isEqualTo("SpecificResource");
        assertThat(target.get("source").get("id").asText()).isEqualTo("urn:sha256:" + ARTICLE_SOURCE.sha256());
        assertThat(target.get("source").get("format").asText()).isEqualTo("text/html");
        assertThat(target.get("scope").asText()).isEqualTo(ARTICLE_SOURCE.url());
        assertThat(target.get("selector"))
                .extracting(s -> s.get("type").asText())
                .containsExactly("TextQuoteSelector", "TextPositionSelector");
        assertThat(annotation.get("body"))
                .extracting(b -> b.get("purpose").asText())
                .containsExactly("linking", "classifying", "tagging", "commenting");
        assertThat(annotation.get("body").get(1).get("value").asText()).isEqualTo("supports");
    }

    @Test
    void aSourceWithoutUrlHasNoScopeAndAnOrphanedQuoteNoPosition() throws IOException {
        List<AnnotatedEvidence> items = AnnotationFixtures.annotated();

        JsonNode fromEmail = annotation(items.get(3));
        JsonNode orphan = annotation(items.get(4));

        assertThat(fromEmail.get("target").has("scope")).isFalse();
        assertThat(selector(fromEmail, "TextPositionSelector")).isNotNull();
        assertThat(selector(orphan, "TextPositionSelector")).isNull();
        assertThat(selector(orphan, "TextQuoteSelector").get("exact").asText()).isEqualTo("burnt on Thursday");
    }

    @Test
    void oneAnnotationAloneReadsBackToo() throws IOException {
        AnnotatedEvidence denial = AnnotationFixtures.annotated().get(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.writeAnnotation(denial, out);
        AnnotationReadResult result = reader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.annotations()).singleElement().satisfies(a -> {
            assertThat(a.claimStatement()).isEqualTo(denial.claim().statement());
            assertThat(a.quote()).isEqualTo(denial.evidence().anchor().quote());
            assertThat(a.spanIn(ARTICLE)).isEqualTo(denial.evidence().span());
            assertThat(a.speakerName()).isEqualTo("المتحدث باسم الشركة");
        });
    }

    @Test
    void nothingThatCouldEndAnHtmlScriptBlockIsWrittenAsIs() throws IOException {
        String text = new String(collection(AnnotationFixtures.annotated()), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(text).contains("\\u003C/script\\u003E");
        assertThat(JSON.readTree(text).toString()).contains("</script>");
    }

    @Test
    void anEmptyCaseIsACollectionOfNone() throws IOException {
        JsonNode collection = JSON.readTree(collection(List.of()));

        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("total").intValue()).isZero();
        assertThat(collection.has("first")).isFalse();
        AnnotationReadResult result = reader.read(collection.toString());
        assertThat(result.annotations()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void evidenceMustComeWithItsOwnClaimSourceAndSpeakerName() {
        Evidence barrels = AnnotationFixtures.evidence().get(0);
        Source other = EMAIL_SOURCE;

        assertThatThrownBy(() -> new AnnotatedEvidence(barrels, DUMPING, other, ACTORS.get(31L)))
                .hasMessage("evidence 101 quotes source 1, not source 2");
        assertThatThrownBy(() -> new AnnotatedEvidence(barrels, DUMPING, ARTICLE_SOURCE, null))
                .hasMessage("evidence 101 names actor 31 as its speaker: pass that actor's name");
        assertThatThrownBy(() -> AnnotatedEvidence.join(List.of(barrels), List.of(), List.of(ARTICLE_SOURCE), ACTORS))
                .hasMessage("evidence 101 belongs to claim 11, which was not passed");
    }

    private byte[] collection(List<AnnotatedEvidence> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCollection(items, out);
        return out.toByteArray();
    }

    private JsonNode annotation(AnnotatedEvidence item) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeAnnotation(item, out);
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode selector(JsonNode annotation, String type) {
        for (JsonNode s : annotation.get("target").get("selector")) {
            if (s.get("type").asText().equals(type)) {
                return s;
            }
        }
        return null;
    }
}
