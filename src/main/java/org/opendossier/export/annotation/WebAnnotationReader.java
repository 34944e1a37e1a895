package org.opendossier.export.annotation;

import static org.opendossier.export.annotation.AnnotationVocabulary.NAMESPACE;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_CLAIM;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_NOTE;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_SPEAKER;
import static org.opendossier.export.annotation.AnnotationVocabulary.PURPOSE_STANCE;
import static org.opendossier.export.annotation.AnnotationVocabulary.SPEAKER;
import static org.opendossier.export.annotation.AnnotationVocabulary.TEXT_SHA256;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendossier.model.Sha256;
import org.opendossier.model.Stance;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/**
 * Reads Web Annotations back: ours ({@link WebAnnotationWriter}) and foreign ones that quote text, such as
 * Hypothesis's. It reads the compact JSON that the W3C context defines (the terms {@code type}, {@code target},
 * {@code selector}, … or their {@code oa:} forms), not arbitrary JSON-LD.
 *
 * <p>A document is one annotation, an array of them, an {@code AnnotationPage}, an {@code AnnotationCollection}
 * that includes its page, a JSON-LD {@code @graph}, or the {@code rows} of a Hypothesis API search. Each annotation
 * is read on its own: one that cannot be read becomes a problem naming its position and what is wrong, and the
 * others are still read.
 *
 * <p>What is read, with the rules of decision record 0015:
 *
 * <ul>
 *   <li>the passage: the first target with a {@code TextQuoteSelector} (required), its selector given as an
 *       array, a single object, or inside a {@code Choice}; a {@code TextPositionSelector} beside it when its
 *       length agrees with the quote's (else it is dropped with a warning);
 *   <li>the source: a {@code urn:sha256:} source gives the content hash; any other source, else the target's
 *       {@code scope}, else Hypothesis's {@code uri}, gives the URL;
 *   <li>the claim: a body with purpose {@code linking} and a text value, or one whose id is a dossier claim URN;
 *       two different claims are a problem;
 *   <li>the stance: a {@code classifying} body whose value (or source IRI, after its last {@code # / :}) is a
 *       stance word, in any case. A classifying value that is no stance word, or two different stances, is a
 *       problem rather than a guess. With no classifying body the stance is {@code MENTIONS}, the one stance that
 *       neither backs nor contests a claim, so importing highlights cannot change a claim's corroboration;
 *   <li>the speaker: a {@code tagging} body with our {@code speaker} term; other tags are kept as tags;
 *   <li>the note: {@code commenting} bodies, a textual body with no purpose, {@code bodyValue}, or Hypothesis's
 *       {@code text}.
 * </ul>
 */
public final class WebAnnotationReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String AS = "http://www.w3.org/ns/activitystreams#";
    private static final String STANCE_WORDS = Arrays.stream(Stance.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    /** Reads every annotation in {@code json}. */
    public AnnotationReadResult read(String json) throws AnnotationFormatException {
        try {
            return read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /**
     * Reads every annotation in the document on {@code in}, which is read to its end, not closed.
     *
     * @throws AnnotationFormatException when the document is not JSON or holds no annotations at all
     */
    public AnnotationReadResult read(InputStream in) throws IOException {
        try {
            return read(JSON.readTree(in));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    private static AnnotationReadResult read(JsonNode root) throws AnnotationFormatException {
        if (root == null || root.isMissingNode()) {
            throw new AnnotationFormatException("The document is empty.");
        }
        List<ImportedAnnotation> read = new ArrayList<>();
        List<AnnotationReadResult.Problem> problems = new ArrayList<>();
        List<Located> items = locate(root);
        for (int i = 0; i < items.size(); i++) {
            Located item = items.get(i);
            try {
                read.add(annotation(item.node(), i + 1));
            } catch (Unreadable e) {
                problems.add(new AnnotationReadResult.Problem(i + 1, item.pointer(), e.getMessage()));
            }
        }
        return new AnnotationReadResult(read, problems);
    }

    private static AnnotationFormatException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new AnnotationFormatException("Not JSON: " + e.getOriginalMessage() + where);
    }

    private record Located(JsonNode node, String pointer) {}

    /** Thrown for one annotation that cannot be read; caught for it alone. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    // ---- where the annotations are ------------------------------------------------------------------------------

    private static List<Located> locate(JsonNode root) throws AnnotationFormatException {
        if (root.isArray()) {
            return elements(root, "");
        }
        if (!root.isObject()) {
            throw new AnnotationFormatException("The document is a " + kind(root) + ", not annotations: expected an"
                    + " Annotation, an AnnotationPage, an AnnotationCollection or an array of annotations.");
        }
        Set<String> types = types(root);
        if (is(types, "AnnotationCollection")
                || types.contains("as:OrderedCollection")
                || types.contains(AS + "OrderedCollection")) {
            JsonNode first = root.get("first");
            if (first == null || first.isNull()) {
                return List.of();
            }
            if (first.isTextual()) {
                throw new AnnotationFormatException("The collection only links to its first page (" + first.asText()
                        + ") and does not include it: import that page instead.");
            }
            return page(first, "/first");
        }
        if (is(types, "AnnotationPage") || types.contains("as:OrderedCollectionPage")) {
            return page(root, "");
        }
        if (root.path("rows").isArray()) {
            return elements(root.get("rows"), "/rows");
        }
        if (root.path("@graph").isArray()) {
            return elements(root.get("@graph"), "/@graph");
        }
        return List.of(new Located(root, ""));
    }

    private static List<Located> page(JsonNode page, String pointer) throws AnnotationFormatException {
        JsonNode items = page.get("items");
        if (items == null || !items.isArray()) {
            throw new AnnotationFormatException(
                    "The annotation page at \"" + pointer + "\" has no list of items to read annotations from.");
        }
        if (page.hasNonNull("next")) {
            throw new AnnotationFormatException("The annotations go on past this page (next: "
                    + page.get("next").asText() + "): export them as one document, or import each page.");
        }
        return elements(items, pointer + "/items");
    }

    private static List<Located> elements(JsonNode array, String pointer) {
        List<Located> located = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            located.add(new Located(array.get(i), pointer + "/" + i));
        }
        return located;
    }

    // ---- one annotation -----------------------------------------------------------------------------------------

    private static ImportedAnnotation annotation(JsonNode node, int index) throws Unreadable {
        if (node.isTextual()) {
            throw new Unreadable("is only a link (" + node.asText() + "), not an annotation");
        }
        if (!node.isObject()) {
            throw new Unreadable("is a " + kind(node) + ", not an annotation object");
        }
        Set<String> types = types(node);
        if (!types.isEmpty() && !is(types, "Annotation")) {
            throw new Unreadable("has type " + String.join(", ", types) + ", not Annotation");
        }
        List<String> warnings = new ArrayList<>();
        Target target = target(node, warnings);
        Bodies bodies = bodies(node, warnings);
        return new ImportedAnnotation(
                index,
                id(node),
                bodies.claimRef,
                bodies.claimStatement,
                bodies.stance == null ? Stance.MENTIONS : bodies.stance,
                bodies.stance != null,
                target.source,
                target.quote,
                target.span,
                target.textSha256,
                bodies.speakerRef,
                bodies.speakerName,
                String.join("\n\n", bodies.notes),
                bodies.tags,
                time(node, "created", warnings),
                time(node, "modified", warnings),
                warnings);
    }

    private record Target(SourceRef source, TextQuote quote, TextSpan span, String textSha256) {}

    private static Target target(JsonNode annotation, List<String> warnings) throws Unreadable {
        JsonNode target = annotation.get("target");
        if (target == null || target.isNull()) {
            throw new Unreadable("has no target");
        }
        List<JsonNode> targets = target.isArray() ? list(target) : List.of(target);
        JsonNode chosen = null;
        List<JsonNode> chosenSelectors = List.of();
        int quoting = 0;
        for (JsonNode t : targets) {
            List<JsonNode> selectors = selectors(t);
            if (firstOfType(selectors, "TextQuoteSelector") != null) {
                quoting++;
                if (chosen == null) {
                    chosen = t;
                    chosenSelectors = selectors;
                }
            }
        }
        if (chosen == null) {
            throw new Unreadable(
                    targets.size() == 1
                            ? "target has no TextQuoteSelector"
                            : "none of its " + targets.size() + " targets has a TextQuoteSelector");
        }
        if (quoting > 1) {
            warnings.add("it quotes " + quoting + " passages; only the first was read");
        }
        TextQuote quote = quote(firstOfType(chosenSelectors, "TextQuoteSelector"));
        TextSpan span = position(firstOfType(chosenSelectors, "TextPositionSelector"), quote, warnings);
        return new Target(source(annotation, chosen), quote, span, textSha256(chosen, warnings));
    }

    private static List<JsonNode> selectors(JsonNode target) {
        JsonNode selector = target.isObject() ? target.get("selector") : null;
        List<JsonNode> given = selector == null ? List.of() : selector.isArray() ? list(selector) : List.of(selector);
        List<JsonNode> flat = new ArrayList<>();
        for (JsonNode s : given) {
            // A Choice offers equivalent selectors: any of them will do.
            if (is(types(s), "Choice") && s.path("items").isArray()) {
                flat.addAll(list(s.get("items")));
            } else {
                flat.add(s);
            }
        }
        return flat;
    }

    private static JsonNode firstOfType(List<JsonNode> nodes, String type) {
        return nodes.stream().filter(n -> is(types(n), type)).findFirst().orElse(null);
    }

    private static TextQuote quote(JsonNode selector) throws Unreadable {
        JsonNode exact = selector.get("exact");
        if (exact == null || !exact.isTextual() || exact.asText().isEmpty()) {
            throw new Unreadable("TextQuoteSelector has no exact text");
        }
        return new TextQuote(exact.asText(), optionalText(selector, "prefix"), optionalText(selector, "suffix"));
    }

    private static String optionalText(JsonNode selector, String field) throws Unreadable {
        JsonNode value = selector.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new Unreadable("TextQuoteSelector's " + field + " is a " + kind(value) + ", not text");
        }
        return value.asText();
    }

    private static TextSpan position(JsonNode selector, TextQuote quote, List<String> warnings) {
        if (selector == null) {
            return null;
        }
        Integer start = offset(selector.get("start"));
        Integer end = offset(selector.get("end"));
        if (start == null || end == null || end < start) {
            warnings.add("its TextPositionSelector is not two offsets with start <= end; only the quote was read");
            return null;
        }
        int quoted = quote.exact().codePointCount(0, quote.exact().length());
        if (end - start != quoted) {
            warnings.add("its TextPositionSelector [" + start + ", " + end + ") covers " + (end - start)
                    + " characters but the quote has " + quoted + "; only the quote was read");
            return null;
        }
        return new TextSpan(start, end);
    }

    private static Integer offset(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        if (value.isTextual() && value.asText().matches("\\d{1,9}")) {
            return Integer.valueOf(value.asText());
        }
        return null;
    }

    private static SourceRef source(JsonNode annotation, JsonNode target) throws Unreadable {
        String sha256 = null;
        String url = null;
        String source = id(target.get("source"));
        if (source != null) {
            try {
                Optional<String> hex = DossierUrn.sha256Of(source);
                if (hex.isPresent()) {
                    sha256 = hex.get();
                } else {
                    url = source;
                }
            } catch (IllegalArgumentException e) {
                throw new Unreadable("source " + e.getMessage());
            }
        }
        if (url == null) {
            url = id(target.get("scope"));
        }
        if (url == null) {
            // Hypothesis's own JSON names the annotated page at the top.
            url = text(annotation, "uri");
        }
        if (sha256 == null && url == null) {
            throw new Unreadable("target names no source (neither urn:sha256:… nor a URL)");
        }
        return new SourceRef(sha256, url);
    }

    private static String textSha256(JsonNode target, List<String> warnings) {
        String hash = text(target, TEXT_SHA256, "od:" + TEXT_SHA256, NAMESPACE + TEXT_SHA256);
        if (hash == null) {
            return null;
        }
        String lower = hash.toLowerCase(Locale.ROOT);
        if (!Sha256.isValid(lower)) {
            warnings.add("its textSha256 \"" + hash + "\" is not a SHA-256; left out");
            return null;
        }
        return lower;
    }

    private static final class Bodies {
        String claimRef;
        String claimStatement;
        Stance stance;
        String speakerRef;
        String speakerName;
        final List<String> notes = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
    }

    private static Bodies bodies(JsonNode annotation, List<String> warnings) throws Unreadable {
        Bodies found = new Bodies();
        Set<String> claims = new LinkedHashSet<>();
        Set<String> stanceWords = new LinkedHashSet<>();
        int speakers = 0;
        JsonNode body = annotation.get("body");
        List<JsonNode> bodies = body == null || body.isNull() ? List.of() : body.isArray() ? list(body) : List.of(body);
        for (JsonNode b : bodies) {
            String id = id(b);
            boolean claimUrn = DossierUrn.parse(id)
                    .filter(u -> u.kind() == DossierUrn.Kind.CLAIM)
                    .isPresent();
            if (!b.isObject()) {
                if (claimUrn) {
                    claims.add(id);
                    found.claimRef = found.claimRef == null ? id : found.claimRef;
                }
                continue;
            }
            Set<String> purposes = purposes(b);
            String value = text(b, "value");
            if (claimUrn || (purposes.contains(PURPOSE_CLAIM) && value != null)) {
                claims.add(id == null ? value : id);
                if (found.claimRef == null && found.claimStatement == null) {
                    found.claimRef = id;
                    found.claimStatement = value;
                }
            } else if (purposes.contains(PURPOSE_STANCE)) {
                String word = value != null ? value : id(b.get("source")) != null ? id(b.get("source")) : id;
                if (word != null) {
                    stanceWords.add(word);
                }
            } else if (purposes.contains(PURPOSE_SPEAKER)) {
                String speaker = text(b, SPEAKER, "od:" + SPEAKER, NAMESPACE + SPEAKER);
                String tag = value != null ? value : id(b.get("source"));
                if (speaker != null && tag != null && speakers++ == 0) {
                    found.speakerRef = speaker;
                    found.speakerName = tag;
                } else if (tag != null) {
                    found.tags.add(tag);
                }
            } else if (value != null && (purposes.contains(PURPOSE_NOTE) || (purposes.isEmpty() && id == null))) {
                found.notes.add(value);
            }
        }
        String bodyValue = text(annotation, "bodyValue");
        if (bodyValue != null) {
            found.notes.add(bodyValue);
        }
        // Hypothesis's own JSON: the comment and the tags sit on the annotation itself.
        String hypothesisText = text(annotation, "text");
        if (hypothesisText != null && !hypothesisText.isBlank()) {
            found.notes.add(hypothesisText);
        }
        for (JsonNode tag : annotation.path("tags")) {
            if (tag.isTextual()) {
                found.tags.add(tag.asText());
            }
        }
        if (claims.size() > 1) {
            throw new Unreadable("links to " + claims.size() + " claims (" + String.join(", ", claims)
                    + "); a piece of evidence bears on one claim");
        }
        if (speakers > 1) {
            warnings.add("it names " + speakers + " speakers; the first was read, the others kept as tags");
        }
        found.stance = stance(stanceWords);
        if (found.stance == null) {
            warnings.add("it gives no stance; read as \"mentions\", which neither backs nor contests the claim");
        }
        return found;
    }

    private static Stance stance(Set<String> words) throws Unreadable {
        Set<Stance> stances = EnumSet.noneOf(Stance.class);
        for (String word : words) {
            String stripped = word.strip();
            int cut =
                    Math.max(stripped.lastIndexOf('#'), Math.max(stripped.lastIndexOf('/'), stripped.lastIndexOf(':')));
            String name = stripped.substring(cut + 1);
            Stance stance = Arrays.stream(Stance.values())
                    .filter(s -> s.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new Unreadable(
                            "stance \"" + word + "\" is not one of " + STANCE_WORDS + " (in the classifying body)"));
            stances.add(stance);
        }
        if (stances.size() > 1) {
            throw new Unreadable("gives " + stances.size() + " stances ("
                    + stances.stream()
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + "); a piece of evidence takes one");
        }
        return stances.isEmpty() ? null : stances.iterator().next();
    }

    private static Instant time(JsonNode annotation, String field, List<String> warnings) {
        String value = text(annotation, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            warnings.add(
                    "its " + field + " time \"" + value + "\" is not an ISO-8601 date-time with an offset; left out");
            return null;
        }
    }

    // ---- JSON helpers -------------------------------------------------------------------------------------------

    /** The types of a node ({@code type} or {@code @type}, one or many). */
    private static Set<String> types(JsonNode node) {
        JsonNode type = node.has("type") ? node.get("type") : node.get("@type");
        Set<String> types = new LinkedHashSet<>();
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> {
                if (t.isTextual()) {
                    types.add(t.asText());
                }
            });
        }
        return types;
    }

    /** Whether one of {@code types} is the W3C term {@code term}, in its short, {@code oa:} or full form. */
    private static boolean is(Set<String> types, String term) {
        return types.contains(term) || types.contains("oa:" + term) || types.contains(OA + term);
    }

    /** A body's purposes, as the short W3C terms. */
    private static Set<String> purposes(JsonNode body) {
        JsonNode purpose = body.get("purpose");
        List<JsonNode> given = purpose == null ? List.of() : purpose.isArray() ? list(purpose) : List.of(purpose);
        Set<String> purposes = new LinkedHashSet<>();
        for (JsonNode p : given) {
            if (p.isTextual()) {
                String name = p.asText();
                purposes.add(
                        name.startsWith(OA)
                                ? name.substring(OA.length())
                                : name.startsWith("oa:") ? name.substring(3) : name);
            }
        }
        return purposes;
    }

    /** The IRI a value names: the value itself when it is a string, else its {@code id} or {@code @id}. */
    private static String id(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? null : node.asText();
        }
        return node.isObject() ? text(node, "id", "@id") : null;
    }

    /** The first of {@code fields} that holds text, or {@code null}. */
    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>(array.size());
        array.forEach(nodes::add);
        return nodes;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "list";
            case BOOLEAN -> "true/false value";
            case NUMBER -> "number";
            case STRING -> "string";
            case NULL -> "null";
            default -> "JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
