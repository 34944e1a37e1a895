package org.opendossier.export.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendossier.export.graph.XmlText;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.SourceSummary;

/**
 * Writes a dossier as Markdown (CommonMark with the footnote extension GitHub and Pandoc read): the same cover,
 * contents, blocks, citations and sources appendix as the HTML, with each quote cited as a footnote
 * ({@code [^3]}) defined once at the end.
 *
 * <p>Every string from a user or a source is escaped so that it reads as the same text and can never become
 * markup, raw HTML or a link: punctuation with a meaning is backslash-escaped, and URLs and hashes are code
 * spans. Notes keep their Markdown, with links, images and raw HTML made plain text ({@link NoteMarkdown}). Figures are not drawn; their caption is kept, since the pictures live in the HTML and PDF (decision
 * record 0017).
 */
public final class MarkdownDossierWriter {
    /** ASCII punctuation that means something somewhere in CommonMark or GitHub's extensions. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]{}()<>#|~!&$^]");
    /** What makes a line a list item, heading, rule or quote when it starts one. */
    private static final Pattern LINE_START = Pattern.compile("^([-+=]|\\d+[.)])");

    /** Writes the dossier to {@code out} in UTF-8; {@code out} is flushed, not closed. */
    public void write(DossierDocument document, OutputStream out) throws IOException {
        out.write(render(document).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole file as text. */
    public String render(DossierDocument document) {
        Objects.requireNonNull(document, "document");
        return new Run(document).render();
    }

    /** The state of writing one document. */
    private static final class Run {
        private final DossierDocument document;
        private final Citations citations;
        private final List<Outline.Entry> outline;
        private final Map<Integer, Outline.Entry> entryByPart = new HashMap<>();
        private final StringBuilder md = new StringBuilder(32 * 1024);

        Run(DossierDocument document) {
            this.document = document;
            this.citations = Citations.of(document);
            this.outline = Outline.of(document);
            outline.forEach(e -> entryByPart.put(e.part(), e));
        }

        String render() {
            Dossier d = document.dossier();
            md.append("# ").append(inline(d.title())).append("\n\n");
            if (!DossierText.line(d.subtitle()).isEmpty()) {
                md.append('*').append(inline(d.subtitle())).append("*\n\n");
            }
            String byline = DossierText.byline(d.author(), d.date());
            if (!byline.isEmpty()) {
                md.append(inline(byline)).append("\n\n");
            }
            if (!d.summary().isBlank()) {
                paragraphs(d.summary(), "");
            }
            contents();
            for (int i = 0; i < document.parts().size(); i++) {
                part(i, document.parts().get(i));
            }
            endnotes();
            appendix();
            return md.toString();
        }

        private void contents() {
            if (outline.isEmpty()) {
                return;
            }
            md.append("## Contents\n\n");
            for (Outline.Entry e : outline) {
                md.append("  ".repeat(e.level() - 1))
                        .append("- ")
                        .append(inline(e.title()))
                        .append('\n');
            }
            md.append('\n');
        }

        private String hashes(int i) {
            return "#".repeat(Math.min(entryByPart.get(i).level() + 1, 6));
        }

        private void part(int i, DossierDocument.Part part) {
            if (part instanceof DossierDocument.Heading h) {
                md.append(hashes(i)).append(' ').append(inline(h.text())).append("\n\n");
            } else if (part instanceof DossierDocument.Note n) {
                String note = NoteMarkdown.toMarkdown(n.markdown()).strip();
                if (!note.isEmpty()) {
                    md.append(note).append("\n\n");
                }
            } else if (part instanceof DossierDocument.ClaimCard c) {
                claimCard(i, c);
            } else if (part instanceof DossierDocument.ActorProfile a) {
                actorProfile(i, a);
            } else if (part instanceof DossierDocument.Excerpt x) {
                quote(x.quote());
            } else if (part instanceof DossierDocument.Figure f) {
                md.append(hashes(i)).append(' ').append(inline(f.caption())).append("\n\n");
                md.append("*The figure is drawn in the HTML and PDF editions.*\n\n");
            } else if (part instanceof DossierDocument.Missing m) {
                md.append('*').append(inline(m.reason())).append("*\n\n");
            }
        }

        private void claimCard(int i, DossierDocument.ClaimCard c) {
            Claim claim = c.claim();
            String h = hashes(i);
            md.append(h).append(" Claim: ").append(inline(claim.statement())).append("\n\n");
            md.append("**").append(DossierText.status(claim.status())).append("**");
            if (claim.eventDate() != null) {
                md.append(" · event ").append(inline(claim.eventDate().toString()));
            }
            md.append(" · For: ")
                    .append(inline(c.backing()))
                    .append(" · Against: ")
                    .append(inline(c.contesting()))
                    .append("\n\n");
            c.warnings().forEach(w -> md.append("- ⚠ ").append(inline(w)).append('\n'));
            if (!c.warnings().isEmpty()) {
                md.append('\n');
            }
            String sub = h.length() < 6 ? h + "#" : h;
            for (DossierDocument.StanceGroup g : c.groups()) {
                md.append(sub)
                        .append(' ')
                        .append(DossierText.stance(g.stance()))
                        .append(" (")
                        .append(inline(g.tally()))
                        .append(")\n\n");
                g.quotes().forEach(this::quote);
            }
        }

        private void actorProfile(int i, DossierDocument.ActorProfile p) {
            Actor actor = p.actor();
            String h = hashes(i);
            String sub = h.length() < 6 ? h + "#" : h;
            md.append(h).append(' ').append(inline(actor.name())).append("\n\n");
            md.append('*').append(DossierText.name(actor.kind())).append("*\n\n");
            if (!actor.aliases().isEmpty()) {
                md.append("Also known as: ")
                        .append(String.join(
                                ", ",
                                actor.aliases().stream()
                                        .map(a -> inline(a.name()))
                                        .toList()))
                        .append("\n\n");
            }
            if (!actor.notes().isBlank()) {
                paragraphs(actor.notes(), "");
            }
            list(sub, "Relationships", p.relationships());
            if (!p.keyMentions().isEmpty()) {
                md.append(sub).append(" Key mentions\n\n");
                p.keyMentions().forEach(this::quote);
            }
            list(
                    sub,
                    "Claims",
                    p.claims().stream()
                            .map(c -> DossierText.line(c.statement()) + " (" + DossierText.status(c.status()) + ")")
                            .toList());
        }

        private void list(String hashes, String title, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            md.append(hashes).append(' ').append(title).append("\n\n");
            items.forEach(item -> md.append("- ").append(inline(item)).append('\n'));
            md.append('\n');
        }

        private void quote(CitedQuote q) {
            Citations.Citation c = citations.of(q);
            paragraphs(q.text(), "> ");
            md.append("> — ");
            if (!q.speaker().isBlank()) {
                md.append(inline(q.speaker())).append(", ");
            }
            String outlet = DossierText.line(q.source().outlet());
            md.append(inline(outlet.isEmpty() ? q.source().title() : outlet))
                    .append(" [^")
                    .append(c.number())
                    .append("]\n\n");
        }

        private void endnotes() {
            if (citations.all().isEmpty()) {
                return;
            }
            md.append("## Citations\n\n");
            for (Citations.Citation c : citations.all()) {
                md.append("[^").append(c.number()).append("]: ");
                List<DossierText.Field> fields = DossierText.citationFields(c);
                for (int f = 0; f < fields.size(); f++) {
                    DossierText.Field field = fields.get(f);
                    md.append(f == 0 ? "" : ", ").append(field.label());
                    switch (field.kind()) {
                        case URL, HASH -> md.append(code(field.value()));
                        case PROSE, PLAIN -> md.append(inline(field.value()));
                    }
                }
                md.append(".\n");
            }
            md.append('\n');
        }

        private void appendix() {
            if (citations.sources().isEmpty()) {
                return;
            }
            md.append("## Sources\n\n");
            for (SourceSummary s : citations.sources()) {
                md.append("- ");
                String outlet = DossierText.line(s.outlet());
                if (!outlet.isEmpty()) {
                    md.append(inline(outlet)).append(", ");
                }
                md.append(inline(s.title()));
                if (!DossierText.line(s.publishedAt()).isEmpty()) {
                    md.append(", published ").append(inline(s.publishedAt()));
                }
                if (!DossierText.line(s.url()).isEmpty()) {
                    md.append(", ").append(code(s.url()));
                }
                md.append(", retrieved ").append(inline(DossierText.retrieved(s.importedAt())));
                md.append("  \n  SHA-256 ").append(code(s.sha256())).append('\n');
            }
            md.append('\n');
        }

        /** Text as written: a paragraph per blank-line-separated block, line breaks kept, each line prefixed. */
        private void paragraphs(String text, String prefix) {
            String[] paras = XmlText.clean(text).strip().split("\\n\\s*\\n");
            boolean first = true;
            for (String para : paras) {
                if (para.isBlank()) {
                    continue;
                }
                if (!first) {
                    md.append(prefix.strip()).append('\n');
                }
                first = false;
                String[] lines = para.strip().split("\\r?\\n");
                for (int l = 0; l < lines.length; l++) {
                    md.append(prefix).append(inline(lines[l]));
                    md.append(l < lines.length - 1 ? "\\\n" : "\n");
                }
            }
            if (prefix.isEmpty()) {
                md.append('\n');
            }
        }
    }

    /**
     * One line of user or source text that reads as itself in Markdown: white space made single, punctuation
     * with a meaning escaped, and a start that would make the line a list item, heading or rule escaped too.
     */
    static String inline(String text) {
        String line = DossierText.line(text);
        Matcher m = SPECIAL.matcher(line);
        StringBuilder out = new StringBuilder(line.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\\" + m.group()));
        }
        m.appendTail(out);
        Matcher start = LINE_START.matcher(out);
        if (start.find()) {
            int end = start.end(1);
            out.insert(end - 1, '\\');
        }
        return out.toString();
    }

    /** {@code text} as a code span: shown exactly, never a link; fenced with more backticks than it holds. */
    static String code(String text) {
        String line = DossierText.line(text);
        int longest = 0;
        Matcher m = Pattern.compile("`+").matcher(line);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(longest + 1);
        String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
        return fence + pad + line + pad + fence;
    }
}
