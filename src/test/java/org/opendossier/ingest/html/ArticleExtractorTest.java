package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.ingest.html.HtmlFixtures.P1;
import static org.opendossier.ingest.html.HtmlFixtures.P2;
import static org.opendossier.ingest.html.HtmlFixtures.P3;
import static org.opendossier.ingest.html.HtmlFixtures.article;
import static org.opendossier.ingest.html.HtmlFixtures.extract;
import static org.opendossier.ingest.html.HtmlFixtures.page;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendossier.ingest.ImportException;

/** Page clutter that sits inside the story's own container, in markups that once slipped through. */
class ArticleExtractorTest {
    private static final String STORY = P1 + "\n\n" + P2 + "\n\n" + P3;

    @Test
    void bemElementNamesAreWeighedWithoutTheirPositiveBlockName() throws ImportException {
        String html = page("<title>Dredging contract</title>", """
                <article class="story">
                  <p class="story__meta">By Ines Varga, harbour correspondent | 4 March 2026</p>
                  %s
                  <p class="story__tag">Harbour affairs</p>
                  <p class="story__rights">© 2026 Harbour Gazette. All rights reserved.</p>
                </article>
                """.formatted(article()));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void bemBodyElementStillCountsAsContent() {
        assertThat(ArticleExtractor.classWeight(classed("story__body"))).isPositive();
        assertThat(ArticleExtractor.classWeight(classed("story__meta"))).isNegative();
        assertThat(ArticleExtractor.classWeight(classed("story__rights"))).isNegative();
        assertThat(ArticleExtractor.classWeight(classed("card__tag--small"))).isNegative();
        assertThat(ArticleExtractor.classWeight(classed("story story--wide"))).isPositive();
    }

    @Test
    void readNextListWithoutTelltaleNameIsDropped() throws ImportException {
        String html = page("<title>Dredging contract</title>", """
                <div class="layout"><div class="article-text">
                  %s
                  <div class="read-next"><ul>
                    <li><a href="/a">Ferry operator fined over late sailings</a> <time>2 hours ago</time></li>
                    <li><a href="/b">New lighthouse opens to visitors</a> <time>5 hours ago</time></li>
                    <li><a href="/c">Fish market moves to the old customs shed</a> <time>Yesterday</time></li>
                  </ul></div>
                </div></div>
                """.formatted(article()));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void listWhoseItemsAreAllLinksIsNavigationWhateverItsName() throws ImportException {
        String html = page("<title>Dredging contract</title>", """
                <div class="layout"><div class="article-text">
                  %s
                  <div class="box-7"><ul>
                    <li><a href="/a">Ferry operator fined over late sailings</a></li>
                    <li><a href="/b">New lighthouse opens to visitors on Sunday</a></li>
                    <li><a href="/c">Fish market moves to the old customs shed</a></li>
                  </ul></div>
                </div></div>
                """.formatted(article()));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void listOfItemsWithSomeLinkedWordsIsKept() throws ImportException {
        String list = "<ul><li>The tender rules, as <a href=\"/law\">the port law</a> states them, were set aside.</li>"
                + "<li>Two firms complained to <a href=\"/court\">the regional court</a> within a week.</li></ul>";
        String html = page("<title>Dredging contract</title>", "<article>" + article() + list + "</article>");

        assertThat(extract(html).text())
                .endsWith("\n\nThe tender rules, as the port law states them, were set aside."
                        + "\n\nTwo firms complained to the regional court within a week.");
    }

    @Test
    void listOfLinksInTheFlowOfTheStoryIsKept() throws ImportException {
        String sources = "<p>The documents cited in this story:</p><ul>"
                + "<li><a href=\"https://example.org/report.pdf\">Harbour authority annual report 2025</a></li>"
                + "<li><a href=\"https://example.org/register\">Regional court register of complaints</a></li></ul>";
        String html = page("<title>Dredging contract</title>", "<article>" + article() + sources + "</article>");

        assertThat(extract(html).text())
                .endsWith("\n\nHarbour authority annual report 2025\n\nRegional court register of complaints");
    }

    @Test
    void newsletterBoxHoldingOneParagraphIsDropped() throws ImportException {
        String html = page("<title>Dredging contract</title>", """
                <div class="layout"><div class="article-text">
                  <p>%s</p><p>%s</p>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing and get the harbour news first.</p></div>
                  <p>%s</p>
                </div></div>
                """.formatted(P1, P2, P3));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void wrapperOfOneParagraphWithANeutralNameIsStillContent() throws ImportException {
        String html = page("<title>Dredging contract</title>", """
                <div class="article-text">
                  <div class="para"><p>%s</p></div><div class="para"><p>%s</p></div><div class="para"><p>%s</p></div>
                </div>
                """.formatted(P1, P2, P3));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void kickerParagraphAboveTheHeadlineIsDropped() throws ImportException {
        String html = page("<title>Dredging contract awarded without tender</title>", """
                <article>
                  <header><p class="kicker">Exclusive</p><h1>Dredging contract awarded without tender</h1></header>
                  %s
                </article>
                """.formatted(article()));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void kickerLinkAboveTheHeadlineIsDropped() throws ImportException {
        String html = page("<title>Dredging contract awarded without tender</title>", """
                <article>
                  <header>
                    <a class="article-eyebrow" href="/investigations">Investigation</a>
                    <h1>Dredging contract awarded without tender</h1>
                  </header>
                  %s
                </article>
                """.formatted(article()));

        assertThat(extract(html).text()).isEqualTo(STORY);
    }

    @Test
    void labelledParagraphInsideTheStoryIsKept() throws ImportException {
        String html = page("<title>Dredging contract awarded without tender</title>", """
                <article>
                  <h1>Dredging contract awarded without tender</h1>
                  %s
                  <p class="label">Note: the authority was given two days to respond.</p>
                </article>
                """.formatted(article()));

        assertThat(extract(html).text()).endsWith("\n\nNote: the authority was given two days to respond.");
    }

    private static Element classed(String className) {
        return new Element("div").attr("class", className);
    }
}
