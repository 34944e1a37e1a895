package org.opendossier.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendossier.export.bundle.BundleFile;
import org.opendossier.export.bundle.BundleTargetException;
import org.opendossier.export.bundle.DossierBundleWriter;
import org.opendossier.export.dossier.CitedQuote;
import org.opendossier.export.dossier.DossierDocument;
import org.opendossier.export.dossier.DossierScope;
import org.opendossier.export.dossier.HtmlDossierWriter;
import org.opendossier.export.dossier.MarkdownDossierWriter;
import org.opendossier.export.dossier.PdfDossierWriter;
import org.opendossier.export.graph.SvgGraphWriter;
import org.opendossier.export.timeline.TimelineSvgWriter;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.Evidence;
import org.opendossier.model.Relationship;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.model.Timeline;
import org.opendossier.store.CaseStore;

/**
 * Dossiers: storing their outlines, resolving each block against the case (claims with their evidence,
 * actors, passages, figures), and exporting the result as a document or as a bundle that a recipient can verify
 * (decision record 0017).
 */
public final class DossierService {
    /** The name of a bundle's manifest, which {@code sha256sum -c} checks the bundle with. */
    public static final String BUNDLE_MANIFEST = BundleFile.MANIFEST;

    /** Passages that name an actor shown in its profile, from different sources. */
    static final int KEY_MENTIONS = 3;

    private final Transactions transactions;
    private final String caseId;
    private final ClaimService claims;
    private final ActorService actors;
    private final ClaimTimeline timeline;
    private final ActorNetwork network;

    public DossierService(
            CaseStore store, ClaimService claims, ActorService actors, ClaimTimeline timeline, ActorNetwork network) {
        this.transactions = new Transactions(store);
        this.caseId = store.caseId();
        this.claims = claims;
        this.actors = actors;
        this.timeline = timeline;
        this.network = network;
    }

    /** The formats a dossier is exported in. */
    public enum Format {
        HTML("html"),
        MARKDOWN("md"),
        PDF("pdf"),
        /**
         * The PDF, HTML and Markdown with the claims, evidence, actors and sources as data and a SHA-256 manifest:
         * a folder, or a zip when the target's name ends in {@code .zip} (the extension here).
         */
        BUNDLE("zip");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public List<Dossier> list() throws CaseException {
        return transactions.read(tx -> tx.dossiers().list());
    }

    public Optional<Dossier> find(long id) throws CaseException {
        return transactions.read(tx -> tx.dossiers().find(id));
    }

    public Dossier create(String title, String subtitle, String author, LocalDate date, String summary)
            throws CaseException {
        Dossier draft;
        try {
            draft = new Dossier(0, title, subtitle, author, date, summary, List.of());
        } catch (IllegalArgumentException e) {
            throw new CaseException(e.getMessage(), e);
        }
        return transactions.write(
                tx -> tx.dossiers().find(tx.dossiers().create(draft)).orElseThrow());
    }

    /** Adds a block at the end of a dossier's outline; what it names must exist in the case. */
    public Dossier addBlock(long dossierId, DossierBlock block) throws CaseException {
        return transactions.write(tx -> {
            Dossier d = tx.dossiers()
                    .find(dossierId)
                    .orElseThrow(() -> new CaseException("There is no dossier " + dossierId + "."));
            requireSubject(block);
            List<DossierBlock> blocks = new ArrayList<>(d.blocks());
            blocks.add(block);
            tx.dossiers().update(withBlocks(d, blocks));
            return tx.dossiers().find(dossierId).orElseThrow();
        });
    }

    private void requireSubject(DossierBlock block) throws CaseException {
        if (block instanceof DossierBlock.ClaimCard c
                && claims.find(c.claimId()).isEmpty()) {
            throw new CaseException("There is no claim " + c.claimId() + ".");
        }
        if (block instanceof DossierBlock.ActorProfile a
                && actors.find(a.actorId()).isEmpty()) {
            throw new CaseException("There is no actor " + a.actorId() + ".");
        }
        if (block instanceof DossierBlock.SourceExcerpt x) {
            Source s = transactions
                    .read(tx -> tx.sources().find(x.sourceId()))
                    .orElseThrow(() -> new CaseException("There is no source " + x.sourceId() + "."));
            if (x.span().end() > s.text().length()) {
                throw new CaseException("The passage is beyond the end of source " + x.sourceId() + ".");
            }
        }
    }

    private static Dossier withBlocks(Dossier d, List<DossierBlock> blocks) {
        return new Dossier(d.id(), d.title(), d.subtitle(), d.author(), d.date(), d.summary(), blocks);
    }

    /** The dossier with every block resolved against the case as it is now. */
    public DossierDocument document(long dossierId) throws CaseException {
        return document(dossierId, new HashMap<>());
    }

    /** Resolves the dossier, keeping in {@code sources} every source it looked up. */
    private DossierDocument document(long dossierId, Map<Long, Source> sources) throws CaseException {
        Dossier d = find(dossierId).orElseThrow(() -> new CaseException("There is no dossier " + dossierId + "."));
        List<DossierDocument.Part> parts = new ArrayList<>();
        for (DossierBlock b : d.blocks()) {
            parts.add(resolve(b, sources));
        }
        return new DossierDocument(d, parts);
    }

    /**
     * What an export wrote.
     *
     * @param path the file, or the bundle's folder or zip
     * @param files the names of the files written: one for a document, every file of a bundle with its manifest
     */
    public record Exported(Path path, List<String> files) {
        public Exported {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes a dossier in {@code format} to {@code target}, in one piece: a document replaces a file of that name;
     * a bundle goes to a new or empty folder, or to a zip when {@code target} ends in {@code .zip}, and holds only
     * what the dossier shows ({@link DossierScope}).
     */
    public Exported export(long dossierId, Format format, Path target) throws CaseException {
        Map<Long, Source> sources = new HashMap<>();
        DossierDocument document = document(dossierId, sources);
        if (format == Format.BUNDLE) {
            DossierScope scope = DossierScope.of(
                    document, transactions.read(tx -> tx.actors().list()), actors.relationships());
            Map<BundleFile, byte[]> files = DossierBundleFiles.of(document, scope, sources, caseId);
            try {
                DossierBundleWriter.Written written = new DossierBundleWriter().write(files, target);
                return new Exported(written.path(), written.files());
            } catch (BundleTargetException e) {
                throw new CaseException(e.getMessage(), e);
            } catch (IOException e) {
                throw new CaseException("Could not write the bundle to " + target + ": " + e.getMessage(), e);
            }
        }
        AtomicFiles.write(target, out -> render(document, format, out));
        return new Exported(target, List.of(target.getFileName().toString()));
    }

    /** Writes {@code document} as a PDF, HTML or Markdown document. */
    static void render(DossierDocument document, Format format, OutputStream out) throws IOException {
        switch (format) {
            case HTML -> new HtmlDossierWriter().write(document, out);
            case MARKDOWN -> new MarkdownDossierWriter().write(document, out);
            case PDF -> new PdfDossierWriter().write(document, out);
            case BUNDLE -> throw new IllegalArgumentException("a bundle is many files, not one document");
        }
    }

    private DossierDocument.Part resolve(DossierBlock b, Map<Long, Source> sources) throws CaseException {
        if (b instanceof DossierBlock.Heading h) {
            return new DossierDocument.Heading(h.level(), h.text());
        }
        if (b instanceof DossierBlock.Note n) {
            return new DossierDocument.Note(n.markdown());
        }
        if (b instanceof DossierBlock.ClaimCard c) {
            return claimCard(c.claimId(), sources);
        }
        if (b instanceof DossierBlock.ActorProfile a) {
            return actorProfile(a.actorId(), sources);
        }
        if (b instanceof DossierBlock.SourceExcerpt x) {
            Source s = source(x.sourceId(), sources);
            if (s == null || x.span().end() > s.text().length()) {
                return new DossierDocument.Missing(
                        "Source " + x.sourceId() + " or the passage quoted from it is no" + " longer in the case.");
            }
            return new DossierDocument.Excerpt(cite(s, x.span(), ""));
        }
        if (b instanceof DossierBlock.TimelineFigure t) {
            Timeline shown = timeline.build(new TimelineFilter(t.actorId(), t.tag()));
            String caption = "Timeline of the claims" + (t.tag() == null ? "" : " tagged “" + t.tag() + "”")
                    + (t.actorId() == null ? "" : " involving " + actorName(t.actorId()));
            return new DossierDocument.Figure(
                    caption, svg(out -> new TimelineSvgWriter().write(timeline.figure(shown, 900), out)));
        }
        DossierBlock.NetworkFigure f = (DossierBlock.NetworkFigure) b;
        ActorGraph graph = network.count(new CancelToken()).graph(ActorGraph.Unit.SENTENCE, f.minWeight());
        if (f.actorId() != null) {
            graph = graph.neighbourhood(f.actorId(), 1);
        }
        ActorGraph drawn = graph;
        var layout = network.layout(drawn, 900, 640, Map.of());
        String caption = "Network of actors" + (f.actorId() == null ? "" : " around " + actorName(f.actorId()))
                + (f.minWeight() > 1 ? ", named together in at least " + f.minWeight() + " sources" : "");
        return new DossierDocument.Figure(
                caption, svg(out -> new SvgGraphWriter().write(drawn, layout, 900, 640, out)));
    }

    private DossierDocument.Part claimCard(long claimId, Map<Long, Source> sources) throws CaseException {
        Optional<ClaimListing> found = claims.listing(claimId);
        if (found.isEmpty()) {
            return new DossierDocument.Missing("Claim " + claimId + " is no longer in the case.");
        }
        ClaimListing l = found.get();
        List<DossierDocument.StanceGroup> groups = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<Stance, List<QuotedEvidence>> g :
                claims.evidenceOf(claimId).entrySet()) {
            List<CitedQuote> quotes = new ArrayList<>();
            for (QuotedEvidence q : g.getValue()) {
                Source s = source(q.evidence().sourceId(), sources);
                quotes.add(cite(s, q.evidence().span(), q.speaker()));
                evidence.add(q.evidence());
            }
            groups.add(new DossierDocument.StanceGroup(
                    g.getKey(), l.tally(g.getKey()).describe(), quotes));
        }
        return new DossierDocument.ClaimCard(
                l.claim(),
                l.warnings().stream().map(ClaimWarning::sentence).toList(),
                l.backing().describe(),
                l.contesting().describe(),
                groups,
                evidence);
    }

    private DossierDocument.Part actorProfile(long actorId, Map<Long, Source> sources) throws CaseException {
        Optional<Actor> found = actors.find(actorId);
        if (found.isEmpty()) {
            return new DossierDocument.Missing("Actor " + actorId + " is no longer in the case.");
        }
        Actor actor = found.get();
        List<String> relationships = new ArrayList<>();
        for (Relationship r : actors.relationships()) {
            if (r.fromActorId() == actorId || r.toActorId() == actorId) {
                relationships.add(actorName(r.fromActorId()) + " "
                        + r.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + actorName(r.toActorId())
                        + (r.validFrom() == null ? "" : ", from " + r.validFrom())
                        + (r.validTo() == null ? "" : ", until " + r.validTo()));
            }
        }
        List<CitedQuote> mentions = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (MentionInContext m : actors.mentionsOf(actorId)) {
            if (mentions.size() < KEY_MENTIONS && seen.add(m.source().id())) {
                Source s = source(m.source().id(), sources);
                if (s != null) {
                    mentions.add(cite(s, sentenceAround(s.text(), m.mention().span()), ""));
                }
            }
        }
        List<Claim> involved = claims.all().stream()
                .filter(c -> c.claimantIds().contains(actorId) || c.subjectIds().contains(actorId))
                .toList();
        return new DossierDocument.ActorProfile(actor, relationships, mentions, involved);
    }

    /** The sentence of {@code text} around {@code span}: what a key mention quotes. */
    private static TextSpan sentenceAround(String text, TextSpan span) {
        var segments = org.opendossier.analysis.text.Segments.of(text);
        TextSpan sentence = segments.sentenceSpan(segments.sentence(span.start()));
        return sentence.end() >= span.end() ? sentence : span;
    }

    private CitedQuote cite(Source s, TextSpan span, String speaker) {
        return new CitedQuote(
                s.text().substring(span.start(), span.end()),
                s.summary(),
                span,
                CitedQuote.paragraphAt(s.text(), span.start()),
                speaker);
    }

    private Source source(long id, Map<Long, Source> cache) throws CaseException {
        if (!cache.containsKey(id)) {
            cache.put(id, transactions.read(tx -> tx.sources().find(id)).orElse(null));
        }
        return cache.get(id);
    }

    private String actorName(long id) throws CaseException {
        return actors.find(id).map(Actor::name).orElse("actor " + id);
    }

    @FunctionalInterface
    private interface Drawing {
        void to(java.io.OutputStream out) throws IOException;
    }

    private static String svg(Drawing drawing) throws CaseException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            drawing.to(out);
        } catch (IOException e) {
            throw new CaseException("Could not draw a figure: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
