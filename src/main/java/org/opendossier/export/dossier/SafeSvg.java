package org.opendossier.export.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * An SVG picture made fit to inline in a dossier. Our own writers already produce plain drawings; this is the
 * second line of defence, so that a bug there or a hostile label can never put active content or a remote
 * reference into an exported file: it removes elements that run or embed things, every {@code on…} event
 * attribute, every link or {@code url(…)} that does not point inside the picture, and any value naming a
 * {@code javascript:} or {@code data:} URL.
 */
final class SafeSvg {
    private static final Set<String> DROPPED = Set.of(
            "script",
            "foreignobject",
            "iframe",
            "object",
            "embed",
            "style",
            "image",
            "feimage",
            "animate",
            "set",
            "animatemotion",
            "animatetransform",
            "handler",
            "listener");

    private SafeSvg() {}

    /** The {@code <svg>} element of {@code svg}, cleaned, as XML without a declaration. */
    static String clean(String svg) {
        Document doc = Parser.xmlParser().parseInput(svg, "");
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        Element root = doc.children().stream()
                .filter(e -> localName(e).equals("svg"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a dossier figure must be an SVG document with an <svg> root element"));
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e != root && DROPPED.contains(localName(e))) {
                e.remove();
            } else if (e != root && localName(e).equals("a")) {
                e.unwrap(); // keep the drawing inside a link, drop the link
            }
        }
        for (Element e : root.getAllElements()) {
            List<String> unsafe = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                if (unsafe(a)) {
                    unsafe.add(a.getKey());
                }
            }
            unsafe.forEach(e::removeAttr);
        }
        return root.outerHtml();
    }

    private static String localName(Element e) {
        String name = e.tagName().toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static boolean unsafe(Attribute a) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String local = name.substring(name.indexOf(':') + 1);
        String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (local.startsWith("on") || local.equals("src") || local.equals("style")) {
            return true;
        }
        if (local.equals("href") && !value.startsWith("#")) {
            return true;
        }
        if (value.contains("javascript:") || value.contains("data:") || value.contains("vbscript:")) {
            return true;
        }
        return value.contains("url(") && !value.matches(".*url\\(['\"]?#.*");
    }
}
