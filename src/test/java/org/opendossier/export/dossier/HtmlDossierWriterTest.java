package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.export.dossier.DossierFixtures.ARABIC;
import static org.opendossier.export.dossier.DossierFixtures.EMOJI;
import static org.opendossier.export.dossier.DossierFixtures.JS_URL;
import static org.opendossier.export.dossier.DossierFixtures.ONLOAD;
import static org.opendossier.export.dossier.DossierFixtures.REMOTE_URL;
import static org.opendossier.export.dossier.DossierFixtures.SCRIPT;
import static org.opendossier.export.dossier.DossierFixtures.STYLE_END;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML export, parsed back as a browser would (jsoup) and as the PDF renderer will (XML). */
class HtmlDossierWriterTest {
    private final String html = new HtmlDossierWriter().render(DossierFixtures.document());
    private final Document doc = Jsoup.parse(html);

    @Test
    void holdsNoScriptNoHandlerAndNoActiveUrl() {
        assertThat(doc.select("script, link, iframe, object, embed, img, foreignObject, image, base"))
                .isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(value).as("%s on <%s>", name, e.tagName()).doesNotStartWith("javascript:");
                assertThat(value).doesNotContain("url(http");
                if (name.equals("href") || name.endsWith(":href") || name.equals("src")) {
                    assertThat(value).as("%s on <%s>", name, e.tagName()).startsWith("#");
                }
            }
        }
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.selectFirst("style").data()).doesNotContain("<b>").doesNotContain("@import");
    }

    @Test
    void showsHostileStringsAsText() {
        String text = doc.text();
        assertThat(doc.title()).isEqualTo("Shipments " + SCRIPT);
        assertThat(doc.selectFirst("header.cover h1").text()).isEqualTo("Shipments " + SCRIPT);
        assertThat(doc.selectFirst("p.subtitle").text()).contains(ONLOAD, ARABIC);
        assertThat(text)
                .contains("Investigator " + STYLE_END)
                .contains("The vessel carried arms " + SCRIPT)
                .contains("Blue Anchor Lines " + ONLOAD)
                .contains("BAL " + SCRIPT)
                .contains("link (" + JS_URL + ")")
                .contains(ARABIC)
                .contains(EMOJI)
                .contains(REMOTE_URL)
                .contains(JS_URL)
                .contains("Claim 99 is no longer in the case " + SCRIPT);
    }

    @Test
    void coverContentsAndSectionsAreLinked() {
        List<String> toc = doc.select("nav.contents a").eachAttr("href");
        assertThat(toc)
                .containsExactly("#part-1", "#part-3", "#part-4", "#part-5", "#part-7", "#citations", "#sources");
        for (String anchor : toc) {
            assertThat(doc.getElementById(anchor.substring(1))).as(anchor).isNotNull();
        }
        assertThat(doc.select("nav.contents li").eachText())
                .startsWith("Findings " + SCRIPT, "Claim: The vessel carried arms " + SCRIPT, "Who " + ONLOAD);
        assertThat(doc.getElementById("part-1").tagName()).isEqualTo("h2");
        assertThat(doc.getElementById("part-4").tagName()).isEqualTo("h3");
        assertThat(doc.select("#part-5 h4").text()).isEqualTo("Blue Anchor Lines " + ONLOAD);
    }

    @Test
    void everyQuoteCarriesItsCitationAndEveryCitationIsListed() {
        assertThat(doc.select("blockquote")).hasSize(5);
        assertThat(doc.select("blockquote a.cite").eachText()).containsExactly("[1]", "[2]", "[3]", "[3]", "[1]");
        assertThat(doc.select("blockquote").get(0).text()).contains("The ship left port at dawn " + SCRIPT);
        assertThat(doc.select("blockquote").get(0).text()).contains("Port office");

        List<Element> notes = doc.select("section.endnotes li");
        assertThat(notes).extracting(Element::id).containsExactly("cite-1", "cite-2", "cite-3");
        assertThat(notes.get(0).text())
                .contains("Harbour Gazette " + SCRIPT)
                .contains("Ships leave " + ONLOAD)
                .contains("published 2025-03-01")
                .contains(REMOTE_URL)
                .contains("retrieved 2025-04-01 09:30 UTC")
                .contains("characters 120–170, paragraph 3")
                .contains("SHA-256 aaaaaaaaaaaa")
                .doesNotContain("aaaaaaaaaaaaa");
        assertThat(notes.get(2).text()).contains("صحيفة الساحل", JS_URL, "characters 10–60", "SHA-256 bbbbbbbbbbbb");
    }

    @Test
    void appendixListsEverySourceWithItsFullHash() {
        assertThat(doc.select("table.sources tbody tr code").eachText())
                .containsExactly(
                        DossierFixtures.HARBOUR.sha256(),
                        DossierFixtures.WIRE.sha256(),
                        DossierFixtures.COAST.sha256());
    }

    @Test
    void notesKeepParagraphsAndLineBreaksAndShowLinksAsText() {
        Element note = doc.getElementById("part-2");
        assertThat(note.select("p")).hasSize(2);
        assertThat(note.select("p").first().select("br")).hasSize(1);
        assertThat(note.select("b, a")).isEmpty();
    }

    @Test
    void figureIsInlinedWithoutItsActiveParts() {
        Element figure = doc.getElementById("part-7");
        Element svg = figure.selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.text()).contains("Blue Anchor Lines");
        assertThat(svg.select("rect").attr("stroke")).isEqualTo("#123456");
        assertThat(svg.select("rect").hasAttr("fill")).isFalse();
        assertThat(svg.select("use").hasAttr("xlink:href")).isFalse();
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Timeline " + SCRIPT);
    }

    @Test
    void isWellFormedXmlForThePdfRenderer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlDossierWriter().write(DossierFixtures.document(), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
    }
}
