package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendossier.ingest.html.HtmlFixtures.P1;
import static org.opendossier.ingest.html.HtmlFixtures.P2;
import static org.opendossier.ingest.html.HtmlFixtures.P3;
import static org.opendossier.ingest.html.HtmlFixtures.article;
import static org.opendossier.ingest.html.HtmlFixtures.extract;
import static org.opendossier.ingest.html.HtmlFixtures.page;

import org.junit.jupiter.api.Test;
import org.opendossier.ingest.ExtractedDocument;
import org.opendossier.ingest.ImportException;
import org.opendossier.model.RejectionReason;

class HtmlExtractorTest {

    @Test
    void acceptsHtmlAndXhtmlOnly() {
        HtmlExtractor extractor = new HtmlExtractor();
        assertThat(extractor.accepts("text/html")).isTrue();
        assertThat(extractor.accepts("application/xhtml+xml")).isTrue();
        assertThat(extractor.accepts("application/pdf")).isFalse();
    }

    @Test
    void keepsTheStoryAndDropsPageFurniture() throws ImportException {
        String html = page("<title>Harbour deal</title><style>p { color: red }</style>", """
                <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                  <li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="layout">
                  <div class="article-body">
                    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
                    %s
                  </div>
                  <div class="related-stories"><h3>Related stories</h3><ul>
                    <li><a href="/a">Ferry operator fined over late sailings</a></li>
                    <li><a href="/b">New lighthouse opens to visitors</a></li></ul></div>
                  <div id="comments"><h3>Comments</h3>
                    <div class="comment"><p>Reader One wrote: this is a scandal, somebody should resign now.</p></div>
                    <div class="comment"><p>Reader Two wrote: the storms were real, give them a break, honestly.</p></div>
                  </div>
                  <div class="newsletter-signup">Sign up for our morning briefing newsletter</div>
                </div>
                <script>var tracking = "Share on Facebook";</script>
                <footer>Copyright Example Media. All rights reserved.</footer>
                """.formatted(article()));

        ExtractedDocument doc = extract(html);

        assertThat(doc.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void headingsListItemsAndLineBreaksKeepTheirShape() throws ImportException {
        String html = page(
                "<title>Shape</title>",
                "<article><h2>What the documents show</h2>" + article()
                        + "<ul><li>First, the   contract\n was signed in March.</li><li>Second, no tender.</li></ul>"
                        + "<p>Harbour Authority<br>12 Quay Street<br>Port Town</p></article>");

        String text = extract(html).text();

        assertThat(text)
                .startsWith("What the documents show\n\n" + P1 + "\n\n")
                .contains("\n\nFirst, the contract was signed in March.\n\nSecond, no tender.\n\n")
                .endsWith("\n\nHarbour Authority\n12 Quay Street\nPort Town");
    }

    @Test
    void hiddenElementsAreNotText() throws ImportException {
        String html = page(
                "<title>Hidden</title>",
                "<div class=\"story\">" + article() + "<p hidden>Secret draft paragraph.</p>"
                        + "<p style=\"display: none\">Invisible paragraph here.</p>"
                        + "<p aria-hidden=\"true\">Screen readers skip this one.</p></div>");

        assertThat(extract(html).text()).doesNotContain("Secret", "Invisible", "Screen readers");
    }

    @Test
    void brokenMarkupStillGivesText() throws ImportException {
        String html = "<html><body><div><p>" + P1 + "<p>" + P2 + "</div></span><b><i>" + P3 + "</b></i>";

        String text = extract(html).text();

        assertThat(text).contains(P1, P2, P3);
    }

    @Test
    void pageWithoutTextIsRejectedAsNoText() {
        String html = page(
                "<title>Only a title</title><script>document.write('hello')</script>",
                "<nav><a href=\"/\">Home</a></nav><div><img src=\"photo.jpg\"></div>");

        assertThatThrownBy(() -> extract(html))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).reason())
                .isEqualTo(RejectionReason.NO_TEXT);
    }

    @Test
    void emptyFileIsRejectedAsEmpty() {
        assertThatThrownBy(() -> extract(new byte[0]))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).reason())
                .isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void jsonLdBodyIsUsedWhenTheMarkupMissesTheStory() throws ImportException {
        // Two of the three paragraphs sit in boxes whose class names the boilerplate rules distrust.
        String body = P1 + "\\n" + P2 + "\\n" + P3;
        String html = page(
                "<title>Split</title><script type=\"application/ld+json\">"
                        + "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}</script>",
                "<div class=\"story\"><p>" + P1 + "</p>"
                        + "<div class=\"sidebar-box\"><p>" + P2 + "</p></div>"
                        + "<div class=\"sidebar-box\"><p>" + P3 + "</p></div></div>");

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void jsonLdBodyThatThePageDoesNotShowIsIgnored() throws ImportException {
        String unrelated = "Completely different words about gardening tomatoes and cucumbers in spring. ".repeat(8);
        String html = page(
                "<title>Stale</title><script type=\"application/ld+json\">"
                        + "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + unrelated + "\"}</script>",
                "<article>" + article() + "</article>");

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }
}
