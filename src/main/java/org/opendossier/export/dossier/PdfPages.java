package org.opendossier.export.dossier;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF drawn as pictures, for showing a dossier as it will print: the composer previews the very
 * bytes {@link PdfDossierWriter} writes for an export, so what the investigator sees is what is exported.
 */
public final class PdfPages {
    private PdfPages() {}

    /**
     * The first pages drawn, and how many the document has.
     *
     * @param pages the pictures, at most as many as were asked for
     * @param pageCount every page of the document, drawn or not
     */
    public record Drawn(List<BufferedImage> pages, int pageCount) {
        public Drawn {
            pages = List.copyOf(pages);
        }
    }

    /**
     * Draws up to {@code limit} pages of {@code pdf} at {@code dpi} dots per inch; stops early, keeping what is
     * drawn, once {@code stop} says so (checked between pages).
     */
    public static Drawn draw(byte[] pdf, float dpi, int limit, BooleanSupplier stop) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = document.getNumberOfPages();
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(count, limit) && !stop.getAsBoolean(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return new Drawn(pages, count);
        }
    }
}
