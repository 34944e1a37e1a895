package org.opendossier.export.dossier;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Rectangle;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.w3c.dom.Element;

/**
 * Draws the dossier's figures into the PDF as vector graphics, in place of openhtmltopdf's Batik-based SVG support
 * (decision record 0017): each {@code <svg>} of the page is read by {@link SvgFigureReader} and painted by {@link
 * FigurePainter} on the Graphics2D that openhtmltopdf's PDFBox output hands out, which writes PDF paths and text.
 *
 * <p>A figure is as wide as the text of the page, its proportions kept, unless that would make it taller than
 * {@code maxHeight}: then it is made smaller, so that it always fits on one page. Fonts come from the document (the
 * bundled DejaVu Sans), so nothing is loaded from anywhere, and font rules and files offered to SVG are ignored.
 */
final class FigureDrawer implements SVGDrawer {
    private final double maxWidth;
    private final double maxHeight;

    /**
     * @param maxWidth the width of the text on a page, in CSS pixels
     * @param maxHeight the most a figure may take of a page's height, in CSS pixels
     */
    FigureDrawer(double maxWidth, double maxHeight) {
        if (!(maxWidth > 0) || !(maxHeight > 0)) {
            throw new IllegalArgumentException("a figure needs room: " + maxWidth + " × " + maxHeight + " pixels");
        }
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    @Override
    public SVGImage buildSVGImage(
            Element svgElement, Box box, CssContext c, double cssWidth, double cssHeight, double dotsPerPixel) {
        FigurePicture picture = SvgFigureReader.read(svgElement);
        double scale = picture.width() > 0 && picture.height() > 0
                ? Math.min(maxWidth / picture.width(), maxHeight / picture.height())
                : 0;
        return new Image(
                picture,
                box,
                (int) Math.floor(picture.width() * scale * dotsPerPixel),
                (int) Math.floor(picture.height() * scale * dotsPerPixel),
                dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // Figures are set in the bundled DejaVu Sans; the page's @font-face rules would load fonts from URIs.
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
        // as above: the document's own fonts are used
    }

    @Override
    public void addFontStream(
            FSSupplier<InputStream> supplier, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
        // as above: the document's own fonts are used
    }

    @Override
    public void close() {
        // holds nothing open
    }

    /** One figure laid out on the page: its picture, its box, and the size it asks for in dots. */
    private static final class Image implements SVGImage {
        private final FigurePicture picture;
        private final Box box;
        private final int width;
        private final int height;
        private final double dotsPerPixel;

        Image(FigurePicture picture, Box box, int width, int height, double dotsPerPixel) {
            this.picture = picture;
            this.box = box;
            this.width = width;
            this.height = height;
            this.dotsPerPixel = dotsPerPixel;
        }

        @Override
        public int getIntrinsicWidth() {
            return width;
        }

        @Override
        public int getIntrinsicHeight() {
            return height;
        }

        @Override
        public void drawSVG(OutputDevice outputDevice, RenderingContext ctx, double x, double y) {
            Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx);
            float w = (float) (content.width / dotsPerPixel);
            float h = (float) (content.height / dotsPerPixel);
            FigureFontDrawer fonts = new FigureFontDrawer(
                    dejaVuSans(ctx, IdentValue.NORMAL), dejaVuSans(ctx, IdentValue.FONT_WEIGHT_700));
            FigurePainter painter = new FigurePainter(fonts);
            outputDevice.drawWithGraphics((float) x, (float) y, w, h, g -> {
                // PdfDossierWriter registers this drawer only with openhtmltopdf's PDFBox output
                ((PdfBoxGraphics2D) g).setFontTextDrawer(fonts);
                painter.paint(g, picture, w, h);
            });
        }

        /** The document's DejaVu Sans in the given weight, as PdfDossierWriter registered it. */
        private static PDFont dejaVuSans(RenderingContext ctx, IdentValue weight) {
            FontSpecification spec = new FontSpecification();
            spec.families = new String[] {"DejaVu Sans"};
            spec.fontWeight = weight;
            spec.fontStyle = IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            spec.size = 12; // any: the size is set where the text is drawn
            return ((PdfBoxFSFont) ctx.getFont(spec))
                    .getFontDescriptions()
                    .getFirst()
                    .getFont();
        }
    }
}
