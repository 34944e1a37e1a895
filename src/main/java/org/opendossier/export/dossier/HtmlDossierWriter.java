package org.opendossier.export.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.opendossier.export.graph.XmlText;
import org.opendossier.model.Actor;
import org.opendossier.model.Alias;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;

/**
 * Writes a dossier as one self-contained HTML file that any browser opens offline: a cover, a table of contents
 * linking to every section, the blocks, the numbered citations as endnotes and an appendix of every source
 * with its full SHA-256.
 *
 * <p>The file is also well-formed XHTML, so that the PDF renderer can read the same markup. It carries inline
 * CSS only: no script, no event handler, no reference to anything outside the file. Every string from a user or
 * a source is escaped as text; source URLs are printed as text, never as links; notes are rendered from their
 * Markdown with links, images and raw HTML made plain text ({@link NoteMarkdown}); figures are inlined as SVG after {@link SafeSvg} cleaned them (decision
 * record 0017).
 */
public final class HtmlDossierWriter {
    /** Each stance's quotes marked in its colour, the same as the timeline's and the desktop's. */
    private static final String STANCE_CSS = java.util.Arrays.stream(Stance.values())
            .map(st -> ".stance-" + st.name().toLowerCase(Locale.ROOT) + " blockquote { border-left-color: "
                    + org.opendossier.model.StanceStyle.of(st).hex() + "; }\n")
            .collect(java.util.stream.Collectors.joining());

    private static final String CSS = """
            body { font-family: "DejaVu Serif", Georgia, serif; color: #202124; max-width: 46em; margin: 2em auto;
              padding: 0 1em; line-height: 1.5; }
            h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; line-height: 1.25; }
            .cover { border-bottom: 2px solid #202124; margin-bottom: 2em; padding-bottom: 1em; }
            .cover h1 { font-size: 2.2em; margin-bottom: 0.2em; }
            .subtitle { font-size: 1.3em; color: #5f6368; margin-top: 0; }
            .byline { color: #5f6368; }
            nav.contents ol { list-style: none; padding-left: 0; }
            nav.contents li.level-2 { padding-left: 1.5em; }
            nav.contents li.level-3 { padding-left: 3em; }
            nav.contents li.level-4 { padding-left: 4.5em; }
            section.claim, section.actor { border: 1px solid #dadce0; border-radius: 4px; padding: 0.5em 1em;
              margin: 1em 0; page-break-inside: avoid; }
            .status { font-weight: bold; }
            .status-corroborated { color: #188038; }
            .status-disputed { color: #b06000; }
            .status-refuted, .status-retracted { color: #c5221f; }
            .warnings { color: #b06000; }
            blockquote { margin: 0.5em 0 0.5em 0; padding: 0.2em 0 0.2em 1em; border-left: 3px solid #9aa0a6; }
            .attribution { font-size: 0.9em; color: #5f6368; }
            a.cite { text-decoration: none; font-size: 0.85em; vertical-align: super; }
            .missing { color: #c5221f; font-style: italic; }
            figure { margin: 1em 0; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 0.9em; color: #5f6368; }
            .endnotes li, .sources td { font-size: 0.9em; }
            .url, code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85em; word-break: break-all; }
            table.sources { border-collapse: collapse; width: 100%; }
            table.sources th, table.sources td { border-bottom: 1px solid #dadce0; text-align: left;
              vertical-align: top; padding: 0.3em; }
            """;

    /** Writes the dossier to {@code out} in UTF-8; {@code out} is flushed, not closed. */
    public void write(DossierDocument document, OutputStream out) throws IOException {
        out.write(render(document).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole file as text. */
    public String render(DossierDocument document) {
        return render(document, "", "");
    }

    /**
     * The whole file with our own markup added for another medium: {@code head} after the stylesheet (a print
     * stylesheet, PDF bookmarks), {@code bodyStart} right after {@code <body>} (a running header). Both must be
     * well-formed and already escaped.
     */
    String render(DossierDocument document, String head, String bodyStart) {
        Objects.requireNonNull(document, "document");
        return new Run(document).render(head, bodyStart);
    }

    /** The state of writing one document. */
    private static final class Run {
        private final DossierDocument document;
        private final Citations citations;
        private final List<Outline.Entry> outline;
        private final Map<Integer, Outline.Entry> entryByPart = new HashMap<>();
        private final StringBuilder html = new StringBuilder(64 * 1024);

        Run(DossierDocument document) {
            this.document = document;
            this.citations = Citations.of(document);
            this.outline = Outline.of(document);
            outline.forEach(e -> entryByPart.put(e.part(), e));
        }

        String render(String head, String bodyStart) {
            Dossier d = document.dossier();
            html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                    .append("<meta charset=\"UTF-8\" />\n")
                    .append("<meta name=\"generator\" content=\"OpenDossier\" />\n")
                    .append("<title>")
                    .append(esc(DossierText.line(d.title())))
                    .append("</title>\n<style>\n")
                    .append(CSS)
                    .append(STANCE_CSS)
                    .append("</style>\n")
                    .append(head)
                    .append("</head>\n<body>\n")
                    .append(bodyStart);
            cover(d);
            contents();
            html.append("<main>\n");
            for (int i = 0; i < document.parts().size(); i++) {
                part(i, document.parts().get(i));
            }
            html.append("</main>\n");
            endnotes();
            appendix();
            html.append("</body>\n</html>\n");
            return html.toString();
        }

        private void cover(Dossier d) {
            html.append("<header class=\"cover\" id=\"cover\">\n<h1 dir=\"auto\">")
                    .append(esc(DossierText.line(d.title())))
                    .append("</h1>\n");
            if (!DossierText.line(d.subtitle()).isEmpty()) {
                html.append("<p class=\"subtitle\" dir=\"auto\">")
                        .append(esc(DossierText.line(d.subtitle())))
                        .append("</p>\n");
            }
            String byline = DossierText.byline(d.author(), d.date());
            if (!byline.isEmpty()) {
                html.append("<p class=\"byline\" dir=\"auto\">")
                        .append(esc(byline))
                        .append("</p>\n");
            }
            if (!d.summary().isBlank()) {
                html.append("<div class=\"summary\">\n");
                paragraphs(d.summary());
                html.append("</div>\n");
            }
            html.append("</header>\n");
        }

        private void contents() {
            html.append("<nav class=\"contents\" id=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
            for (Outline.Entry e : outline) {
                html.append("<li class=\"level-")
                        .append(e.level())
                        .append("\"><a href=\"#")
                        .append(e.anchor())
                        .append("\" dir=\"auto\">")
                        .append(esc(e.title()))
                        .append("</a></li>\n");
            }
            if (!citations.all().isEmpty()) {
                html.append("<li class=\"level-1\"><a href=\"#citations\">Citations</a></li>\n");
                html.append("<li class=\"level-1\"><a href=\"#sources\">Sources</a></li>\n");
            }
            html.append("</ol>\n</nav>\n");
        }

        /** The HTML heading level of part {@code i}: h1 is the title, so outline level 1 is h2. */
        private int headingLevel(int i) {
            return Math.min(entryByPart.get(i).level() + 1, 6);
        }

        private void part(int i, DossierDocument.Part part) {
            String id = Outline.Entry.anchor(i);
            if (part instanceof DossierDocument.Heading h) {
                int level = headingLevel(i);
                html.append("<h").append(level).append(" id=\"").append(id).append("\" dir=\"auto\">");
                html.append(esc(DossierText.line(h.text())))
                        .append("</h")
                        .append(level)
                        .append(">\n");
            } else if (part instanceof DossierDocument.Note n) {
                html.append("<div class=\"note\" id=\"").append(id).append("\" dir=\"auto\">\n");
                html.append(NoteMarkdown.toXhtml(n.markdown()));
                html.append("</div>\n");
            } else if (part instanceof DossierDocument.ClaimCard c) {
                claimCard(i, id, c);
            } else if (part instanceof DossierDocument.ActorProfile a) {
                actorProfile(i, id, a);
            } else if (part instanceof DossierDocument.Excerpt x) {
                html.append("<div class=\"excerpt\" id=\"").append(id).append("\">\n");
                quote(x.quote());
                html.append("</div>\n");
            } else if (part instanceof DossierDocument.Figure f) {
                html.append("<figure id=\"").append(id).append("\">\n");
                html.append(SafeSvg.clean(f.svg())).append('\n');
                html.append("<figcaption dir=\"auto\">")
                        .append(esc(DossierText.line(f.caption())))
                        .append("</figcaption>\n</figure>\n");
            } else if (part instanceof DossierDocument.Missing m) {
                html.append("<p class=\"missing\" id=\"").append(id).append("\" dir=\"auto\">");
                html.append(esc(DossierText.line(m.reason()))).append("</p>\n");
            }
        }

        private void claimCard(int i, String id, DossierDocument.ClaimCard c) {
            Claim claim = c.claim();
            int level = headingLevel(i);
            html.append("<section class=\"claim\" id=\"").append(id).append("\">\n");
            html.append("<h").append(level).append(" dir=\"auto\">Claim: ");
            html.append(esc(DossierText.line(claim.statement())))
                    .append("</h")
                    .append(level)
                    .append(">\n");
            String status = DossierText.status(claim.status());
            html.append("<p class=\"status status-")
                    .append(claim.status().name().toLowerCase(Locale.ROOT))
                    .append("\">")
                    .append(esc(status));
            if (claim.eventDate() != null) {
                html.append(" · event ").append(esc(claim.eventDate().toString()));
            }
            html.append("</p>\n<p class=\"tally\">For: ")
                    .append(esc(DossierText.line(c.backing())))
                    .append(" · Against: ")
                    .append(esc(DossierText.line(c.contesting())))
                    .append("</p>\n");
            if (!c.warnings().isEmpty()) {
                html.append("<ul class=\"warnings\">\n");
                c.warnings().forEach(w -> html.append("<li>")
                        .append(esc(DossierText.line(w)))
                        .append("</li>\n"));
                html.append("</ul>\n");
            }
            int sub = Math.min(level + 1, 6);
            for (DossierDocument.StanceGroup g : c.groups()) {
                html.append("<div class=\"stance stance-")
                        .append(g.stance().name().toLowerCase(Locale.ROOT))
                        .append("\">\n<h")
                        .append(sub)
                        .append(">")
                        .append(esc(DossierText.stance(g.stance())))
                        .append(" <span class=\"tally\">(")
                        .append(esc(DossierText.line(g.tally())))
                        .append(")</span></h")
                        .append(sub)
                        .append(">\n");
                g.quotes().forEach(this::quote);
                html.append("</div>\n");
            }
            html.append("</section>\n");
        }

        private void actorProfile(int i, String id, DossierDocument.ActorProfile p) {
            Actor actor = p.actor();
            int level = headingLevel(i);
            int sub = Math.min(level + 1, 6);
            html.append("<section class=\"actor\" id=\"").append(id).append("\">\n");
            html.append("<h").append(level).append(" dir=\"auto\">");
            html.append(esc(DossierText.line(actor.name())))
                    .append("</h")
                    .append(level)
                    .append(">\n");
            html.append("<p class=\"kind\">")
                    .append(esc(DossierText.name(actor.kind())))
                    .append("</p>\n");
            if (!actor.aliases().isEmpty()) {
                html.append("<p class=\"aliases\">Also known as: ");
                List<Alias> aliases = actor.aliases();
                for (int a = 0; a < aliases.size(); a++) {
                    html.append(a == 0 ? "" : ", ")
                            .append("<bdi>")
                            .append(esc(DossierText.line(aliases.get(a).name())))
                            .append("</bdi>");
                }
                html.append("</p>\n");
            }
            if (!actor.notes().isBlank()) {
                html.append("<div class=\"notes\">\n");
                paragraphs(actor.notes());
                html.append("</div>\n");
            }
            list(sub, "Relationships", "relationships", p.relationships());
            if (!p.keyMentions().isEmpty()) {
                html.append("<h")
                        .append(sub)
                        .append(">Key mentions</h")
                        .append(sub)
                        .append(">\n");
                p.keyMentions().forEach(this::quote);
            }
            list(
                    sub,
                    "Claims",
                    "claims",
                    p.claims().stream()
                            .map(c -> DossierText.line(c.statement()) + " (" + DossierText.status(c.status()) + ")")
                            .toList());
            html.append("</section>\n");
        }

        private void list(int level, String title, String cssClass, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            html.append("<h")
                    .append(level)
                    .append('>')
                    .append(title)
                    .append("</h")
                    .append(level)
                    .append(">\n");
            html.append("<ul class=\"").append(cssClass).append("\">\n");
            items.forEach(item -> html.append("<li dir=\"auto\">")
                    .append(esc(DossierText.line(item)))
                    .append("</li>\n"));
            html.append("</ul>\n");
        }

        private void quote(CitedQuote q) {
            Citations.Citation c = citations.of(q);
            html.append("<blockquote dir=\"auto\">\n");
            paragraphs(q.text());
            html.append("<p class=\"attribution\">— ");
            if (!q.speaker().isBlank()) {
                html.append("<bdi>").append(esc(DossierText.line(q.speaker()))).append("</bdi>, ");
            }
            String outlet = DossierText.line(q.source().outlet());
            html.append("<bdi>")
                    .append(esc(outlet.isEmpty() ? DossierText.line(q.source().title()) : outlet))
                    .append("</bdi> <a class=\"cite\" href=\"#cite-")
                    .append(c.number())
                    .append("\">[")
                    .append(c.number())
                    .append("]</a></p>\n</blockquote>\n");
        }

        private void endnotes() {
            if (citations.all().isEmpty()) {
                return;
            }
            html.append("<section class=\"endnotes\" id=\"citations\">\n<h2>Citations</h2>\n<ol>\n");
            for (Citations.Citation c : citations.all()) {
                html.append("<li id=\"cite-").append(c.number()).append("\">");
                List<DossierText.Field> fields = DossierText.citationFields(c);
                for (int f = 0; f < fields.size(); f++) {
                    DossierText.Field field = fields.get(f);
                    html.append(f == 0 ? "" : ", ").append(esc(field.label()));
                    switch (field.kind()) {
                        case PROSE ->
                            html.append("<bdi>").append(esc(field.value())).append("</bdi>");
                        case URL ->
                            html.append("<span class=\"url\">")
                                    .append(esc(field.value()))
                                    .append("</span>");
                        case HASH ->
                            html.append("<code>").append(esc(field.value())).append("</code>");
                        case PLAIN -> html.append(esc(field.value()));
                    }
                }
                html.append(".</li>\n");
            }
            html.append("</ol>\n</section>\n");
        }

        private void appendix() {
            if (citations.sources().isEmpty()) {
                return;
            }
            html.append("<section class=\"appendix\" id=\"sources\">\n<h2>Sources</h2>\n");
            html.append("<table class=\"sources\">\n<colgroup><col class=\"outlet\" /><col class=\"title\" />")
                    .append("<col class=\"published\" /><col class=\"url\" /><col class=\"retrieved\" />")
                    .append(
                            "<col class=\"sha256\" /></colgroup>\n<thead><tr><th>Outlet</th><th>Title</th><th>Published</th>")
                    .append("<th>URL</th><th>Retrieved</th><th>SHA-256 of the original</th></tr></thead>\n<tbody>\n");
            for (SourceSummary s : citations.sources()) {
                html.append("<tr><td dir=\"auto\">")
                        .append(esc(DossierText.line(s.outlet())))
                        .append("</td><td dir=\"auto\">")
                        .append(esc(DossierText.line(s.title())))
                        .append("</td><td>")
                        .append(esc(DossierText.line(s.publishedAt())))
                        .append("</td><td class=\"url\">")
                        .append(esc(DossierText.line(s.url())))
                        .append("</td><td>")
                        .append(esc(DossierText.retrieved(s.importedAt())))
                        .append("</td><td><code>")
                        .append(esc(s.sha256()))
                        .append("</code></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }

        /** Text as written: a paragraph per blank-line-separated block, line breaks kept. */
        private void paragraphs(String text) {
            for (String para : XmlText.clean(text).strip().split("\\n\\s*\\n")) {
                if (para.isBlank()) {
                    continue;
                }
                html.append("<p dir=\"auto\">");
                String[] lines = para.strip().split("\\r?\\n");
                for (int l = 0; l < lines.length; l++) {
                    html.append(l == 0 ? "" : "<br />\n").append(esc(lines[l].strip()));
                }
                html.append("</p>\n");
            }
        }
    }

    /** Text escaped for HTML and XHTML alike, in text and in quoted attribute values. */
    static String esc(String text) {
        String clean = XmlText.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
