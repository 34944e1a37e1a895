package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.ingest.html.HtmlFixtures.P1;
import static org.opendossier.ingest.html.HtmlFixtures.P2;
import static org.opendossier.ingest.html.HtmlFixtures.P3;
import static org.opendossier.ingest.html.HtmlFixtures.extract;
import static org.opendossier.ingest.html.HtmlFixtures.page;

import org.junit.jupiter.api.Test;
import org.opendossier.ingest.ImportException;

/** Page clutter that sits inside the story's own container, in markups that once slipped through. */
class ArticleExtractorTest {
    private static final String STORY = P1 + "\n\n" + P2 + "\n\n" + P3;

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
}
