package org.opendossier.export.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.SourceSummary;

class ClaimReviewWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReviewAuthor DESK =
            new ReviewAuthor("Coastal Fact Desk", ActorKind.ORGANISATION, "https://factdesk.example.org/");
    private static final ClaimReviewWriter WRITER = new ClaimReviewWriter(DESK, LocalDate.of(2026, 11, 20));

    private static final Actor MAYOR = actor(1, ActorKind.PERSON, "Mayor Inês Okafor");
    private static final Actor COMPANY = actor(2, ActorKind.ORGANISATION, "Varrow Maritime");
    private static final Actor TOWN = actor(3, ActorKind.PLACE, "Port Ellery");

    @Test
    void aReviewHasWhatGoogleRequiresAndRecommends() throws IOException {
        Claim claim = claim(7, "The harbour was never used for dumping", ClaimStatus.REFUTED);
        ReviewedClaim reviewed =
                new ReviewedClaim(claim, List.of(COMPANY), List.of(), "https://factdesk.example.org/checks/7");

        JsonNode review = one(reviewed);

        assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).isEqualTo(claim.statement());
        assertThat(review.get("url").asText()).isEqualTo("https://factdesk.example.org/checks/7");
        assertThat(review.get("datePublished").asText()).isEqualTo("2026-11-20");
        assertThat(review.get("author").get("@type").asText()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asText()).isEqualTo("Coastal Fact Desk");
        assertThat(review.get("author").get("url").asText()).isEqualTo("https://factdesk.example.org/");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asText()).isEqualTo("Rating");
        assertThat(rating.get("alternateName").asText()).isEqualTo("Refuted");
        assertThat(review.get("itemReviewed").get("@type").asText()).isEqualTo("Claim");
        assertThat(review.get("itemReviewed").get("author").get("name").asText())
                .isEqualTo("Varrow Maritime");
    }

    @Test
    void verdictsSitOnAOneToFiveScaleAndTheOthersOnlyHaveAName() throws IOException {
        List<Object[]> expected = List.of(
                new Object[] {ClaimStatus.REFUTED, 1, "Refuted"},
                new Object[] {ClaimStatus.DISPUTED, 3, "Disputed"},
                new Object[] {ClaimStatus.CORROBORATED, 5, "Corroborated"},
                new Object[] {ClaimStatus.RETRACTED, null, "Retracted"},
                new Object[] {ClaimStatus.UNVERIFIED, null, "Unverified"});
        assertThat(expected).extracting(row -> row[0]).containsExactlyInAnyOrder((Object[]) ClaimStatus.values());

        for (Object[] row : expected) {
            ClaimStatus status = (ClaimStatus) row[0];
            JsonNode rating = one(new ReviewedClaim(claim(1, "s", status), List.of(), List.of(), null))
                    .get("reviewRating");

            assertThat(rating.get("alternateName").asText()).as(status.name()).isEqualTo(row[2]);
            if (row[1] == null) {
                assertThat(rating.has("ratingValue")).as(status.name()).isFalse();
                assertThat(rating.has("bestRating")).as(status.name()).isFalse();
                assertThat(rating.has("worstRating")).as(status.name()).isFalse();
            } else {
                assertThat(rating.get("ratingValue").intValue())
                        .as(status.name())
                        .isEqualTo(row[1]);
                assertThat(rating.get("bestRating").intValue()).isEqualTo(5);
                assertThat(rating.get("worstRating").intValue()).isEqualTo(1);
            }
            assertThat(ReviewRating.of(status)).isEqualTo(new ReviewRating((Integer) row[1], (String) row[2]));
        }
    }

    @Test
    void claimantsArePeopleOrOrganisationsByTheirKind() throws IOException {
        ReviewedClaim reviewed = new ReviewedClaim(
                claim(2, "Dumping stopped in May", ClaimStatus.DISPUTED),
                List.of(MAYOR, COMPANY, TOWN),
                List.of(),
                null);

        JsonNode authors = one(reviewed).get("itemReviewed").get("author");

        assertThat(authors)
                .extracting(a -> a.get("@type").asText() + " " + a.get("name").asText())
                .containsExactly(
                        "Person Mayor Inês Okafor", "Organization Varrow Maritime", "Organization Port Ellery");
        ReviewAuthor reporter = new ReviewAuthor("Ana Ruiz", ActorKind.PERSON, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReviewWriter(reporter, LocalDate.of(2026, 1, 2)).writeOne(reviewed, out);
        JsonNode author = JSON.readTree(out.toByteArray()).get("author");
        assertThat(author.get("@type").asText()).isEqualTo("Person");
        assertThat(author.has("url")).isFalse();
    }

    @Test
    void theEarliestPublishedSourceIsTheFirstAppearanceAndUnpublishedOnesStayOut() throws IOException {
        List<SourceSummary> sources = List.of(
                summary(
                        1,
                        "Night shift at the harbour",
                        "The Harbour Gazette",
                        "2026-03-05",
                        "https://gazette.example/a"),
                summary(2, "Barrels seen", "Coastal Times", "2026-03-02T21:00:00Z", "https://times.example/b"),
                summary(3, "Leaked e-mail", null, "2026-02-20", null),
                summary(4, "Undated repost", "Aggregator", null, "https://agg.example/c"));
        ReviewedClaim reviewed =
                new ReviewedClaim(claim(3, "Barrels were dumped", ClaimStatus.CORROBORATED), List.of(), sources, null);

        JsonNode claim = one(reviewed).get("itemReviewed");

        JsonNode first = claim.get("firstAppearance");
        assertThat(first.get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(first.get("url").asText()).isEqualTo("https://times.example/b");
        assertThat(first.get("headline").asText()).isEqualTo("Barrels seen");
        assertThat(first.get("datePublished").asText()).isEqualTo("2026-03-02T21:00:00Z");
        assertThat(first.get("publisher").get("@type").asText()).isEqualTo("Organization");
        assertThat(first.get("publisher").get("name").asText()).isEqualTo("Coastal Times");
        assertThat(claim.get("datePublished").asText()).isEqualTo("2026-03-02T21:00:00Z");
        assertThat(claim.get("appearance"))
                .extracting(a -> a.get("url").asText())
                .containsExactly("https://gazette.example/a", "https://agg.example/c");
        assertThat(claim.get("appearance").get(1).has("datePublished")).isFalse();
        assertThat(claim.toString()).doesNotContain("Leaked");
    }

    @Test
    void severalReviewsShareOneContextInAGraphAndCarryNoCaseIds() throws IOException {
        List<ReviewedClaim> reviews = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            reviews.add(new ReviewedClaim(
                    claim(i, "Claim number " + i, ClaimStatus.REFUTED), List.of(MAYOR), List.of(), null));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WRITER.write(reviews, out);
        JsonNode document = JSON.readTree(out.toByteArray());

        assertThat(document.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(document.get("@graph"))
                .extracting(r -> r.get("claimReviewed").asText())
                .containsExactly("Claim number 1", "Claim number 2", "Claim number 3");
        assertThat(document.get("@graph"))
                .allMatch(r -> !r.has("@context") && r.get("@type").asText().equals("ClaimReview"));
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("urn:").doesNotContain("@id");
    }

    @Test
    void aStatementThatClosesAScriptBlockCannotEndTheMarkup() throws IOException {
        String statement = "Officials said \"no\" </script><script>alert('x')</script> \\ قال 🐟";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WRITER.writeOne(new ReviewedClaim(claim(9, statement, ClaimStatus.DISPUTED), List.of(), List.of(), null), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("</script>").doesNotContain("<");
        assertThat(JSON.readTree(text).get("claimReviewed").asText()).isEqualTo(statement);
    }

    private static JsonNode one(ReviewedClaim reviewed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writeOne(reviewed, out);
        return JSON.readTree(out.toByteArray());
    }

    private static Claim claim(long id, String statement, ClaimStatus status) {
        return new Claim(id, statement, status, null, List.of(), List.of(), List.of(), "", null, null);
    }

    private static Actor actor(long id, ActorKind kind, String name) {
        return new Actor(id, kind, name, "", null, null, List.of());
    }

    private static SourceSummary summary(long id, String title, String outlet, String publishedAt, String url) {
        return new SourceSummary(id, title, outlet, publishedAt, url, "text/html", "b".repeat(64), "en", Instant.EPOCH);
    }
}
