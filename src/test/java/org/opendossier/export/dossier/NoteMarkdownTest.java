package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NoteMarkdownTest {
    private static final String HOSTILE = """
            # Findings <script>alert(1)</script>

            The *deputy* said **no**. See [the register](https://registry.example/co/42) and
            <https://tracker.example/p>, ![a portrait](http://images.example/p.png "t")
            and <img src="http://images.example/x.png" onerror="alert(2)"> too.

            <iframe src="https://evil.example/"></iframe>

            - one [click](javascript:alert(3))
            - two `code & <b>`
            """;

    @Test
    void emphasisListsAndCodeStayWhileLinksImagesAndHtmlBecomeText() throws Exception {
        String xhtml = NoteMarkdown.toXhtml(HOSTILE);

        Element root = parse(xhtml);
        assertThat(xhtml)
                .contains("<em>deputy</em>", "<strong>no</strong>", "<li>", "<code>code &amp; &lt;b&gt;</code>");
        assertThat(root.getTextContent())
                .contains("the register (https://registry.example/co/42)")
                .containsOnlyOnce("https://tracker.example/p")
                .contains("[image: a portrait]")
                .contains("<img src=\"http://images.example/x.png\" onerror=\"alert(2)\">")
                .contains("<iframe src=\"https://evil.example/\"></iframe>")
                .contains("click (javascript:alert(3))")
                .contains("Findings <script>alert(1)</script>");
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getTagName()).isIn("div", "p", "em", "strong", "ul", "li", "code", "br");
            assertThat(e.getAttributes().getLength()).as(e.getTagName()).isZero();
        }
    }

    @Test
    void markdownKeepsEmphasisAndLosesEveryLinkAndImage() {
        String md = NoteMarkdown.toMarkdown(HOSTILE);

        assertThat(md)
                .contains("*deputy*", "**no**", "`https://registry.example/co/42`", "\\[image: a portrait\\]")
                .containsOnlyOnce("https://tracker.example/p");
        assertThat(md).doesNotContain("](", "<https://");
        assertThat(md.replaceAll("`[^`]*`", ""))
                .as("outside code spans, every < is escaped")
                .doesNotContainPattern("[^\\\\]<");
        assertThat(NoteMarkdown.toXhtml(md))
                .as("read again, it is the same note")
                .isEqualTo(NoteMarkdown.toXhtml(HOSTILE));
    }

    @Test
    void charactersXmlCannotHoldAreDropped() throws Exception {
        String xhtml = NoteMarkdown.toXhtml("bell\u0007 and \uFFFE here");

        assertThat(parse(xhtml).getTextContent()).contains("bell and  here");
    }

    private static Element parse(String xhtml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<div>" + xhtml + "</div>").getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
