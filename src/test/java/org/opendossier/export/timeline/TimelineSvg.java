package org.opendossier.export.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading a timeline SVG back in tests: its elements by name and class. */
public final class TimelineSvg {
    public static final String NS = "http://www.w3.org/2000/svg";

    private TimelineSvg() {}

    /** Every SVG element named {@code name} whose class list holds {@code cssClass}, in document order. */
    public static List<Element> elements(Document svg, String name, String cssClass) {
        NodeList all = svg.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element's own {@code <title>} child's text, or empty. */
    public static String title(Element e) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c && c.getLocalName().equals("title")) {
                return c.getTextContent();
            }
        }
        return "";
    }
}
