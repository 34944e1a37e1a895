package org.opendossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendossier.ingest.html.HtmlFixtures.article;
import static org.opendossier.ingest.html.HtmlFixtures.extract;
import static org.opendossier.ingest.html.HtmlFixtures.page;

import org.junit.jupiter.api.Test;
import org.opendossier.ingest.DocumentMetadata;
import org.opendossier.ingest.ImportException;

class MetadataReaderTest {

    private static DocumentMetadata metadataOf(String head, String body) throws ImportException {
        return extract(page(head, body + "<div class=\"story\">" + article() + "</div>"))
                .metadata();
    }

    private static DocumentMetadata metadataOf(String head) throws ImportException {
        return metadataOf(head, "");
    }

    @Test
    void openGraphGivesTitleOutletUrlAndLanguage() throws ImportException {
        DocumentMetadata m = metadataOf("""
                <title>Something else | Harbour Times</title>
                <meta property="og:title" content="Dredging contract awarded without tender">
                <meta property="og:site_name" content="Harbour Times">
                <meta property="og:url" content="https://harbour.example/news/dredging">
                <meta property="og:locale" content="en_GB">
                <meta property="article:published_time" content="2022-04-05T10:15:00+02:00">
                <meta property="article:author" content="https://harbour.example/staff/jane">
                <meta name="author" content="Jane Reporter">
                """);

        assertThat(m)
                .isEqualTo(new DocumentMetadata(
                        "Dredging contract awarded without tender",
                        "Jane Reporter",
                        "Harbour Times",
                        "2022-04-05T08:15:00Z",
                        "https://harbour.example/news/dredging",
                        "en"));
    }

    @Test
    void twitterTitleIsUsedWithoutOpenGraph() throws ImportException {
        assertThat(metadataOf("<title>Other</title><meta name=\"twitter:title\" content=\"Card title\">")
                        .title())
                .isEqualTo("Card title");
    }

    @Test
    void titleElementLosesASuffixThatNamesTheSite() throws ImportException {
        assertThat(metadataOf("<title>Dredging deal questioned | Harbour Times</title>"
                                + "<meta property=\"og:site_name\" content=\"Harbour Times\">")
                        .title())
                .isEqualTo("Dredging deal questioned");
        assertThat(metadataOf("<title>Dredging deal questioned - Harbourtimes</title>"
                                + "<link rel=\"canonical\" href=\"https://www.harbourtimes.example/a\">")
                        .title())
                .isEqualTo("Dredging deal questioned");
    }

    @Test
    void titleElementKeepsASeparatorThatIsPartOfTheHeadline() throws ImportException {
        assertThat(metadataOf("<title>Port Town - the untold story</title>").title())
                .isEqualTo("Port Town - the untold story");
    }

    @Test
    void firstHeadingIsTheLastResortForTheTitle() throws ImportException {
        assertThat(metadataOf("", "<h1>Heading as title</h1>").title()).isEqualTo("Heading as title");
    }

    @Test
    void jsonLdGivesHeadlineAuthorsPublisherAndDate() throws ImportException {
        DocumentMetadata m = metadataOf("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "JSON-LD headline",
                 "author": [{"@type": "Person", "name": "Ana One"}, {"@type": "Person", "name": "Ben Two"}],
                 "publisher": {"@type": "Organization", "name": "Port Gazette"},
                 "datePublished": "2021-11-30"}
                </script>
                """);

        assertThat(m.title()).isEqualTo("JSON-LD headline");
        assertThat(m.byline()).isEqualTo("Ana One, Ben Two");
        assertThat(m.outlet()).isEqualTo("Port Gazette");
        assertThat(m.publishedAt()).isEqualTo("2021-11-30");
    }

    @Test
    void jsonLdInsideAnArrayIsFound() throws ImportException {
        DocumentMetadata m = metadataOf("""
                <script type="application/ld+json">
                [{"@type": "BreadcrumbList", "name": "Crumbs"},
                 {"@type": "BlogPosting", "headline": "From the array", "author": "Cleo Three"}]
                </script>
                """);

        assertThat(m.title()).isEqualTo("From the array");
        assertThat(m.byline()).isEqualTo("Cleo Three");
    }

    @Test
    void jsonLdInsideAGraphIsFound() throws ImportException {
        DocumentMetadata m = metadataOf("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Site"},
                  {"@type": ["Article", "ReportageNewsArticle"], "headline": "From the graph",
                   "author": {"name": "Dan Four"}, "datePublished": "2020-01-02T03:04:05Z"}]}
                </script>
                """);

        assertThat(m.title()).isEqualTo("From the graph");
        assertThat(m.byline()).isEqualTo("Dan Four");
        assertThat(m.publishedAt()).isEqualTo("2020-01-02T03:04:05Z");
    }

    @Test
    void malformedJsonLdIsIgnored() throws ImportException {
        DocumentMetadata m = metadataOf("""
                <title>Still readable</title>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken" </script>
                <script type="application/ld+json">not json at all</script>
                """);

        assertThat(m.title()).isEqualTo("Still readable");
    }

    @Test
    void bylineComesFromRelAuthorOrBylineClassWhenNoMetaSaysIt() throws ImportException {
        assertThat(metadataOf("", "<a rel=\"author\" href=\"/staff/eve\">Eve Five</a>")
                        .byline())
                .isEqualTo("Eve Five");
        assertThat(metadataOf("", "<div class=\"byline\">By Finn Six</div>").byline())
                .isEqualTo("Finn Six");
    }

    @Test
    void publicationDateComesFromTimeElementOrDublinCore() throws ImportException {
        assertThat(metadataOf("", "<time datetime=\"2019-06-07T08:09:10-04:00\">June 7</time>")
                        .publishedAt())
                .isEqualTo("2019-06-07T12:09:10Z");
        assertThat(metadataOf("<meta name=\"DC.date\" content=\"2018-03-04\">").publishedAt())
                .isEqualTo("2018-03-04");
        assertThat(metadataOf("<meta name=\"dcterms.date\" content=\"2017-02-03\">")
                        .publishedAt())
                .isEqualTo("2017-02-03");
        assertThat(metadataOf("<meta name=\"date\" content=\"2016-01-02\">").publishedAt())
                .isEqualTo("2016-01-02");
    }

    @Test
    void outletFallsBackToApplicationName() throws ImportException {
        assertThat(metadataOf("<meta name=\"application-name\" content=\"Quay Daily\">")
                        .outlet())
                .isEqualTo("Quay Daily");
    }

    @Test
    void canonicalLinkWinsOverOpenGraphUrl() throws ImportException {
        assertThat(metadataOf("<link rel=\"canonical\" href=\"https://a.example/story\">"
                                + "<meta property=\"og:url\" content=\"https://b.example/story\">")
                        .url())
                .isEqualTo("https://a.example/story");
    }

    @Test
    void languageIsReducedToTheTwoLetterCode() throws ImportException {
        String html =
                "<!DOCTYPE html><html lang=\"pt-BR\"><head></head><body><div>" + article() + "</div></body></html>";
        assertThat(extract(html).metadata().language()).isEqualTo("pt");
        assertThat(metadataOf("<meta http-equiv=\"content-language\" content=\"de-AT\">")
                        .language())
                .isEqualTo("de");
    }
}
