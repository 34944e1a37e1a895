package org.opendossier.service;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A dossier's PDF as pictures of its pages, drawn from the bytes an export writes, for the composer's live
 * preview.
 *
 * @param pages the first pages, at most {@link DossierService#PREVIEW_PAGES}
 * @param pageCount how many pages the PDF has
 */
public record DossierPreview(List<BufferedImage> pages, int pageCount) {
    public DossierPreview {
        pages = List.copyOf(pages);
    }
}
