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

    private static Element classed(String className) {
        return new Element("div").attr("class", className);
    }
}
