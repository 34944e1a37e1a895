package org.opendossier.export.annotation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.opendossier.model.ActorKind;
import org.opendossier.model.SourceSummary;

/**
 * Writes claims and their status as schema.org {@code ClaimReview} JSON-LD, the markup fact-checkers publish with
 * a fact check (https://schema.org/ClaimReview, and Google's fact-check markup guide), meant for a
 * {@code <script type="application/ld+json">} block of the page at the review's {@code url}.
 *
 * <p>Each review: {@code claimReviewed} (the statement), {@code reviewRating} ({@link ReviewRating}),
 * {@code author} and {@code datePublished} of the review (given to the writer), {@code url} when given, and
 * {@code itemReviewed}, a {@code Claim} whose {@code author} is each claimant as a {@code Person} (people) or an
 * {@code Organization} (every other kind: a place or group that asserts something speaks as an organisation),
 * whose {@code appearance}s are the sources as {@code CreativeWork}s (URL, headline, date, publisher = outlet),
 * and whose {@code firstAppearance} and {@code datePublished} come from the earliest dated one. Following
 * Google's reading, the first appearance is not repeated among the others.
 *
 * <p>A review is meant for the public web, so it carries nothing that only makes sense, or could do harm,
 * outside the case: no case or row ids, and no source without a URL (a leaked e-mail or a reporter's notes did
 * not appear in public, and naming them could expose who gave them).
 */
public final class ClaimReviewWriter {
    private static final String CONTEXT = "https://schema.org";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T.+)?)?)?");

    private final ReviewAuthor author;
    private final LocalDate datePublished;

    /**
     * @param author who publishes the reviews
     * @param datePublished the day they are published
     */
    public ClaimReviewWriter(ReviewAuthor author, LocalDate datePublished) {
        this.author = Objects.requireNonNull(author, "author");
        this.datePublished = Objects.requireNonNull(datePublished, "datePublished");
    }

    /** Writes one review as a JSON-LD object to {@code out}, which is flushed, not closed. */
    public void writeOne(ReviewedClaim review, OutputStream out) throws IOException {
        ObjectNode document = NODES.objectNode();
        document.put("@context", CONTEXT);
        document.setAll(review(review));
        JsonLdOutput.write(document, out);
    }

    /**
     * Writes the reviews, in the order given, as one JSON-LD document whose {@code @graph} holds one
     * ClaimReview each (one context for all) to {@code out}, which is flushed, not closed.
     */
    public void write(List<ReviewedClaim> reviews, OutputStream out) throws IOException {
        ObjectNode document = NODES.objectNode();
        document.put("@context", CONTEXT);
        ArrayNode graph = document.putArray("@graph");
        reviews.forEach(r -> graph.add(review(r)));
        JsonLdOutput.write(document, out);
    }

    private ObjectNode review(ReviewedClaim reviewed) {
        ObjectNode review = NODES.objectNode();
        review.put("@type", "ClaimReview");
        if (reviewed.url() != null && !reviewed.url().isBlank()) {
            review.put("url", reviewed.url());
        }
        review.put("claimReviewed", reviewed.claim().statement());
        review.put("datePublished", datePublished.toString());
        review.set("author", agent(author.name(), author.kind(), author.url()));
        review.set("reviewRating", rating(ReviewRating.of(reviewed.claim().status())));
        review.set("itemReviewed", claim(reviewed));
        return review;
    }

    private static ObjectNode rating(ReviewRating rating) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", "Rating");
        if (rating.value() != null) {
            node.put("ratingValue", rating.value());
            node.put("bestRating", ReviewRating.BEST);
            node.put("worstRating", ReviewRating.WORST);
        }
        node.put("alternateName", rating.name());
        return node;
    }

    private static ObjectNode claim(ReviewedClaim reviewed) {
        ObjectNode claim = NODES.objectNode();
        claim.put("@type", "Claim");
        List<ObjectNode> authors = reviewed.claimants().stream()
                .map(a -> agent(a.name(), a.kind(), null))
                .toList();
        putOneOrMany(claim, "author", authors);
        List<SourceSummary> published = reviewed.appearances().stream()
                .filter(s -> s.url() != null && !s.url().isBlank())
                .toList();
        SourceSummary first = earliest(published);
        if (first != null) {
            claim.put("datePublished", first.publishedAt());
            claim.set("firstAppearance", creativeWork(first));
        }
        List<ObjectNode> others = new ArrayList<>();
        for (SourceSummary s : published) {
            if (s != first) {
                others.add(creativeWork(s));
            }
        }
        putOneOrMany(claim, "appearance", others);
        return claim;
    }

    /** The first of the sources with a date, by that date; the earlier in the list on a tie. */
    private static SourceSummary earliest(List<SourceSummary> sources) {
        SourceSummary earliest = null;
        for (SourceSummary s : sources) {
            if (isDate(s.publishedAt()) && (earliest == null || dateOrder(s, earliest) < 0)) {
                earliest = s;
            }
        }
        return earliest;
    }

    private static int dateOrder(SourceSummary a, SourceSummary b) {
        // ISO dates order as text; the day first, so that "2024-03-05" and "2024-03-05T08:00Z" meet on the day.
        String x = a.publishedAt();
        String y = b.publishedAt();
        int byDay = x.substring(0, Math.min(10, x.length())).compareTo(y.substring(0, Math.min(10, y.length())));
        return byDay != 0 ? byDay : x.compareTo(y);
    }

    private static ObjectNode creativeWork(SourceSummary source) {
        ObjectNode work = NODES.objectNode();
        work.put("@type", "CreativeWork");
        work.put("url", source.url());
        if (source.title() != null && !source.title().isBlank()) {
            work.put("headline", source.title());
        }
        if (isDate(source.publishedAt())) {
            work.put("datePublished", source.publishedAt());
        }
        if (source.outlet() != null && !source.outlet().isBlank()) {
            ObjectNode publisher = work.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", source.outlet());
        }
        return work;
    }

    /** A person, or for every other kind of actor an organisation: schema.org's two kinds of author. */
    private static ObjectNode agent(String name, ActorKind kind, String url) {
        ObjectNode agent = NODES.objectNode();
        agent.put("@type", kind == ActorKind.PERSON ? "Person" : "Organization");
        agent.put("name", name);
        if (url != null && !url.isBlank()) {
            agent.put("url", url);
        }
        return agent;
    }

    /** One value as itself, several as an array, none not at all: how schema.org markup is usually written. */
    private static void putOneOrMany(ObjectNode node, String field, List<ObjectNode> values) {
        if (values.size() == 1) {
            node.set(field, values.get(0));
        } else if (values.size() > 1) {
            node.putArray(field).addAll(values);
        }
    }

    private static boolean isDate(String value) {
        return value != null && ISO_DATE.matcher(value).matches();
    }
}
