package org.opendossier.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the story in a web page. The approach is the one Mozilla's Readability.js made standard: strip
 * what is never content, score paragraphs and credit the containers above them, take the best container
 * with its like-minded siblings, then prune the blocks inside it that look like link lists or widgets. If
 * that leaves too little text the page is re-read with the riskier rules switched off one by one.
 *
 * <p>Text statistics are computed once per pass in a single bottom-up walk and looked up by element, so a
 * page costs a few linear passes instead of one {@code text()} call per candidate.
 */
final class ArticleExtractor {
    private static final int STRIP_UNLIKELY = 1;
    private static final int WEIGHT_CLASSES = 2;
    private static final int CLEAN_CONDITIONALLY = 4;

    /** Below this many characters a pass is considered to have missed the story. */
    private static final int CHAR_THRESHOLD = 500;

    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Share of an item's text in links above which a list item is a link, not a sentence. */
    private static final double LINK_LIST_ITEM_DENSITY = 0.9;

    private static final Set<String> ALWAYS_REMOVED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "canvas",
            "iframe",
            "object",
            "embed",
            "link",
            "meta",
            "input",
            "button",
            "select",
            "textarea",
            "nav",
            "aside",
            "footer",
            "dialog",
            "frame",
            "frameset",
            "audio",
            "video",
            "map",
            "applet");

    private static final Set<String> NON_CONTENT_ROLES =
            Set.of("navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog", "search");

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE =
            Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    /** Boxes of links to other stories; they sit in the story's container with no other telltale name. */
    private static final String READ_NEXT = "read-?next|up-?next|also-?read|more-?stories|most-?read|recommend";

    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|widget|newsletter|cookie|subscribe|copyright|(^|[\\s_-])(rights|tag)($|[\\s_-])|"
                    + READ_NEXT,
            Pattern.CASE_INSENSITIVE);
    /** Small widgets that sit inside the story's own container; matched at a word start so "unshare" is not. */
    private static final Pattern WIDGET = Pattern.compile(
            "(^|[\\s_-])(share(?!d)|sharing|sharedaddy|social|newsletter|subscri|cookie|promo|related|comment"
                    + "|advert|breadcrumb|banner|" + READ_NEXT + ")",
            Pattern.CASE_INSENSITIVE);

    /** Section labels printed above a headline ("Exclusive", "Analysis"). */
    private static final Pattern KICKER =
            Pattern.compile("(^|[\\s_-])(kicker|eyebrow|overline|label|rubric)s?($|[\\s_-])", Pattern.CASE_INSENSITIVE);

    private static final int MAX_KICKER_CHARS = 60;

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private static final Set<String> DIV_BLOCK_CHILDREN = Set.of(
            "blockquote",
            "dl",
            "div",
            "img",
            "ol",
            "p",
            "pre",
            "table",
            "ul",
            "section",
            "article",
            "header",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "main",
            "hr");
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PHRASING_TAGS = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd",
            "label", "mark", "math", "q", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
            "time", "tt", "u", "var", "wbr", "del", "ins", "big", "#text");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private ArticleExtractor() {}

    /**
     * Returns the article's text, or an empty string if the page has none. Expects {@link
     * #removeNonContent} to have run on {@code doc}, and mutates it further: read the metadata first.
     */
    static String extract(Document doc, String title) {
        wrapLooseText(doc.body());
        Document pristine = doc.clone();
        int[] attempts = {
            STRIP_UNLIKELY | WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
            WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
            CLEAN_CONDITIONALLY,
            0
        };
        String best = "";
        for (int i = 0; i < attempts.length; i++) {
            Document work = i == 0 ? doc : pristine.clone();
            String text = TextRenderer.render(new Pass(attempts[i]).grab(work, title));
            if (text.length() >= CHAR_THRESHOLD) {
                return text;
            }
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    /** Text of the page after the never-content nodes are gone: the yardstick for JSON-LD bodies. */
    static String visibleText(Document cleaned) {
        return TextRenderer.render(cleaned.body());
    }

    static void removeNonContent(Document doc) {
        List<Element> doomed = new ArrayList<>();
        for (Element el : doc.body().getAllElements()) {
            if (isNonContent(el)) {
                doomed.add(el);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isNonContent(Element el) {
        String tag = el.normalName();
        if (ALWAYS_REMOVED.contains(tag)) {
            return true;
        }
        if (NON_CONTENT_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (el.hasAttr("hidden")
                || (el.attr("aria-hidden").equalsIgnoreCase("true")
                        && !el.className().contains("fallback-image"))) {
            return true;
        }
        if (el.hasAttr("style") && HIDDEN_STYLE.matcher(el.attr("style")).find()) {
            return true;
        }
        // Whole-page ASP.NET style forms wrap the story; small forms are search boxes and sign-ups.
        return tag.equals("form") && el.getElementsByTag("p").size() < 3;
    }

    /**
     * Wraps runs of loose text and inline elements that sit between blocks in a {@code <p>}, so that text
     * written straight into a container (or left in the body by broken markup) is scored like any paragraph.
     */
    private static void wrapLooseText(Element body) {
        List<Element> divs = new ArrayList<>(body.select("div, section, article, main"));
        divs.add(body);
        for (Element div : divs) {
            if (isWrapperOfOneParagraph(div)) {
                // The paragraph then scores for the container the author meant, not for this wrapper.
                div.unwrap();
                continue;
            }
            if (!hasBlockChild(div)) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(div.childNodes())) {
                if (isPhrasing(child)) {
                    run.add(child);
                } else {
                    wrapRun(run);
                    run.clear();
                }
            }
            wrapRun(run);
        }
    }

    private static boolean isWrapperOfOneParagraph(Element div) {
        if (!div.normalName().equals("div")
                || div.childrenSize() != 1
                || !div.child(0).normalName().equals("p")
                || div.parent() == null
                || isNamedAsBoilerplate(div)) {
            return false;
        }
        for (Node child : div.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        Element p = div.child(0);
        int chars = p.text().length();
        int linkChars = 0;
        for (Element a : p.getElementsByTag("a")) {
            linkChars += a.text().length();
        }
        return chars > 0 && linkChars < 0.25 * chars;
    }

    /**
     * A sign-up box or a promo holding one paragraph must keep its wrapper: the wrapper's name is the only
     * thing that tells the widget rules what it is.
     */
    private static boolean isNamedAsBoilerplate(Element el) {
        String match = el.className() + " " + el.id();
        return !match.isBlank() && (WIDGET.matcher(match).find() || classWeight(el) < 0);
    }

    private static boolean isPhrasing(Node node) {
        return PHRASING_TAGS.contains(node.normalName()) || node.normalName().startsWith("#");
    }

    private static void wrapRun(List<Node> run) {
        boolean hasText = false;
        for (Node n : run) {
            if (n instanceof TextNode t
                    ? !t.isBlank()
                    : n instanceof Element e && !e.normalName().equals("br")) {
                hasText = true;
                break;
            }
        }
        if (!hasText) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
    }

    private static boolean hasBlockChild(Element el) {
        for (Element child : el.children()) {
            if (DIV_BLOCK_CHILDREN.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    static int classWeight(Element el) {
        return nameWeight(el.className()) + nameWeight(el.id());
    }

    private static int nameWeight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        // A positive block must not cancel a negative element: "story__meta" is a meta line.
        String element = elementName(name);
        if (!element.equals(name)
                && NEGATIVE.matcher(element).find()
                && !POSITIVE.matcher(element).find()) {
            return -25;
        }
        int weight = 0;
        if (NEGATIVE.matcher(name).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            weight += 25;
        }
        return weight;
    }

    /**
     * The element parts of BEM names ({@code block__element--modifier}): they say what an element is,
     * while the block only names the component it belongs to.
     */
    static String elementName(String classOrId) {
        if (!classOrId.contains("__")) {
            return classOrId;
        }
        StringBuilder out = new StringBuilder();
        for (String token : classOrId.split("\\s+")) {
            int element = token.lastIndexOf("__");
            out.append(element < 0 ? token : token.substring(element + 2)).append(' ');
        }
        return out.toString().strip();
    }

    /** One attempt at finding the article with a given set of rules switched on. */
    private static final class Pass {
        private final int flags;
        private final Map<Element, Double> scores = new IdentityHashMap<>();
        private Map<Element, TextStats> stats;

        Pass(int flags) {
            this.flags = flags;
        }

        private boolean on(int flag) {
            return (flags & flag) != 0;
        }

        Element grab(Document doc, String title) {
            Element body = doc.body();
            stats = TextStats.compute(body);
            if (on(STRIP_UNLIKELY)) {
                stripUnlikely(body);
                stats = TextStats.compute(body);
            }
            List<Element> candidates = score(body);
            Element top = chooseTop(body, candidates);
            Element article = gatherSiblings(top);
            stats = TextStats.compute(article);
            clean(article, title);
            return article;
        }

        private void stripUnlikely(Element body) {
            List<Element> doomed = new ArrayList<>();
            for (Element el : body.getAllElements()) {
                String tag = el.normalName();
                if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
                    continue;
                }
                String match = elementName(el.className()) + " " + elementName(el.id());
                if (match.isBlank()) {
                    continue;
                }
                boolean unlikely = UNLIKELY.matcher(match).find() || isSmallWidget(el, match);
                if (unlikely
                        && !MAYBE_CANDIDATE.matcher(match).find()
                        && !hasAncestor(el, "table")
                        && !hasAncestor(el, "code")) {
                    doomed.add(el);
                }
            }
            // Removing an ancestor first makes removing its descendants a harmless no-op.
            doomed.forEach(Element::remove);
        }

        private List<Element> score(Element body) {
            List<Element> candidates = new ArrayList<>();
            for (Element el : body.getAllElements()) {
                if (!isScorable(el)) {
                    continue;
                }
                TextStats s = stats.get(el);
                if (s == null || s.chars < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
                double contentScore = 1 + s.commas + Math.min(Math.floor(s.chars / 100.0), 3);
                Element ancestor = el.parent();
                for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                    if (ancestor.normalName().equals("html") || ancestor.parent() == null) {
                        break;
                    }
                    if (!scores.containsKey(ancestor)) {
                        scores.put(ancestor, initialScore(ancestor));
                        candidates.add(ancestor);
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(ancestor, contentScore / divider, Double::sum);
                }
            }
            for (Element c : candidates) {
                scores.put(c, scores.get(c) * (1 - linkDensity(c)));
            }
            candidates.sort(
                    Comparator.comparingDouble((Element c) -> scores.get(c)).reversed());
            return candidates;
        }

        private boolean isScorable(Element el) {
            String tag = el.normalName();
            if (SCORED_TAGS.contains(tag)) {
                return true;
            }
            return tag.equals("div") && !hasBlockChild(el);
        }

        private double initialScore(Element el) {
            double score =
                    switch (el.normalName()) {
                        case "div" -> 5;
                        case "pre", "td", "blockquote" -> 3;
                        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                        case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                        default -> 0;
                    };
            return score + (on(WEIGHT_CLASSES) ? classWeight(el) : 0);
        }

        private Element chooseTop(Element body, List<Element> candidates) {
            if (candidates.isEmpty()) {
                return body;
            }
            Element top = candidates.get(0);
            double topScore = scores.get(top);
            // When several strong candidates share an ancestor, the story is split across them.
            List<List<Element>> alternativeAncestors = new ArrayList<>();
            for (int i = 1; i < Math.min(candidates.size(), TOP_CANDIDATES); i++) {
                if (scores.get(candidates.get(i)) / topScore >= 0.75) {
                    alternativeAncestors.add(ancestors(candidates.get(i)));
                }
            }
            if (alternativeAncestors.size() >= 3) {
                Element parent = top.parent();
                while (parent != null && parent != body) {
                    int containing = 0;
                    for (List<Element> ancestorsOfAlt : alternativeAncestors) {
                        if (containsIdentity(ancestorsOfAlt, parent)) {
                            containing++;
                        }
                    }
                    if (containing >= 3) {
                        top = parent;
                        break;
                    }
                    parent = parent.parent();
                }
                if (!scores.containsKey(top)) {
                    scores.put(top, initialScore(top));
                }
            }
            // Climb while the parent scores better: the story may be split over sibling containers.
            Element parent = top.parent();
            double lastScore = scores.get(top);
            double threshold = lastScore / 3;
            while (parent != null && parent != body && parent.parent() != null) {
                Double parentScore = scores.get(parent);
                if (parentScore == null) {
                    parent = parent.parent();
                    continue;
                }
                if (parentScore < threshold) {
                    break;
                }
                if (parentScore > lastScore) {
                    top = parent;
                    break;
                }
                lastScore = parentScore;
                parent = parent.parent();
            }
            // An only child adds nothing; its parent may hold a sibling-free wrapper with more context.
            while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
                top = top.parent();
            }
            scores.putIfAbsent(top, initialScore(top));
            return top;
        }

        private Element gatherSiblings(Element top) {
            Element article = new Element("div");
            Element parent = top.parent();
            if (parent == null || top.normalName().equals("body")) {
                for (Node child : new ArrayList<>(top.childNodes())) {
                    article.appendChild(child);
                }
                return article;
            }
            double topScore = scores.get(top);
            double threshold = Math.max(10, topScore * 0.2);
            String topClass = top.className();
            for (Element sibling : new ArrayList<>(parent.children())) {
                boolean append = false;
                if (sibling == top) {
                    append = true;
                } else {
                    double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
                    Double score = scores.get(sibling);
                    if (score != null && score + bonus >= threshold) {
                        append = true;
                    } else if (sibling.normalName().equals("p")
                            || (sibling.normalName().equals("div") && !hasBlockChild(sibling))) {
                        TextStats s = stats.get(sibling);
                        double density = linkDensity(sibling);
                        int length = s == null ? 0 : s.chars;
                        if (length > 80 && density < 0.25) {
                            append = true;
                        } else if (length > 0
                                && length <= 80
                                && density == 0
                                && SENTENCE_END.matcher(sibling.text()).find()) {
                            append = true;
                        }
                    }
                }
                if (append) {
                    article.appendChild(sibling);
                }
            }
            return article;
        }

        private void clean(Element article, String title) {
            removeWidgets(article);
            removeKickers(article);
            if (on(WEIGHT_CLASSES)) {
                // A line named as boilerplate (a meta line, a copyright notice) goes whatever its size.
                for (Element line : article.select("h1, h2, p")) {
                    if (classWeight(line) < 0) {
                        line.remove();
                    }
                }
            }
            removeTitleHeading(article, title);
            if (on(CLEAN_CONDITIONALLY)) {
                for (String tag : new String[] {"form", "fieldset", "table", "ul", "div"}) {
                    // Top-down: a removed container takes its descendants with it, and the statistics
                    // of containers still standing are not changed by removals inside siblings.
                    for (Element el : new ArrayList<>(article.getElementsByTag(tag))) {
                        if (el.parent() != null && isAttached(el, article) && shouldRemove(el)) {
                            el.remove();
                        }
                    }
                }
            }
        }

        private void removeWidgets(Element article) {
            for (Element el : new ArrayList<>(article.getAllElements())) {
                if (el != article && isAttached(el, article) && isSmallWidget(el, el.className() + " " + el.id())) {
                    el.remove();
                }
            }
        }

        /** A label above the headline is page furniture; the same class name further down may be prose. */
        private void removeKickers(Element article) {
            Element headline = article.selectFirst("h1");
            if (headline == null) {
                return;
            }
            List<Element> aboveHeadline = new ArrayList<>();
            for (Element el : article.getAllElements()) {
                if (el == headline) {
                    break;
                }
                aboveHeadline.add(el);
            }
            for (Element el : aboveHeadline) {
                String match = elementName(el.className()) + " " + elementName(el.id());
                if (el != article
                        && KICKER.matcher(match).find()
                        && !headline.parents().contains(el)
                        && el.text().length() <= MAX_KICKER_CHARS) {
                    el.remove();
                }
            }
        }

        /**
         * Share bars, sign-up boxes and cookie notices are named plainly but sometimes lend their name to
         * a wrapper around the whole story (an id like "share-buttons-container"), so size decides.
         */
        private boolean isSmallWidget(Element el, String match) {
            TextStats s = stats.get(el);
            return s != null
                    && s.chars < CHAR_THRESHOLD
                    && WIDGET.matcher(match).find();
        }

        private void removeTitleHeading(Element article, String title) {
            if (title == null) {
                return;
            }
            String wanted = normalizeForCompare(title);
            for (Element h : article.select("h1, h2")) {
                if (normalizeForCompare(h.text()).equals(wanted)) {
                    h.remove();
                    return;
                }
            }
        }

        private boolean shouldRemove(Element el) {
            String tag = el.normalName();
            if (tag.equals("table") && isDataTable(el)) {
                return false;
            }
            if (hasAncestor(el, "code") || insideDataTable(el)) {
                return false;
            }
            TextStats s = stats.get(el);
            if (s == null) {
                return false;
            }
            int weight = on(WEIGHT_CLASSES) ? classWeight(el) : 0;
            // Only the name counts here: a list or table scored low as a container can still be content.
            // A box holding the headline (a "meta" header) is left to the title rule and the tests below.
            if (weight < 0 && el.getElementsByTag("h1").isEmpty()) {
                return true;
            }
            if (s.commas >= 10) {
                return false;
            }
            boolean isList =
                    tag.equals("ul") || tag.equals("ol") || (s.chars > 0 && s.listChars / (double) s.chars > 0.9);
            if (isList && isLinkList(el) && standsAlone(el)) {
                return true;
            }
            int p = s.paragraphs;
            int img = s.images;
            int li = s.listItems - 100;
            double headingDensity = s.chars == 0 ? 0 : s.headingChars / (double) s.chars;
            double linkDensity = linkDensity(el);
            boolean inFigure = hasAncestor(el, "figure");
            return (img > 1 && p / (double) img < 0.5 && !inFigure)
                    || (!isList && li > p)
                    || (s.inputs > p / 3)
                    || (!isList
                            && headingDensity < 0.9
                            && s.chars < MIN_PARAGRAPH_CHARS
                            && (img == 0 || img > 2)
                            && !inFigure)
                    || (!isList && weight < 25 && linkDensity > 0.2)
                    || (weight >= 25 && linkDensity > 0.5);
        }

        /**
         * Lists are spared the link-density test because a story's own lists may link a word or two, and
         * some are nothing but links (sources, "see also"). A list whose every item is a link and which sits
         * alone in its own box, under a heading at most, is a "read next" box or a menu instead.
         */
        private boolean isLinkList(Element list) {
            int items = 0;
            for (Element li : list.getElementsByTag("li")) {
                TextStats s = stats.get(li);
                if (s == null || s.chars == 0) {
                    continue;
                }
                if (s.linkChars / s.chars < LINK_LIST_ITEM_DENSITY) {
                    return false;
                }
                items++;
            }
            return items > 0;
        }

        private boolean standsAlone(Element list) {
            TextStats own = stats.get(list);
            TextStats around = list.parent() == null ? null : stats.get(list.parent());
            return own != null && around != null && around.chars - around.headingChars <= own.chars;
        }

        private boolean insideDataTable(Element el) {
            for (Element a = el.parent(); a != null; a = a.parent()) {
                if (a.normalName().equals("table") && isDataTable(a)) {
                    return true;
                }
            }
            return false;
        }

        private double linkDensity(Element el) {
            TextStats s = stats.get(el);
            return s == null || s.chars == 0 ? 0 : s.linkChars / s.chars;
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()
                || table.selectFirst("> caption") != null
                || table.selectFirst("> thead, > tbody > tr > th, > tr > th, > tfoot, col, colgroup") != null) {
            return true;
        }
        if (table.selectFirst("table") != null
                && table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int rows = table.select("> tr, > tbody > tr, > thead > tr").size();
        int columns = 0;
        for (Element row : table.select("> tr, > tbody > tr")) {
            columns = Math.max(columns, row.select("> td, > th").size());
        }
        if (rows == 1 || columns == 1) {
            return false;
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private static boolean isAttached(Element el, Element root) {
        for (Element a = el; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestor(Element el, String tag) {
        for (Element a = el.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> ancestors(Element el) {
        List<Element> out = new ArrayList<>();
        for (Element a = el.parent(); a != null; a = a.parent()) {
            out.add(a);
        }
        return out;
    }

    private static boolean containsIdentity(List<Element> list, Element wanted) {
        for (Element e : list) {
            if (e == wanted) {
                return true;
            }
        }
        return false;
    }

    static String normalizeForCompare(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Text measures of one element, summed bottom-up in one walk so no subtree is read twice. */
    static final class TextStats {
        int chars;
        double linkChars;
        int commas;
        int listChars;
        int headingChars;
        int paragraphs;
        int images;
        int listItems;
        int inputs;

        private static final Pattern SPACES = Pattern.compile("\\s+");

        static Map<Element, TextStats> compute(Element root) {
            Map<Element, TextStats> map = new IdentityHashMap<>();
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        @Override
                        public void head(Node node, int depth) {
                            if (node instanceof Element el) {
                                map.put(el, new TextStats());
                            }
                        }

                        @Override
                        public void tail(Node node, int depth) {
                            Element parent = node.parent() instanceof Element p ? p : null;
                            TextStats parentStats = parent == null ? null : map.get(parent);
                            if (node instanceof TextNode text) {
                                if (parentStats != null) {
                                    String collapsed = SPACES.matcher(text.getWholeText())
                                            .replaceAll(" ")
                                            .strip();
                                    parentStats.chars += collapsed.length();
                                    parentStats.commas += countCommas(collapsed);
                                }
                            } else if (node instanceof Element el) {
                                TextStats s = map.get(el);
                                String tag = el.normalName();
                                switch (tag) {
                                    case "a" -> s.linkChars = el.attr("href").startsWith("#") ? s.chars * 0.3 : s.chars;
                                    case "ul", "ol" -> s.listChars = s.chars;
                                    case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headingChars = s.chars;
                                    default -> {
                                        // no extra measure for other tags
                                    }
                                }
                                if (parentStats != null && node != root) {
                                    parentStats.add(s, tag);
                                }
                            }
                        }
                    },
                    root);
            return map;
        }

        private void add(TextStats child, String tag) {
            chars += child.chars;
            linkChars += child.linkChars;
            commas += child.commas;
            listChars += child.listChars;
            headingChars += child.headingChars;
            paragraphs += child.paragraphs + (tag.equals("p") ? 1 : 0);
            images += child.images + (tag.equals("img") ? 1 : 0);
            listItems += child.listItems + (tag.equals("li") ? 1 : 0);
            inputs += child.inputs + (tag.equals("input") ? 1 : 0);
        }

        private static int countCommas(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                switch (s.charAt(i)) {
                    case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> n++;
                    default -> {
                        // not a comma
                    }
                }
            }
            return n;
        }
    }
}
