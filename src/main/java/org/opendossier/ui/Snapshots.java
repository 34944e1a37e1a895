package org.opendossier.ui;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

/** A node's picture as pixels, for {@link PngFiles}; taken on the FX thread, as snapshots must be. */
public final class Snapshots {
    private Snapshots() {}

    /** The pixels of a picture: ARGB, row by row. */
    public record Pixels(int width, int height, int[] argb) {}

    /** {@code node} as drawn, at {@code scale} times the screen's size (2 for a sharp print). */
    public static Pixels of(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        WritableImage image = node.snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(w, h, argb);
    }
}
