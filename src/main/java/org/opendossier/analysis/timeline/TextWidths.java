package org.opendossier.analysis.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a line of sans-serif text will be, estimated from the widths of character classes, and statements
 * wrapped with it. Both the screen and the SVG file draw the same lines, and an SVG viewer's fonts cannot be
 * measured beforehand, so the estimate errs on the wide side (by the widths of DejaVu Sans, wider than Arial).
 */
final class TextWidths {
    private static final String NARROW = "iljftI!.,:;'|()[]{} ";
    private static final String WIDE = "mwMW@%";
    private static final String ELLIPSIS = "…";

    private TextWidths() {}

    /** The estimated width of {@code text} at {@code size} pixels. */
    static double width(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += em(cp);
            i += Character.charCount(cp);
        }
        return ems * size;
    }

    private static double em(int cp) {
        if (cp < 0x80 && NARROW.indexOf(cp) >= 0) {
            return 0.34;
        }
        if (cp < 0x80 && WIDE.indexOf(cp) >= 0) {
            return 0.95;
        }
        if (cp >= 0x2E80) {
            return 1.0; // CJK and other full-width scripts
        }
        if (Character.isUpperCase(cp)) {
            return 0.72;
        }
        if (Character.isDigit(cp)) {
            return 0.64;
        }
        return 0.61;
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code width}, at most {@code maxLines} of them;
     * what does not fit is cut and the last line ends in "…". A word wider than a line is cut the same way.
     */
    static List<String> wrap(String text, double width, double size, int maxLines) {
        String[] words = text.strip().split("\\s+");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                // one word wider than the column: it fills the line and is cut there
                lines.add(cut(words[i], width, size));
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        boolean rest = i < words.length;
        if (!line.isEmpty()) {
            if (lines.size() < maxLines) {
                lines.add(line.toString());
            } else {
                rest = true;
            }
        }
        if (rest && !lines.isEmpty()) {
            String last = lines.removeLast();
            lines.add(cut(last.endsWith(ELLIPSIS) ? last : last + ELLIPSIS, width, size));
        }
        return lines;
    }

    /** {@code text} if it fits, else as much of it as fits before "…". */
    static String cut(String text, double width, double size) {
        if (width(text, size) <= width) {
            return text;
        }
        String base = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
        int end = base.length();
        while (end > 0 && width(base.substring(0, end).stripTrailing() + ELLIPSIS, size) > width) {
            end--;
            if (end > 0 && Character.isLowSurrogate(base.charAt(end))) {
                end--;
            }
        }
        return base.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
