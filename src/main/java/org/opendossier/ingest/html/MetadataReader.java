package org.opendossier.ingest.html;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.opendossier.ingest.DocumentMetadata;

/**
 * Reads what a page says about itself from meta tags (Open Graph, Twitter cards, Dublin Core), JSON-LD
 * and the document structure. Each field takes the first source that has a usable value, in the order
 * publishers are most careful about: social-card tags are curated, {@code <title>} often carries the
 * site name, and markup classes are a last resort. Must run before the boilerplate is removed.
 */
final class MetadataReader {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/\\\\]{1,2}\\s+");
    private static final Pattern BYLINE_PREFIX =
            Pattern.compile("^(by|von|par|por|door|di)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");
    private static final int MAX_BYLINE_CHARS = 100;

    private MetadataReader() {}

    static DocumentMetadata read(Document doc, JsonLd jsonLd) {
        Map<String, String> meta = metaValues(doc);
        String outlet = first(meta.get("og:site_name"), jsonLd.publisher(), meta.get("application-name"));
        String url = firstUrl(canonical(doc), meta.get("og:url"), jsonLd.url());
        String title = withoutSiteName(
                first(
                        meta.get("og:title"),
                        meta.get("twitter:title"),
                        jsonLd.headline(),
                        meta.get("dc.title"),
                        meta.get("dcterms.title"),
                        meta.get("parsely-title"),
                        doc.title(),
                        firstText(doc, "h1")),
                outlet,
                url);
        String byline = first(
                meta.get("author"),
                notUrl(meta.get("article:author")),
                jsonLd.byline(),
                meta.get("dc.creator"),
                meta.get("dcterms.creator"),
                meta.get("parsely-author"),
                bylineElement(doc));
        String published = first(
                PublicationDates.normalize(meta.get("article:published_time")),
                PublicationDates.normalize(jsonLd.datePublished()),
                PublicationDates.normalize(timeElement(doc)),
                PublicationDates.normalize(meta.get("dc.date")),
                PublicationDates.normalize(meta.get("dcterms.date")),
                PublicationDates.normalize(meta.get("dc.date.issued")),
                PublicationDates.normalize(meta.get("date")),
                PublicationDates.normalize(meta.get("parsely-pub-date")));
        String language = first(
                language(
                        doc.selectFirst("html") == null
                                ? null
                                : doc.selectFirst("html").attr("lang")),
                language(meta.get("content-language")),
                language(meta.get("og:locale")));
        return new DocumentMetadata(clean(title), cleanByline(byline), clean(outlet), published, url, language);
    }

    /**
     * Collects meta values under every key they declare: {@code property} may hold several space-separated
     * names, and pages use name, property, itemprop and http-equiv interchangeably. Keys are lower-cased
     * and the first non-blank value wins, as a reader scanning the head would take it.
     */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                for (String key : meta.attr(attr).trim().split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.putIfAbsent(canonicalKey(key), content);
                    }
                }
            }
        }
        return values;
    }

    /** Dublin Core appears as "DC.title", "dc:title", "dcterm:title" and "DCTERMS.title" in the wild. */
    private static String canonicalKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("dc:")) {
            return "dc." + k.substring(3);
        }
        if (k.startsWith("dcterm:") || k.startsWith("dcterms:") || k.startsWith("dcterm.")) {
            return "dcterms." + k.substring(k.indexOf(k.contains(":") ? ':' : '.') + 1);
        }
        return k;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? null : link.attr("href").strip();
    }

    /** Only absolute addresses: a relative one cannot be resolved without knowing where the file came from. */
    private static String firstUrl(String... candidates) {
        for (String c : candidates) {
            if (c != null && (c.startsWith("http://") || c.startsWith("https://"))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The title without a trailing (or leading) segment that names the site, as in "Story | Outlet".
     * Applied to every source, since social-card titles often carry the suffix too.
     */
    static String withoutSiteName(String rawTitle, String outlet, String url) {
        if (rawTitle == null) {
            return null;
        }
        String title = rawTitle.strip();
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        if (namesSite(last, outlet, url)) {
            return title.substring(0, lastSeparatorStart(title)).strip();
        }
        String firstPart = parts[0];
        if (namesSite(firstPart, outlet, url)) {
            Matcher m = TITLE_SEPARATOR.matcher(title);
            if (m.find()) {
                return title.substring(m.end()).strip();
            }
        }
        return title;
    }

    private static int lastSeparatorStart(String title) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static boolean namesSite(String segment, String outlet, String url) {
        String seg = alnum(segment);
        if (seg.isEmpty()) {
            return false;
        }
        if (outlet != null && alnum(outlet).equals(seg)) {
            return true;
        }
        if (url != null) {
            String host = url.replaceFirst("^https?://", "").replaceFirst("[/:?#].*$", "");
            String[] labels = host.split("\\.");
            for (String label : labels) {
                if (alnum(label).equals(seg)) {
                    return true;
                }
            }
            // "Example.com" as a suffix names the site by its registered domain.
            return labels.length >= 2
                    && alnum(labels[labels.length - 2] + labels[labels.length - 1])
                            .equals(seg);
        }
        return false;
    }

    /** Letters and digits only, without accents, so "Aktuálně.cz" compares equal to the host aktualne.cz. */
    private static String alnum(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String firstText(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.text();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String bylineElement(Document doc) {
        Element rel = doc.selectFirst("a[rel~=(?i)^author$], link[rel~=(?i)^author$][title]");
        if (rel != null) {
            String text = rel.tagName().equals("link") ? rel.attr("title") : rel.text();
            if (isPlausibleByline(text)) {
                return text;
            }
        }
        for (Element e : doc.select("[itemprop~=^author$], [class~=(?i)(^|[-_])(byline|author)($|[-_])]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String text = name != null ? name.text() : e.text();
            if (isPlausibleByline(text)) {
                return text;
            }
        }
        return null;
    }

    private static boolean isPlausibleByline(String text) {
        return text != null && !text.isBlank() && text.strip().length() <= MAX_BYLINE_CHARS;
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("time[datetime][pubdate], time[itemprop=datePublished][datetime]");
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        return time == null ? null : time.attr("datetime");
    }

    private static String language(String raw) {
        if (raw == null) {
            return null;
        }
        var m = LANGUAGE.matcher(raw.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return c.isEmpty() ? null : c;
    }

    private static String cleanByline(String s) {
        String c = clean(s);
        return c == null ? null : clean(BYLINE_PREFIX.matcher(c).replaceFirst(""));
    }
}
