package org.opendossier.model;

/**
 * How a stance is drawn wherever claims are pictured (the timeline pane and its SVG export alike): a colour
 * from the Okabe–Ito palette, which people with the common forms of colour blindness can still tell apart, and
 * a shape, so that a denial differs from a repeat in print without colour too. Kept here, the one place both
 * the export and the desktop app can reach.
 */
public enum StanceStyle {
    SUPPORTS(0x00, 0x9E, 0x73, Shape.CIRCLE),
    REPORTS(0x00, 0x72, 0xB2, Shape.CIRCLE),
    MENTIONS(0x99, 0x99, 0x99, Shape.SMALL_CIRCLE),
    DISPUTES(0xE6, 0x9F, 0x00, Shape.DIAMOND),
    DENIES(0xD5, 0x5E, 0x00, Shape.TRIANGLE);

    /** The outline of a marker. */
    public enum Shape {
        CIRCLE,
        SMALL_CIRCLE,
        /** A square standing on its corner. */
        DIAMOND,
        /** Pointing down. */
        TRIANGLE
    }

    private final int red;
    private final int green;
    private final int blue;
    private final Shape shape;

    StanceStyle(int red, int green, int blue, Shape shape) {
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.shape = shape;
    }

    public static StanceStyle of(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> SUPPORTS;
            case REPORTS -> REPORTS;
            case MENTIONS -> MENTIONS;
            case DISPUTES -> DISPUTES;
            case DENIES -> DENIES;
        };
    }

    /** The colour as {@code #rrggbb}. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    public Shape shape() {
        return shape;
    }
}
