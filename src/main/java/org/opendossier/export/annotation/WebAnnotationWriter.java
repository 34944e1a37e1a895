package org.opendossier.export.annotation;

import static org.opendossier.export.annotation.AnnotationVocabulary.ANNO_CONTEXT;
import static org.opendossier.export.annotation.AnnotationVocabulary.MOTIVATION;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_CLAIM;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_NOTE;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_SPEAKER;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_STANCE;
import static org.opendossier.export.annotation.AnnotationVocabulary.SPEAKER;
import static org.opendossier.export.annotation.AnnotationVocabulary.TEXT_SHA256;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opendossier.model.Evidence;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;

/**
 * Writes evidence as W3C Web Annotations (Web Annotation Data Model, 2017) in JSON-LD: one annotation, or all of
 * them as an {@code AnnotationCollection} whose first and only {@code AnnotationPage} holds every annotation (the
 * form of the model's §5, which needs no server to page through).
 *
 * <p>Each annotation, with the choices of decision record 0015:
 *
 * <ul>
 *   <li>{@code @context}: the W3C context and a small inline context for our two terms, {@code textSha256} and
 *       {@code speaker} (in a collection, once at its top);
 *   <li>{@code id} {@code urn:opendossier:<case>:evidence:<id>}, {@code type} Annotation, {@code motivation}
 *       {@code assessing}: the investigator assesses what the passage says about a claim;
 *   <li>{@code target}: a SpecificResource whose {@code source} is the original by content,
 *       {@code urn:sha256:<hex>} (with its {@code format} and {@code language}), whose {@code scope} is the URL it
 *       was published at, when known, and whose {@code textSha256} pins the extracted text the selectors were
 *       taken on; {@code selector} holds a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 *       (start, end), the latter only while the source's text is still the one the quote was anchored on;
 *   <li>{@code body}: the claim as a TextualBody with the claim's URN as id and its statement as value (purpose
 *       {@code linking}); the stance as a TextualBody "supports", "disputes", "denies", "reports" or "mentions"
 *       (purpose {@code classifying}); the speaker's name (purpose {@code tagging}, with {@code speaker} naming
 *       the actor's URN); the note (purpose {@code commenting}).
 * </ul>
 *
 * Positions are counted in Unicode code points as the W3C model requires, not in the UTF-16 units of the case's
 * offsets. Evidence carries no times of its own yet, so {@code created} and {@code modified} are not written.
 */
public final class WebAnnotationWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String caseId;

    /**
     * @param caseId what names the case (its folder name, say); the same id gives the same annotation ids in
     *     every export
     */
    public WebAnnotationWriter(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("an annotation export needs the case's id to make annotation ids from");
        }
        this.caseId = caseId.strip();
    }

    /** The annotation id of a piece of evidence of this case. */
    public String annotationId(long evidenceId) {
        return new DossierUrn(caseId, DossierUrn.Kind.EVIDENCE, evidenceId).toString();
    }

    /** Writes one annotation, with its own {@code @context}, to {@code out}, which is flushed, not closed. */
    public void writeAnnotation(AnnotatedEvidence item, OutputStream out) throws IOException {
        ObjectNode document = NODES.objectNode();
        document.set("@context", context());
        document.setAll(annotation(item));
        JsonLdOutput.write(document, out);
    }

    /**
     * Writes every item, in the order given, as one AnnotationCollection to {@code out}, which is flushed, not
     * closed.
     */
    public void writeCollection(List<AnnotatedEvidence> items, OutputStream out) throws IOException {
        String collectionId = DossierUrn.caseName(caseId) + ":annotations";
        ObjectNode document = NODES.objectNode();
        document.set("@context", context());
        document.put("id", collectionId);
        document.put("type", "AnnotationCollection");
        document.put("label", "Evidence of the case " + caseId);
        document.put("total", items.size());
        if (!items.isEmpty()) {
            String pageId = collectionId + ":page:1";
            ObjectNode page = document.putObject("first");
            page.put("id", pageId);
            page.put("type", "AnnotationPage");
            page.put("startIndex", 0);
            ArrayNode annotations = page.putArray("items");
            items.forEach(item -> annotations.add(annotation(item)));
            document.put("last", pageId);
        }
        JsonLdOutput.write(document, out);
    }

    private static ArrayNode context() {
        ArrayNode context = NODES.arrayNode();
        context.add(ANNO_CONTEXT);
        context.add(AnnotationVocabulary.extensionContext());
        return context;
    }

    private ObjectNode annotation(AnnotatedEvidence item) {
        Evidence evidence = item.evidence();
        ObjectNode annotation = NODES.objectNode();
        annotation.put("id", annotationId(evidence.id()));
        annotation.put("type", "Annotation");
        annotation.put("motivation", MOTIVATION);
        annotation.set("body", bodies(item));
        annotation.set("target", target(evidence.anchor(), item.source()));
        return annotation;
    }

    private ArrayNode bodies(AnnotatedEvidence item) {
        Evidence evidence = item.evidence();
        ArrayNode bodies = NODES.arrayNode();
        ObjectNode claim = bodies.addObject();
        claim.put(
                "id", new DossierUrn(caseId, DossierUrn.Kind.CLAIM, item.claim().id()).toString());
        claim.setAll(textualBody(PURPOSE_CLAIM, item.claim().statement()));
        claim.put("format", "text/plain");
        bodies.add(textualBody(PURPOSE_STANCE, evidence.stance().name().toLowerCase(Locale.ROOT)));
        if (evidence.speakerId() != null) {
            ObjectNode speaker = textualBody(PURPOSE_SPEAKER, item.speakerName());
            speaker.put(SPEAKER, new DossierUrn(caseId, DossierUrn.Kind.ACTOR, evidence.speakerId()).toString());
            bodies.add(speaker);
        }
        if (!evidence.note().isBlank()) {
            bodies.add(textualBody(PURPOSE_NOTE, evidence.note()).put("format", "text/plain"));
        }
        return bodies;
    }

    private static ObjectNode textualBody(String purpose, String value) {
        ObjectNode body = NODES.objectNode();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        return body;
    }

    private static ObjectNode target(QuoteAnchor anchor, Source source) {
        ObjectNode target = NODES.objectNode();
        target.put("type", "SpecificResource");
        ObjectNode original = target.putObject("source");
        original.put("id", DossierUrn.sha256(source.sha256()));
        original.put("format", source.mediaType());
        if (source.language() != null && !source.language().isBlank()) {
            original.put("language", source.language());
        }
        if (isAbsoluteIri(source.url())) {
            target.put("scope", source.url());
        }
        target.put(TEXT_SHA256, anchor.textSha256());
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", anchor.quote().exact());
        quote.put("prefix", anchor.quote().prefix());
        quote.put("suffix", anchor.quote().suffix());
        // The offsets are only meaningful on the text they were taken on; an orphaned quote keeps its words.
        TextSpan position = anchor.fits(source) ? TextPositions.toCodePoints(source.text(), anchor.span()) : null;
        if (position != null) {
            ObjectNode selector = selectors.addObject();
            selector.put("type", "TextPositionSelector");
            selector.put("start", position.start());
            selector.put("end", position.end());
        }
        return target;
    }

    /** Whether a stored URL can stand as an IRI in JSON-LD; one that cannot is left out rather than mangled. */
    private static boolean isAbsoluteIri(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            return new URI(url).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
