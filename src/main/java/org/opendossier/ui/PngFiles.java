package org.opendossier.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Pictures of panes saved as PNG files. The view takes the pixels on the FX thread (a snapshot must be taken
 * there); encoding and writing them is slow, so view models do it here, in a background task.
 */
public final class PngFiles {
    private PngFiles() {}

    /** Writes {@code argb} ({@code width} × {@code height} pixels, row by row) to {@code target} as a PNG. */
    public static Path write(Path target, int width, int height, int[] argb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return target;
    }
}
