package org.opendossier.export.annotation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The names our Web Annotations use, in one place for the writer and the reader: the W3C context, and the two
 * terms of our own that the W3C vocabulary has no word for (decision record 0015).
 */
final class AnnotationVocabulary {
    /** The W3C Web Annotation JSON-LD context every annotation names. */
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    /** Our namespace. Nothing dereferences it; it only keeps our two terms apart from everyone else's. */
    static final String NAMESPACE = "https://opendossier.org/ns#";

    /** On a target: SHA-256 of the extracted text that the quote and its positions were taken on. */
    static final String TEXT_SHA256 = "textSha256";

    /** On a tagging body: the actor the tag names as the one speaking in the source. */
    static final String SPEAKER = "speaker";

    static final String MOTIVATION = "assessing";
    static final String PURPOSE_CLAIM = "linking";
    static final String PURPOSE_STANCE = "classifying";
    static final String PURPOSE_SPEAKER = "tagging";
    static final String PURPOSE_NOTE = "commenting";

    private AnnotationVocabulary() {}

    /** The small inline context that defines our terms, so that no second context has to be fetched. */
    static ObjectNode extensionContext() {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.put("od", NAMESPACE);
        context.put(TEXT_SHA256, "od:" + TEXT_SHA256);
        ObjectNode speaker = context.putObject(SPEAKER);
        speaker.put("@id", "od:" + SPEAKER);
        speaker.put("@type", "@id");
        return context;
    }
}
