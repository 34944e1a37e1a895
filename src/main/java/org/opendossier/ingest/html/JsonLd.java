package org.opendossier.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema.org article a page describes in its {@code application/ld+json} blocks, reduced to the
 * fields the extractor uses. Blocks may be a single object, an array or an {@code @graph}; a block that
 * does not parse is skipped, since publishers' JSON-LD is often hand-built and broken.
 */
record JsonLd(String headline, String byline, String publisher, String datePublished, String articleBody, String url) {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLd.class);

    static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);

    /** Lenient because real blocks carry raw newlines in articleBody, comments and trailing commas. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    static JsonLd read(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = stripWrapper(script.data());
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(json), nodes, 0);
            } catch (JacksonException e) {
                LOG.debug("Ignoring malformed JSON-LD block: {}", e.getOriginalMessage());
            }
        }
        JsonNode article = null;
        for (JsonNode node : nodes) {
            if (isArticle(node)) {
                article = node;
                break;
            }
        }
        if (article == null) {
            return NONE;
        }
        return new JsonLd(
                headline(article, doc.title()),
                names(article.get("author")),
                names(article.get("publisher")),
                text(article.get("datePublished")),
                text(article.get("articleBody")),
                url(article));
    }

    /**
     * Some publishers put a summary in {@code headline} and the title in {@code name}; when both are given
     * and differ, the one the page's {@code <title>} repeats is the title.
     */
    private static String headline(JsonNode article, String pageTitle) {
        String headline = text(article.get("headline"));
        String name = text(article.get("name"));
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        String title = pageTitle.toLowerCase(Locale.ROOT);
        boolean nameInTitle = title.contains(name.toLowerCase(Locale.ROOT));
        boolean headlineInTitle = title.contains(headline.toLowerCase(Locale.ROOT));
        return nameInTitle && !headlineInTitle ? name : headline;
    }

    private static String stripWrapper(String data) {
        String s = data.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        if (s.startsWith("<![CDATA[")) {
            s = s.substring(9);
        }
        if (s.endsWith("]]>")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.strip();
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                flatten(child, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            String lower = t.toLowerCase(Locale.ROOT);
            // schema.org has many article subtypes (NewsArticle, ReportageNewsArticle, TechArticle, ...).
            if (lower.endsWith("article") || lower.equals("blogposting") || lower.equals("report")) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("@value"));
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Joins the names of a person, an organisation, or a list of either. */
    private static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null && !name.startsWith("http://") && !name.startsWith("https://")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String url(JsonNode article) {
        String url = text(article.get("url"));
        if (url == null) {
            JsonNode main = article.get("mainEntityOfPage");
            url = main != null && main.isObject() ? text(main.get("@id")) : text(main);
        }
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }
}
