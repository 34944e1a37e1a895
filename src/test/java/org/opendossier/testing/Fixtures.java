package org.opendossier.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Real files of every format the import reads, and broken or hostile ones, written at test time into a
 * folder the test owns (a JUnit {@code @TempDir}). All text is invented for these tests. Each good fixture
 * carries one {@link Story}, exposed as a constant so tests can check title, byline, date and text; every
 * story has its own words, so fixtures do not look like near-duplicates of each other.
 */
public final class Fixtures {

    /** An invented news item: what a fixture is expected to yield. */
    public record Story(String title, String outlet, String byline, String date, List<String> paragraphs) {
        public Story {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The paragraphs separated by blank lines. */
        public String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    public static final Story TXT = new Story(
            "Harbour authority delays vote on dredging contract",
            "The Northgate Courier",
            "Mira Castellan",
            "2024-03-05",
            List.of(
                    "The Northgate harbour authority postponed on Tuesday a vote on the contract to deepen the"
                            + " eastern channel, citing questions about the winning bid.",
                    "Two board members asked for an independent review of the tender after it emerged that the"
                            + " lowest offer had been withdrawn hours before the deadline.",
                    "A spokesperson for the authority said the vote would take place within six weeks."));

    /** French, with characters that differ between windows-1252 and ISO-8859-1 (œ, €, curly quotes). */
    public static final Story TXT_WINDOWS_1252 = new Story(
            "Le conseil municipal reporte le vote sur le tramway",
            "Le Courrier de Valbrune",
            "Hélène Garçon",
            "2024-03-12",
            List.of(
                    "Le conseil municipal de Valbrune a reporté jeudi le vote sur le tracé du tramway, à la"
                            + " demande de l’opposition qui réclame une étude d’impact complète.",
                    "Le coût du projet est désormais estimé à 48 millions d’euros (48 M€), soit une hausse de"
                            + " douze pour cent, une manœuvre budgétaire que la majorité conteste."));

    /** German, for UTF-16 with a byte-order mark. */
    public static final Story TXT_UTF16 = new Story(
            "Stadtrat verschiebt Entscheidung über Hafenausbau",
            "Nordufer Rundschau",
            "Jörg Wessling",
            "2024-03-14",
            List.of(
                    "Der Stadtrat von Nordufer hat die Entscheidung über den Ausbau des Binnenhafens am"
                            + " Mittwoch erneut vertagt, weil ein Gutachten zur Wasserqualität fehlt.",
                    "Die Grünen forderten eine öffentliche Anhörung, bevor über die Förderung von zwölf"
                            + " Millionen Euro abgestimmt wird."));

    public static final Story MARKDOWN = new Story(
            "Regional water board publishes audit of pumping stations",
            "Fenland Observer",
            "Priya Anand",
            "2024-03-06",
            List.of(
                    "The regional water board has published an audit of its forty-two pumping stations, eleven"
                            + " of which failed at least one inspection last winter.",
                    "Engineers found corroded valves at the Saltmarsh Lane station, which serves about"
                            + " nine thousand homes, and recommended its replacement."));

    public static final Story HTML = new Story(
            "City council approves night bus trial",
            "The Riverside Ledger",
            "Tomas Brennan",
            "2024-03-06",
            List.of(
                    "The city council approved a six-month trial of night buses on three routes linking the"
                            + " hospital quarter with the northern estates.",
                    "Shift workers had petitioned for the service for two years, collecting more than four"
                            + " thousand signatures.",
                    "The operator, Lindqvist Transit, will run buses every forty minutes between midnight"
                            + " and five in the morning."));

    public static final Story XHTML = new Story(
            "Library extends opening hours during exam season",
            "Campus Herald",
            "Ines Moreau",
            "2024-03-07",
            List.of(
                    "The central library will stay open until two in the morning for the six weeks of the"
                            + " spring examination period, the university announced.",
                    "Student representatives welcomed the change but asked for more heated study rooms on"
                            + " the upper floors."));

    public static final Story PDF = new Story(
            "Ministry report questions cost of coastal rail link",
            "The Meridian Post",
            "Samuel Okonjo",
            "2024-03-07",
            List.of(
                    "An internal ministry report questions the projected cost of the coastal rail link,"
                            + " saying tunnelling risks were underestimated by a wide margin.",
                    "The report, dated January, recommends a second geological survey near Kestrel Point"
                            + " before any construction contract is signed.",
                    "The transport minister declined to comment on the document on Wednesday."));

    public static final Story DOCX = new Story(
            "Textile cooperative wins export licence",
            "Highland Trade Weekly",
            "Ailsa Mcrae",
            "2024-03-07",
            List.of(
                    "The Glenbrae textile cooperative has won a licence to export woollen cloth to four"
                            + " new markets, its chair told members at the annual meeting.",
                    "The cooperative employs sixty weavers and expects orders to double by next spring."));

    public static final Story ODT = new Story(
            "Museum returns carved panels to island community",
            "Archipelago Review",
            "Noa Lindahl",
            "2024-03-08",
            List.of(
                    "The national museum has returned six carved wooden panels to the community of"
                            + " Sørholm, ending a request that began four decades ago.",
                    "Elders received the panels at a ceremony in the harbour meeting house on Friday."));

    public static final Story RTF = new Story(
            "Ferry operator fined over late safety drills",
            "Channel Gazette",
            "Jonas Whitlow",
            "2024-03-09",
            List.of(
                    "The maritime regulator fined the Westerly ferry company for holding lifeboat drills"
                            + " months later than the law requires.",
                    "The company said it had since hired two additional safety officers."));

    public static final Story EML = new Story(
            "Draft statement on quarry expansion",
            null,
            "Dana Okafor <dana.okafor@example.org>",
            "2024-03-11T13:05:00Z",
            List.of(
                    "Hi all, below is the draft statement on the Redhill quarry expansion for review.",
                    "The company confirms that blasting will be limited to weekday mornings and that dust"
                            + " monitors will be installed at the primary school.",
                    "Please send comments by Thursday. Dana"));

    /** The three messages of {@link #mbox(Path)}, in order. */
    public static final List<Story> MBOX = List.of(
            new Story(
                    "Tip: invoices from the bridge repair",
                    null,
                    "Karel Novak <karel.novak@example.com>",
                    "2024-02-01T09:00:00Z",
                    List.of("I have copies of three invoices for the bridge repair that were paid twice.")),
            new Story(
                    "Re: Tip: invoices from the bridge repair",
                    null,
                    "Desk <desk@example.net>",
                    "2024-02-01T11:30:00Z",
                    List.of(
                            "Thanks, can you share the invoice numbers?",
                            "From the archive we only have the first payment.")),
            new Story(
                    "Invoice numbers",
                    null,
                    "Karel Novak <karel.novak@example.com>",
                    "2024-02-02T08:15:00Z",
                    List.of("The numbers are 4471, 4472 and 4490. All three were approved by the same clerk.")));

    /** The seed of {@link #binaryNoise(Path)}, fixed so a failure can be replayed. */
    public static final long NOISE_SEED = 20240305L;

    /** Size of {@link #hugeSingleLineText(Path)}. */
    public static final int HUGE_TEXT_BYTES = 50 * 1024 * 1024;

    /** The marker {@link #secretFile(Path)} holds; it must never appear in extracted text. */
    public static final String SECRET_MARKER = "XXE-SECRET-5d41402abc4b2a76";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Fixtures() {}

    // ---------------------------------------------------------------- good files

    /** UTF-8 text without a byte-order mark; the title is the first line. */
    public static Path txtUtf8(Path dir) {
        return write(dir, "harbour-vote.txt", plainText(TXT).getBytes(StandardCharsets.UTF_8));
    }

    /** windows-1252 text with accents, œ and €, with no charset declared anywhere. */
    public static Path txtWindows1252(Path dir) {
        return write(dir, "tramway-valbrune.txt", plainText(TXT_WINDOWS_1252).getBytes(WINDOWS_1252));
    }

    /** UTF-16 little-endian with a byte-order mark (what Windows Notepad calls "Unicode"). */
    public static Path txtUtf16Bom(Path dir) {
        byte[] body = plainText(TXT_UTF16).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return write(dir, "hafenausbau.txt", bytes);
    }

    /** Markdown with a {@code #} heading as its first line. */
    public static Path markdown(Path dir) {
        String md = "# " + MARKDOWN.title() + "\n\n*" + MARKDOWN.outlet() + "*, by **" + MARKDOWN.byline() + "**, "
                + MARKDOWN.date() + "\n\n" + MARKDOWN.body() + "\n\n- [Full audit](https://water.example/audit)\n";
        return write(dir, "pumping-audit.md", md.getBytes(StandardCharsets.UTF_8));
    }

    /** A news page with title, author and date meta tags, navigation and a footer around the article. */
    public static Path html(Path dir) {
        return write(dir, "night-bus.html", htmlPage(HTML, "en", "utf-8").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page as a browser saves it: byte-order mark, a long {@code saved from url} comment, then an HTML5
     * document without an {@code <html>} tag. Named {@code .txt} to show that content decides.
     */
    public static Path htmlSavedByBrowser(Path dir) {
        String page =
                "\uFEFF<!-- saved from url=(0071)https://ledger.example/news/2024/03/06/city-council-approves-night-bus-trial -->\r\n"
                        + "<!-- this comment and the one above push the doctype beyond the first 128 bytes -->\r\n"
                        + "<!doctype html>\r\n<meta charset=\"utf-8\">\r\n<title>" + HTML.title() + "</title>\r\n"
                        + paragraphsAsHtml(HTML) + "\r\n";
        return write(dir, "saved-page.txt", page.getBytes(StandardCharsets.UTF_8));
    }

    public static Path xhtml(Path dir) {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
                + "<head><title>" + XHTML.title() + "</title><meta name=\"author\" content=\"" + XHTML.byline()
                + "\"/></head>\n<body><h1>" + XHTML.title() + "</h1>\n" + paragraphsAsHtml(XHTML)
                + "\n</body></html>\n";
        return write(dir, "library-hours.xhtml", page.getBytes(StandardCharsets.UTF_8));
    }

    /** A one-page PDF with a text layer, and Title, Author and CreationDate in its document information. */
    public static Path pdf(Path dir) {
        return write(dir, "rail-link-report.pdf", pdfBytes(PDF, null));
    }

    /** A DOCX written by POI, with title, creator and created date in its core properties. */
    public static Path docx(Path dir) {
        return write(dir, "textile-licence.docx", docxBytes(DOCX));
    }

    /** An ODT zip built by hand: {@code mimetype} stored first, content.xml, meta.xml, manifest. */
    public static Path odt(Path dir) {
        return write(dir, "carved-panels.odt", odtBytes(ODT));
    }

    /** RTF with an {@code \info} group (title, author, creation time) and an accented word. */
    public static Path rtf(Path dir) {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
                + "{\\info{\\title " + RTF.title() + "}{\\author " + RTF.byline()
                + "}{\\creatim\\yr2024\\mo3\\dy9\\hr8\\min15}}\n"
                + "\\f0\\fs24 " + RTF.paragraphs().get(0) + "\\par\n\\par\n"
                + RTF.paragraphs().get(1)
                + "\\par\n\\par\nContact: caf\\'e9 Marin\\'e9.\\par\n}\n";
        return write(dir, "ferry-fine.rtf", rtf.getBytes(StandardCharsets.US_ASCII));
    }

    /** Multipart e-mail: plain and HTML alternatives (the HTML one says "HTML ALTERNATIVE") and a PDF attachment. */
    public static Path eml(Path dir) {
        return write(dir, "quarry-statement.eml", emlText().getBytes(StandardCharsets.UTF_8));
    }

    /** An e-mail whose only body is HTML. */
    public static Path emlHtmlOnly(Path dir) {
        String eml = "Return-Path: <press@example.org>\r\n"
                + "From: Press Office <press@example.org>\r\n"
                + "To: desk@example.net\r\n"
                + "Subject: Embargoed: harbour figures\r\n"
                + "Date: Tue, 12 Mar 2024 10:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                + "<html><body><p>Cargo volumes rose by nine percent.</p><p>Passenger numbers fell.</p></body></html>\r\n";
        return write(dir, "harbour-figures.eml", eml.getBytes(StandardCharsets.UTF_8));
    }

    /** An mbox of the three {@link #MBOX} messages; the second has a {@code >From } quoted body line. */
    public static Path mbox(Path dir) {
        StringBuilder mbox = new StringBuilder();
        String[] envelopes = {
            "From karel.novak@example.com Thu Feb  1 09:00:00 2024",
            "From desk@example.net Thu Feb  1 11:30:00 2024",
            "From karel.novak@example.com Fri Feb  2 08:15:00 2024"
        };
        String[] dates = {
            "Thu, 1 Feb 2024 09:00:00 +0000", "Thu, 1 Feb 2024 11:30:00 +0000", "Fri, 2 Feb 2024 08:15:00 +0000"
        };
        for (int i = 0; i < MBOX.size(); i++) {
            Story story = MBOX.get(i);
            mbox.append(envelopes[i]).append('\n');
            mbox.append("From: ").append(story.byline()).append('\n');
            mbox.append("To: ")
                    .append(i == 1 ? "karel.novak@example.com" : "desk@example.net")
                    .append('\n');
            mbox.append("Subject: ").append(story.title()).append('\n');
            mbox.append("Date: ").append(dates[i]).append('\n');
            mbox.append("Message-ID: <msg").append(i + 1).append("@example.com>\n");
            mbox.append("Content-Type: text/plain; charset=utf-8\n\n");
            for (String paragraph : story.paragraphs()) {
                mbox.append(paragraph.startsWith("From ") ? ">" : "")
                        .append(paragraph)
                        .append("\n\n");
            }
        }
        return write(dir, "tips.mbox", mbox.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every good fixture, one file each. */
    public static List<Path> allGood(Path dir) {
        return List.of(
                txtUtf8(dir),
                txtWindows1252(dir),
                txtUtf16Bom(dir),
                markdown(dir),
                html(dir),
                htmlSavedByBrowser(dir),
                xhtml(dir),
                pdf(dir),
                docx(dir),
                odt(dir),
                rtf(dir),
                eml(dir),
                emlHtmlOnly(dir),
                mbox(dir));
    }

    // ---------------------------------------------------------------- bad files

    public static Path empty(Path dir) {
        return write(dir, "empty.txt", new byte[0]);
    }

    /** 64 KiB of seeded random bytes ({@link #NOISE_SEED}), named as if it were a document. */
    public static Path binaryNoise(Path dir) {
        byte[] bytes = new byte[64 * 1024];
        new Random(NOISE_SEED).nextBytes(bytes);
        return write(dir, "noise.doc", bytes);
    }

    /** A small PNG image. */
    public static Path png(Path dir) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(5, 5, 30, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(dir, "scan.png", out.toByteArray());
    }

    /** {@link #pdf(Path)} cut in half: no end-of-file marker, cross-reference table lost. */
    public static Path truncatedPdf(Path dir) {
        byte[] whole = pdfBytes(PDF, null);
        return write(dir, "truncated.pdf", Arrays.copyOf(whole, whole.length / 2));
    }

    /** {@link #pdf(Path)} encrypted with a user password (128-bit AES), so it cannot be opened without it. */
    public static Path encryptedPdf(Path dir) {
        return write(dir, "encrypted.pdf", pdfBytes(PDF, "user-secret"));
    }

    /** {@link #docx(Path)} encrypted with a password (agile encryption, as Word does), in its OLE2 wrapper. */
    public static Path encryptedDocx(Path dir) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("user-secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docxBytes(DOCX)));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return write(dir, "encrypted.docx", out.toByteArray());
        } catch (IOException | GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException("cannot build the encrypted DOCX fixture", e);
        }
    }

    /** A PDF whose page holds only a filled rectangle and a picture: no text layer, like a scan. */
    public static Path imageOnlyPdf(Path dir) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage picture = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.DARK_GRAY);
            g.fillOval(5, 5, 50, 30);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setNonStrokingColor(Color.LIGHT_GRAY);
                content.addRect(72, 500, 300, 200);
                content.fill();
                content.drawImage(image, 100, 300, 180, 120);
            }
            return write(dir, "scan-only.pdf", save(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip holding another zip (which holds a text file). */
    public static Path nestedZip(Path dir) {
        byte[] inner = zip(List.of(new Entry("note.txt", "inner text".getBytes(StandardCharsets.UTF_8), false)));
        byte[] outer = zip(List.of(new Entry("inner.zip", inner, false)));
        return write(dir, "nested.zip", outer);
    }

    /** The "billion laughs" entity expansion bomb as plain XML. */
    public static Path xmlBomb(Path dir) {
        String xml = "<?xml version=\"1.0\"?>\n" + billionLaughsDoctype("lolz") + "<lolz>&lol9;</lolz>\n";
        return write(dir, "bomb.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The "billion laughs" bomb inside an XHTML page. */
    public static Path xhtmlBomb(Path dir) {
        String xml = "<?xml version=\"1.0\"?>\n" + billionLaughsDoctype("html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Laughs</title></head>"
                + "<body><p>Before the bomb.</p><p>&lol9;</p></body></html>\n";
        return write(dir, "bomb.xhtml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** XML with an external entity pointing at {@code file:///etc/hostname}. */
    public static Path xxeXml(Path dir) {
        return xxeXml(dir, Path.of("/etc/hostname"));
    }

    /** XML with an external entity pointing at {@code secret}. */
    public static Path xxeXml(Path dir, Path secret) {
        String xml = "<?xml version=\"1.0\"?>\n" + xxeDoctype("note", secret)
                + "<note><p>The entity says: &xxe;</p></note>\n";
        return write(dir, "xxe.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** XHTML with an external entity pointing at {@code secret}, used in its body text. */
    public static Path xxeXhtml(Path dir, Path secret) {
        String xml = "<?xml version=\"1.0\"?>\n" + xxeDoctype("html", secret)
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Entity test</title></head>"
                + "<body><p>Visible paragraph before the entity.</p><p>The entity says: &xxe;</p></body></html>\n";
        return write(dir, "xxe.xhtml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #docx(Path)} whose word/document.xml declares an external entity to {@code secret} and uses it. */
    public static Path xxeDocx(Path dir, Path secret) {
        byte[] docx =
                rewriteZipEntry(docxBytes(DOCX), "word/document.xml", xml -> injectEntity(xml, "w:document", secret));
        return write(dir, "xxe.docx", docx);
    }

    /** {@link #odt(Path)} whose content.xml declares an external entity to {@code secret} and uses it. */
    public static Path xxeOdt(Path dir, Path secret) {
        byte[] odt = rewriteZipEntry(
                odtBytes(ODT), "content.xml", xml -> injectEntity(xml, "office:document-content", secret));
        return write(dir, "xxe.odt", odt);
    }

    /** A file holding {@link #SECRET_MARKER}, the target of the external-entity fixtures. */
    public static Path secretFile(Path dir) {
        return write(dir, "secret.txt", (SECRET_MARKER + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An HTML page whose meta tag says UTF-8 but whose bytes are windows-1252 (café, crème, à). */
    public static Path htmlWithWrongCharset(Path dir) {
        Story story = new Story(
                "Le café de la gare rouvre ses portes",
                "La Voix du Port",
                "Amélie Roux",
                "2024-03-10",
                List.of(
                        "Le café de la gare a rouvert samedi après deux ans de travaux.",
                        "La crème brûlée reste à l’affiche, promet la nouvelle gérante."));
        return write(dir, "cafe-gare.html", htmlPage(story, "fr", "utf-8").getBytes(WINDOWS_1252));
    }

    /** 50 MB of ASCII words on one line with no line break at all. */
    public static Path hugeSingleLineText(Path dir) {
        Path file = dir.resolve("one-line.txt");
        byte[] chunk = "the quick survey of harbour cranes found rust on every second bolt "
                .repeat(1000)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            int written = 0;
            while (written < HUGE_TEXT_BYTES) {
                int n = Math.min(chunk.length, HUGE_TEXT_BYTES - written);
                out.write(chunk, 0, n);
                written += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A file named {@code .pdf} that is plain UTF-8 text: content must win over the name. */
    public static Path pdfThatIsText(Path dir) {
        return write(dir, "not-really.pdf", plainText(TXT).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- builders

    private static String plainText(Story story) {
        return story.title() + "\n\n" + story.outlet() + ", " + story.date() + "\nBy " + story.byline() + "\n\n"
                + story.body() + "\n";
    }

    private static String paragraphsAsHtml(Story story) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : story.paragraphs()) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        return html.toString();
    }

    private static String htmlPage(Story story, String lang, String declaredCharset) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n"
                + "<head>\n<meta charset=\"" + declaredCharset + "\">\n"
                + "<title>" + story.title() + " | " + story.outlet() + "</title>\n"
                + "<meta name=\"author\" content=\"" + story.byline() + "\">\n"
                + "<meta property=\"og:site_name\" content=\"" + story.outlet() + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + story.date() + "T07:00:00Z\">\n"
                + "</head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/sport\">Sport</a> | <a href=\"/weather\">Weather</a></nav>\n"
                + "<article>\n<h1>" + story.title() + "</h1>\n<p class=\"byline\">By " + story.byline() + "</p>\n"
                + paragraphsAsHtml(story) + "</article>\n"
                + "<footer>Copyright " + story.outlet() + ". All rights reserved.</footer>\n</body>\n</html>\n";
    }

    private static byte[] pdfBytes(Story story, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.newLineAtOffset(60, 770);
                content.setLeading(15);
                content.setFont(bold, 16);
                content.showText(story.title());
                content.newLine();
                content.newLine();
                content.setFont(regular, 11);
                content.showText(story.outlet() + ", " + story.date() + ", by " + story.byline());
                content.newLine();
                content.newLine();
                for (String paragraph : story.paragraphs()) {
                    for (String line : wrap(paragraph, 85)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(story.title());
            info.setAuthor(story.byline());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 7, 9, 30, 0);
            info.setCreationDate(created);
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docxBytes(Story story) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun heading = doc.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(16);
            heading.setText(story.title());
            doc.createParagraph().createRun().setText(story.outlet() + ", by " + story.byline());
            for (String paragraph : story.paragraphs()) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(story.title());
            core.setCreator(story.byline());
            core.setCreated(Optional.of(Date.from(Instant.parse(story.date() + "T09:30:00Z"))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] odtBytes(Story story) {
        StringBuilder content = new StringBuilder();
        content.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\n")
                .append("<office:body><office:text>\n")
                .append("<text:h text:outline-level=\"1\">")
                .append(story.title())
                .append("</text:h>\n");
        for (String paragraph : story.paragraphs()) {
            content.append("<text:p>").append(paragraph).append("</text:p>\n");
        }
        content.append("</office:text></office:body></office:document-content>\n");
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">\n"
                + "<office:meta><dc:title>" + story.title() + "</dc:title>"
                + "<meta:initial-creator>" + story.byline() + "</meta:initial-creator>"
                + "<dc:creator>" + story.byline() + "</dc:creator>"
                + "<meta:creation-date>" + story.date() + "T11:00:00</meta:creation-date>"
                + "<dc:language>en</dc:language></office:meta></office:document-meta>\n";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
        return zip(List.of(
                new Entry(
                        "mimetype",
                        "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
                        true),
                new Entry("content.xml", content.toString().getBytes(StandardCharsets.UTF_8), false),
                new Entry("meta.xml", meta.getBytes(StandardCharsets.UTF_8), false),
                new Entry("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8), false)));
    }

    private static String emlText() {
        List<String> p = EML.paragraphs();
        return "Return-Path: <dana.okafor@example.org>\r\n"
                + "From: Dana Okafor <dana.okafor@example.org>\r\n"
                + "To: newsdesk@example.net\r\n"
                + "Subject: " + EML.title() + "\r\n"
                + "Date: Mon, 11 Mar 2024 14:05:00 +0100\r\n"
                + "Message-ID: <quarry-7731@example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer-b1\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n"
                + "--outer-b1\r\n"
                + "Content-Type: multipart/alternative; boundary=\"inner-b2\"\r\n\r\n"
                + "--inner-b2\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + p.get(0) + "\r\n\r\n" + p.get(1) + "\r\n\r\n" + p.get(2) + "\r\n"
                + "--inner-b2\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                + "<html><body><p>HTML ALTERNATIVE</p><p>" + p.get(1) + "</p></body></html>\r\n"
                + "--inner-b2--\r\n"
                + "--outer-b1\r\n"
                + "Content-Type: application/pdf; name=\"quarry-map.pdf\"\r\n"
                + "Content-Disposition: attachment; filename=\"quarry-map.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK\r\n"
                + "--outer-b1--\r\n";
    }

    private static String billionLaughsDoctype(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [\n <!ENTITY lol \"lol\">\n");
        String previous = "lol";
        for (int level = 1; level <= 9; level++) {
            String name = "lol" + level;
            dtd.append(" <!ENTITY ").append(name).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append('&').append(previous).append(';');
            }
            dtd.append("\">\n");
            previous = name;
        }
        return dtd.append("]>\n").toString();
    }

    private static String xxeDoctype(String root, Path secret) {
        return "<!DOCTYPE " + root + " [\n <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n";
    }

    /** Puts an external-entity DOCTYPE before {@code root} and a reference to it into the first text run. */
    private static String injectEntity(String xml, String root, Path secret) {
        int rootStart = xml.indexOf("<" + root);
        String withDoctype = xml.substring(0, rootStart) + xxeDoctype(root, secret) + xml.substring(rootStart);
        String textStart = withDoctype.contains("<w:t>") ? "<w:t>" : "<text:p>";
        return withDoctype.replaceFirst(textStart, textStart + "Entity: &xxe; ");
    }

    private record Entry(String name, byte[] bytes, boolean stored) {}

    private static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                if (entry.stored()) {
                    // ODF requires "mimetype" first and uncompressed, so a reader can sniff it at offset 38.
                    CRC32 crc = new CRC32();
                    crc.update(entry.bytes());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.bytes().length);
                    zipEntry.setCompressedSize(entry.bytes().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] rewriteZipEntry(byte[] zipBytes, String name, UnaryOperator<String> change) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                entries.add(new Entry(entry.getName(), bytes, entry.getName().equals("mimetype")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(entries);
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
