package org.opendossier.export.dossier;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of SVG attributes that our figures use, read the way SVG 1.1 reads them: colours, lengths, lists of
 * numbers and the straight-line commands of path data. A value that cannot be read gives nothing (an empty result,
 * {@code NaN} or {@code null}), so that the attribute is ignored as a browser ignores it, never an error.
 */
final class SvgValues {
    /** A colour given by value, not by name or reference. */
    private static final Pattern HEX = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    private static final Pattern RGB =
            Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private static final Pattern PATH_TOKEN =
            Pattern.compile("[A-Za-z]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** The sixteen basic colour keywords of CSS (SVG knows more; our writers use none of them). */
    private static final Map<String, Color> NAMED = Map.ofEntries(
            Map.entry("black", new Color(0x000000)),
            Map.entry("silver", new Color(0xc0c0c0)),
            Map.entry("gray", new Color(0x808080)),
            Map.entry("grey", new Color(0x808080)),
            Map.entry("white", new Color(0xffffff)),
            Map.entry("maroon", new Color(0x800000)),
            Map.entry("red", new Color(0xff0000)),
            Map.entry("purple", new Color(0x800080)),
            Map.entry("fuchsia", new Color(0xff00ff)),
            Map.entry("green", new Color(0x008000)),
            Map.entry("lime", new Color(0x00ff00)),
            Map.entry("olive", new Color(0x808000)),
            Map.entry("yellow", new Color(0xffff00)),
            Map.entry("navy", new Color(0x000080)),
            Map.entry("blue", new Color(0x0000ff)),
            Map.entry("teal", new Color(0x008080)),
            Map.entry("aqua", new Color(0x00ffff)));

    /** What a paint attribute says. */
    sealed interface Paint permits NoPaint, Solid {}

    /** {@code none}, or a reference to a paint server (a gradient) that we do not draw. */
    record NoPaint() implements Paint {}

    record Solid(Color colour) implements Paint {}

    private SvgValues() {}

    /** The paint named by a {@code fill} or {@code stroke} value, or {@code null} if it cannot be read. */
    static Paint paint(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("none") || v.equals("transparent") || v.startsWith("url(")) {
            return new NoPaint();
        }
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            String digits = hex.group(1);
            if (digits.length() == 3) {
                digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                        + digits.charAt(2) + digits.charAt(2);
            }
            return new Solid(new Color(Integer.parseInt(digits, 16)));
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            return new Solid(new Color(
                    Math.min(255, Integer.parseInt(rgb.group(1))),
                    Math.min(255, Integer.parseInt(rgb.group(2))),
                    Math.min(255, Integer.parseInt(rgb.group(3)))));
        }
        Color named = NAMED.get(v);
        return named == null ? null : new Solid(named);
    }

    /**
     * A length in user units: a plain number, a number in {@code px}, or a percentage of {@code reference}; {@code
     * NaN} for anything else (other units, text, infinities).
     */
    static double length(String value, double reference) {
        String v = value.strip();
        double scale = 1;
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1);
            scale = reference / 100;
        } else if (v.endsWith("px")) {
            v = v.substring(0, v.length() - 2);
        }
        return NUMBER.matcher(v).matches() ? finite(Double.parseDouble(v) * scale) : Double.NaN;
    }

    /** A plain number, or {@code NaN}. */
    static double number(String value) {
        String v = value.strip();
        return NUMBER.matcher(v).matches() ? finite(Double.parseDouble(v)) : Double.NaN;
    }

    /** An opacity from 0 to 1, clamped, or {@code NaN}. */
    static double opacity(String value) {
        double o = number(value);
        return Double.isNaN(o) ? o : Math.max(0, Math.min(1, o));
    }

    /**
     * The numbers of a list separated by spaces or commas ({@code points}, {@code viewBox}, {@code
     * stroke-dasharray}), up to the first item that is not a number.
     */
    static List<Double> numbers(String value) {
        List<Double> out = new ArrayList<>();
        for (String item : value.strip().split("[\\s,]+")) {
            double n = number(item);
            if (Double.isNaN(n)) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    /**
     * The outline drawn by path data, with the commands our figures use: move, line, horizontal, vertical and close,
     * absolute and relative. As in SVG, drawing stops at the first command it cannot read, keeping what came before.
     */
    static Path2D path(String d) {
        Path2D.Double path = new Path2D.Double();
        Matcher m = PATH_TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        PathCursor cursor = new PathCursor(path, tokens);
        cursor.run();
        return path;
    }

    /** Walks the tokens of path data, keeping the current point and the start of the current subpath. */
    private static final class PathCursor {
        private final Path2D.Double path;
        private final List<String> tokens;
        private int next;
        private double x;
        private double y;
        private double startX;
        private double startY;
        private boolean started;

        PathCursor(Path2D.Double path, List<String> tokens) {
            this.path = path;
            this.tokens = tokens;
        }

        void run() {
            char command = 0;
            while (next < tokens.size()) {
                String token = tokens.get(next);
                if (Character.isLetter(token.charAt(0))) {
                    command = token.charAt(0);
                    next++;
                } else if (command == 0 || command == 'Z' || command == 'z') {
                    return; // numbers with no command to take them
                }
                if (!step(command)) {
                    return;
                }
                // after a move, further pairs of numbers are lines (SVG 1.1 §8.3.2)
                command = command == 'M' ? 'L' : command == 'm' ? 'l' : command;
            }
        }

        private boolean step(char command) {
            boolean relative = Character.isLowerCase(command);
            double baseX = relative ? x : 0;
            double baseY = relative ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    double[] p = take(2);
                    if (p == null) {
                        return false;
                    }
                    x = baseX + p[0];
                    y = baseY + p[1];
                    startX = x;
                    startY = y;
                    path.moveTo(x, y);
                    started = true;
                }
                case 'L', 'H', 'V' -> {
                    char upper = Character.toUpperCase(command);
                    double[] p = take(upper == 'L' ? 2 : 1);
                    if (p == null || !started) {
                        return false;
                    }
                    x = upper == 'V' ? x : baseX + p[0];
                    y = upper == 'H' ? y : upper == 'V' ? baseY + p[0] : baseY + p[1];
                    path.lineTo(x, y);
                }
                case 'Z' -> {
                    if (!started) {
                        return false;
                    }
                    path.closePath();
                    x = startX;
                    y = startY;
                }
                default -> {
                    return false; // curves and arcs: not in our figures
                }
            }
            return true;
        }

        /** The next {@code n} numbers, or {@code null} if there are not that many. */
        private double[] take(int n) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                if (next >= tokens.size() || Character.isLetter(tokens.get(next).charAt(0))) {
                    return null;
                }
                out[i] = number(tokens.get(next++));
                if (Double.isNaN(out[i])) {
                    return null;
                }
            }
            return out;
        }
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
