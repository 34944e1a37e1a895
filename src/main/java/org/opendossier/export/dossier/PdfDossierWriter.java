package org.opendossier.export.dossier;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

/**
 * Writes a dossier as a PDF: the markup of {@link HtmlDossierWriter} laid out on A4 pages with a cover, a running
 * header with the title, "page X of Y", bookmarks matching the contents, and the DejaVu fonts embedded so that
 * Latin, Cyrillic and Arabic read the same on every machine.
 *
 * <p>The renderer may fetch nothing: every URI is refused before and after resolving, no protocol has a stream
 * behind it, so nothing a user or a source wrote can make the export touch a file or the network. Figures (the
 * timeline, the network) are drawn as vector graphics with real text by our own small SVG interpreter ({@link
 * FigureDrawer}), as wide as the text and never taller than a page, rather than by Batik (decision record 0017).
 */
public final class PdfDossierWriter {
    private static final String FONTS = "/org/opendossier/export/dossier/fonts/";

    /** The bundled faces: file, family, weight, style. */
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.ITALIC));

    /** A4, in millimetres. */
    private static final int PAGE_WIDTH = 210;

    private static final int PAGE_HEIGHT = 297;

    /** The margins of a page (top, right, bottom, left), in millimetres. */
    private static final int[] MARGINS = {22, 18, 20, 18};

    /** Room kept under the tallest figure on a page for its caption and spacing, in millimetres. */
    private static final int CAPTION_ROOM = 25;

    private static final double PIXELS_PER_MM = 96 / 25.4;

    /**
     * What paper changes: only bundled fonts (DejaVu Serif lacks Arabic, so DejaVu Sans follows it in every list),
     * pages, a cover and contents of their own, the appendix on a new page, figures whole on one page at the size
     * {@link FigureDrawer} gives them (not the size in their {@code width} and {@code height} attributes).
     */
    private static final String PRINT_CSS = """
            @page { size: A4; margin: %dmm %dmm %dmm %dmm;
              @top-center { content: element(running-title); }
              @bottom-center { content: "page " counter(page) " of " counter(pages);
                font-family: "DejaVu Sans"; font-size: 8pt; color: #5f6368; } }
            @page :first { @top-center { content: none; } @bottom-center { content: none; } }
            .running-title { position: running(running-title); font-family: "DejaVu Sans"; font-size: 8pt;
              color: #5f6368; text-align: center; }
            body { font-family: "DejaVu Serif", "DejaVu Sans"; font-size: 10.5pt; max-width: none; margin: 0;
              padding: 0; }
            h1, h2, h3, h4, h5, h6, .running-title, .attribution, figcaption, table.sources {
              font-family: "DejaVu Sans"; }
            h2, h3, h4, h5, h6 { page-break-after: avoid; }
            section.claim ul, section.actor ul { list-style: none; padding-left: 1em; }
            section.claim li::before, section.actor li::before { content: "\\2022\\00a0\\00a0"; }
            .url, code { font-family: "DejaVu Sans Mono", "DejaVu Sans"; word-wrap: break-word; }
            .cover { page-break-after: always; border-bottom: none; padding-top: 60mm; }
            nav.contents { page-break-after: always; }
            nav.contents a { color: #202124; text-decoration: none; }
            a.cite { color: #1a73e8; }
            section.endnotes, section.appendix { page-break-before: always; }
            table.sources { font-size: 7.5pt; -fs-table-paginate: paginate; table-layout: fixed; }
            col.outlet { width: 13%%; } col.title { width: 22%%; } col.published { width: 10%%; }
            col.url { width: 20%%; } col.retrieved { width: 12%%; } col.sha256 { width: 23%%; }
            figure { page-break-inside: avoid; }
            figure svg { display: block; width: auto; height: auto; }
            """.formatted(MARGINS[0], MARGINS[1], MARGINS[2], MARGINS[3]);

    static {
        // The renderer logs every step to standard error at INFO; the command line's output must stay readable.
        // Warnings still show, except the style sheet's, which name properties only browsers know (word-break).
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

    /** Writes the dossier to {@code out} as PDF; {@code out} is flushed, not closed. */
    public void write(DossierDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        String title = HtmlDossierWriter.esc(DossierText.line(document.dossier().title()));
        String head = "<style>\n" + PRINT_CSS + "</style>\n" + bookmarks(document);
        String html = new HtmlDossierWriter()
                .render(document, head, "<div class=\"running-title\" dir=\"auto\">" + title + "</div>\n");
        writeXhtml(html, out);
    }

    /** Lays out well-formed XHTML with the bundled fonts and no access to anything outside it. */
    static void writeXhtml(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        for (Face face : FACES) {
            builder.useFont(() -> face.open(), face.family(), face.weight(), face.style(), true);
        }
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        builder.useSVGDrawer(new FigureDrawer(
                (PAGE_WIDTH - MARGINS[1] - MARGINS[3]) * PIXELS_PER_MM,
                (PAGE_HEIGHT - MARGINS[0] - MARGINS[2] - CAPTION_ROOM) * PIXELS_PER_MM));
        refuseEveryExternalResource(builder);
        builder.withProducer("OpenDossier");
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    /** Nothing outside the document may be read, whatever its type or scheme. */
    private static void refuseEveryExternalResource(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useUriResolver((base, uri) -> null);
        builder.useHttpStreamImplementation(PdfDossierWriter::nothing);
        builder.useProtocolsStreamImplementation(
                PdfDossierWriter::nothing, "http", "https", "ftp", "file", "jar", "data", "classpath");
    }

    private static FSStream nothing(String uri) {
        return null;
    }

    /** The outline as openhtmltopdf's {@code <bookmarks>}, nested by level, then the citations and sources. */
    static String bookmarks(DossierDocument document) {
        StringBuilder xml = new StringBuilder("<bookmarks>\n");
        Deque<Integer> open = new ArrayDeque<>();
        for (Outline.Entry e : Outline.of(document)) {
            while (!open.isEmpty() && open.peek() >= e.level()) {
                open.pop();
                xml.append("</bookmark>\n");
            }
            xml.append("<bookmark name=\"")
                    .append(HtmlDossierWriter.esc(e.title()))
                    .append("\" href=\"#")
                    .append(e.anchor())
                    .append("\">\n");
            open.push(e.level());
        }
        xml.append("</bookmark>\n".repeat(open.size()));
        if (!Citations.of(document).all().isEmpty()) {
            xml.append("<bookmark name=\"Citations\" href=\"#citations\"></bookmark>\n");
            xml.append("<bookmark name=\"Sources\" href=\"#sources\"></bookmark>\n");
        }
        return xml.append("</bookmarks>\n").toString();
    }

    /**
     * One bundled font file, read once per process and handed to the renderer without its glyph substitution
     * table (see {@link SfntTables}).
     */
    private record Face(String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
        private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

        InputStream open() {
            return new ByteArrayInputStream(LOADED.computeIfAbsent(file, Face::read));
        }

        private static byte[] read(String file) {
            try (InputStream in = PdfDossierWriter.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IOException(
                            "The bundled font " + file + " is missing from the application; reinstall OpenDossier");
                }
                return SfntTables.without(in.readAllBytes(), "GSUB");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
