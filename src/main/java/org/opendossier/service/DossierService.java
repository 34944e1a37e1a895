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
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opendossier.export.bundle.BundleFile;
import org.opendossier.export.bundle.BundleTargetException;
import org.opendossier.export.bundle.DossierBundleWriter;
import org.opendossier.export.dossier.CitedQuote;
import org.opendossier.export.dossier.DossierDocument;
import org.opendossier.export.dossier.DossierScope;
import org.opendossier.export.dossier.HtmlDossierWriter;
import org.opendossier.export.dossier.MarkdownDossierWriter;
import org.opendossier.export.dossier.PdfDossierWriter;
import org.opendossier.export.dossier.PdfPages;
import org.opendossier.export.graph.SvgGraphWriter;
import org.opendossier.export.timeline.TimelineSvgWriter;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.DossierSections;
import org.opendossier.model.Evidence;
import org.opendossier.model.Relationship;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.model.Timeline;
import org.opendossier.store.CaseStore;
import org.opendossier.store.StoreException;
import org.opendossier.store.StoreTransaction;

/**
 * Dossiers: composing their outlines, resolving each block against the case (claims with their evidence,
 * actors, passages, figures), previewing and exporting the result as a document or as a bundle that a recipient
 * can verify (decision records 0017 and 0018).
 *
 * <p>Every edit runs in one transaction, checks that what a block names exists, and is kept in the session's
 * {@link DossierHistory} for undo and redo; listeners registered with {@link #onChange} hear of every edit,
 * undo and redo once it is committed. Blocks are addressed by their place in the outline, as the composer
 * shows it.
 */
public final class DossierService {
    /** The name of a bundle's manifest, which {@code sha256sum -c} checks the bundle with. */
    public static final String BUNDLE_MANIFEST = BundleFile.MANIFEST;

    /** Passages that name an actor shown in its profile, from different sources. */
    static final int KEY_MENTIONS = 3;

    /** The preview draws at most this many pages; a dossier longer than that is still exported whole. */
    public static final int PREVIEW_PAGES = 30;

    private final Transactions transactions;
    private final String caseId;
    private final DossierHistory history = new DossierHistory();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
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

    /** Runs {@code listener} after every committed change of a dossier, undo and redo included, on the changing thread. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public List<Dossier> list() throws CaseException {
        return transactions.read(tx -> tx.dossiers().list());
    }

    public Optional<Dossier> find(long id) throws CaseException {
        return transactions.read(tx -> tx.dossiers().find(id));
    }

    /** A new dossier with an empty outline (undoable). */
    public Dossier create(String title, String subtitle, String author, LocalDate date, String summary)
            throws CaseException {
        Dossier draft = valid(() -> new Dossier(0, title, subtitle, author, date, summary, List.of()));
        Dossier created = transactions.write(
                tx -> tx.dossiers().find(tx.dossiers().create(draft)).orElseThrow());
        done(new DossierHistory.Edit("new dossier", null, created.id(), null, created));
        return created;
    }

    /** Deletes a dossier with its outline (undoable). */
    public void delete(long dossierId) throws CaseException {
        Dossier gone = transactions.write(tx -> {
            Dossier d = existing(tx, dossierId);
            tx.dossiers().delete(dossierId);
            return d;
        });
        done(new DossierHistory.Edit("delete dossier", null, dossierId, gone, null));
    }

    /** Changes the cover: title (never blank), subtitle, author, date and summary. */
    public Dossier updateCover(
            long dossierId, String title, String subtitle, String author, LocalDate date, String summary)
            throws CaseException {
        return edit(
                dossierId,
                "edit cover",
                "cover:" + dossierId,
                (tx, d) -> valid(() -> new Dossier(d.id(), title, subtitle, author, date, summary, d.blocks())));
    }

    /** Adds a block at the end of a dossier's outline; what it names must exist in the case. */
    public Dossier addBlock(long dossierId, DossierBlock block) throws CaseException {
        return edit(dossierId, "add " + kind(block), null, (tx, d) -> {
            requireSubject(tx, block);
            return withBlocks(d, inserted(d.blocks(), d.blocks().size(), block));
        });
    }

    /** Puts a block at {@code index} of the outline (0 first, the outline's size last); its subject must exist. */
    public Dossier insertBlock(long dossierId, int index, DossierBlock block) throws CaseException {
        return edit(dossierId, "add " + kind(block), null, (tx, d) -> {
            if (index < 0 || index > d.blocks().size()) {
                throw new CaseException("There is no place " + index + " in the outline of “" + d.title() + "”: it has "
                        + d.blocks().size() + " blocks.");
            }
            requireSubject(tx, block);
            return withBlocks(d, inserted(d.blocks(), index, block));
        });
    }

    /**
     * Puts {@code block} in place of block {@code index} (an edit of its text, level or subject); its subject
     * must exist. Edits of the same block's text one after another undo as one.
     */
    public Dossier replaceBlock(long dossierId, int index, DossierBlock block) throws CaseException {
        return edit(
                dossierId, "edit " + kind(block), "block:" + dossierId + ":" + index + ":" + kind(block), (tx, d) -> {
                    requireIndex(d, index);
                    if (!block.equals(d.blocks().get(index))) {
                        requireSubject(tx, block);
                    }
                    List<DossierBlock> blocks = new ArrayList<>(d.blocks());
                    blocks.set(index, block);
                    return withBlocks(d, blocks);
                });
    }

    /** Takes block {@code index} out of the outline; a heading's blocks stay, in the section above. */
    public Dossier removeBlock(long dossierId, int index) throws CaseException {
        return edit(dossierId, "remove " + kind(dossierId, index), null, (tx, d) -> {
            requireIndex(d, index);
            List<DossierBlock> blocks = new ArrayList<>(d.blocks());
            blocks.remove(index);
            return withBlocks(d, blocks);
        });
    }

    /**
     * Moves block {@code from} alone to gap {@code to}: a place in the outline as it is now, 0 before the first
     * block and the outline's size after the last. Nesting follows from where it lands (decision record 0018):
     * right after a heading, a block belongs to that heading.
     */
    public Dossier moveBlock(long dossierId, int from, int to) throws CaseException {
        return edit(dossierId, "move block", null, (tx, d) -> {
            requireIndex(d, from);
            return withBlocks(d, move(d, from, from + 1, to));
        });
    }

    /** Moves a heading with its whole section (see {@link DossierSections#end}) to gap {@code to}, levels kept. */
    public Dossier moveSection(long dossierId, int from, int to) throws CaseException {
        return edit(dossierId, "move section", null, (tx, d) -> {
            requireIndex(d, from);
            return withBlocks(d, move(d, from, DossierSections.end(d.blocks(), from), to));
        });
    }

    /**
     * Moves a heading with its whole section to gap {@code to} and gives the heading {@code level}; the
     * section's sub-headings shift by as much (kept within 1 to 3), so the section keeps its shape. Dropping a
     * section onto another heading nests it this way.
     */
    public Dossier moveSection(long dossierId, int from, int to, int level) throws CaseException {
        return edit(dossierId, "move section", null, (tx, d) -> {
            requireIndex(d, from);
            if (!(d.blocks().get(from) instanceof DossierBlock.Heading h)) {
                throw new CaseException("Block " + from + " of “" + d.title() + "” is not a heading.");
            }
            int end = DossierSections.end(d.blocks(), from);
            List<DossierBlock> shifted = new ArrayList<>(d.blocks());
            for (int i = from; i < end; i++) {
                if (shifted.get(i) instanceof DossierBlock.Heading sub) {
                    int moved = Math.max(1, Math.min(3, sub.level() + level - h.level()));
                    shifted.set(i, new DossierBlock.Heading(moved, sub.text()));
                }
            }
            return withBlocks(d, move(withBlocks(d, shifted), from, end, to));
        });
    }

    /** Gives heading {@code index} another level (1 to 3): promoting or demoting it in the outline. */
    public Dossier setHeadingLevel(long dossierId, int index, int level) throws CaseException {
        Dossier now = find(dossierId).orElseThrow(() -> noDossier(dossierId));
        requireIndex(now, index);
        String label = now.blocks().get(index) instanceof DossierBlock.Heading h && level < h.level()
                ? "promote heading"
                : "demote heading";
        return edit(dossierId, label, null, (tx, d) -> {
            requireIndex(d, index);
            if (!(d.blocks().get(index) instanceof DossierBlock.Heading h)) {
                throw new CaseException("Block " + index + " of “" + d.title() + "” is not a heading.");
            }
            List<DossierBlock> blocks = new ArrayList<>(d.blocks());
            blocks.set(index, valid(() -> new DossierBlock.Heading(level, h.text())));
            return withBlocks(d, blocks);
        });
    }

    /** What {@link #undo} would undo ("move block"), if anything. */
    public Optional<String> undoLabel() {
        return history.nextUndo().map(DossierHistory.Edit::label);
    }

    public Optional<String> redoLabel() {
        return history.nextRedo().map(DossierHistory.Edit::label);
    }

    /** Undoes the latest dossier edit; returns the dossier it touched, or empty when there was none. */
    public OptionalLong undo() throws CaseException {
        Optional<DossierHistory.Edit> next = history.nextUndo();
        if (next.isEmpty()) {
            return OptionalLong.empty();
        }
        DossierHistory.Edit edit = next.get();
        restore(edit.dossierId(), edit.before());
        history.undid(edit);
        changed();
        return OptionalLong.of(edit.dossierId());
    }

    /** Redoes the latest undone dossier edit; returns the dossier it touched, or empty when there was none. */
    public OptionalLong redo() throws CaseException {
        Optional<DossierHistory.Edit> next = history.nextRedo();
        if (next.isEmpty()) {
            return OptionalLong.empty();
        }
        DossierHistory.Edit edit = next.get();
        restore(edit.dossierId(), edit.after());
        history.redid(edit);
        changed();
        return OptionalLong.of(edit.dossierId());
    }

    private void restore(long dossierId, Dossier state) throws CaseException {
        transactions.write(tx -> {
            tx.dossiers().restore(dossierId, state);
            return null;
        });
    }

    /**
     * What each block of {@code dossier} shows, looked up in the case as it is now, in outline order: the
     * composer's outline lists these, and flags the blocks whose subject is gone.
     */
    public List<BlockSubject> subjects(Dossier dossier) throws CaseException {
        return transactions.read(tx -> {
            Map<Long, Optional<Source>> sources = new HashMap<>();
            List<BlockSubject> out = new ArrayList<>();
            for (DossierBlock b : dossier.blocks()) {
                out.add(subject(tx, b, sources));
            }
            return out;
        });
    }

    private static BlockSubject subject(StoreTransaction tx, DossierBlock b, Map<Long, Optional<Source>> sources)
            throws StoreException {
        if (b instanceof DossierBlock.Heading h) {
            return new BlockSubject(h.text(), "", false);
        }
        if (b instanceof DossierBlock.Note n) {
            return new BlockSubject(n.markdown().strip().lines().findFirst().orElse(""), "", false);
        }
        if (b instanceof DossierBlock.ClaimCard c) {
            Optional<Claim> claim = tx.claims().find(c.claimId());
            return new BlockSubject(claim.map(Claim::statement).orElse(""), "", claim.isEmpty());
        }
        if (b instanceof DossierBlock.ActorProfile a) {
            Optional<Actor> actor = tx.actors().find(a.actorId());
            return new BlockSubject(actor.map(Actor::name).orElse(""), "", actor.isEmpty());
        }
        if (b instanceof DossierBlock.SourceExcerpt x) {
            Optional<Source> source = sources.get(x.sourceId());
            if (source == null) {
                source = tx.sources().find(x.sourceId());
                sources.put(x.sourceId(), source);
            }
            if (source.isEmpty() || x.span().end() > source.get().text().length()) {
                return new BlockSubject(source.map(Source::title).orElse(""), "", true);
            }
            String quoted =
                    source.get().text().substring(x.span().start(), x.span().end());
            return new BlockSubject(source.get().title(), quoted.strip().replaceAll("\\s+", " "), false);
        }
        Long actorId =
                b instanceof DossierBlock.TimelineFigure t ? t.actorId() : ((DossierBlock.NetworkFigure) b).actorId();
        String tag = b instanceof DossierBlock.TimelineFigure t ? t.tag() : "";
        if (actorId == null) {
            return new BlockSubject("", tag, false);
        }
        Optional<Actor> actor = tx.actors().find(actorId);
        return new BlockSubject(actor.map(Actor::name).orElse(""), tag, actor.isEmpty());
    }

    /**
     * The dossier's PDF, exactly as {@link #export} writes it, drawn page by page at {@code dpi} (the first
     * {@link #PREVIEW_PAGES}); stops between pages once {@code cancel} is cancelled, keeping what is drawn.
     */
    public DossierPreview preview(long dossierId, float dpi, CancelToken cancel) throws CaseException {
        DossierDocument document = document(dossierId);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfDossierWriter().write(document, pdf);
            PdfPages.Drawn drawn = PdfPages.draw(pdf.toByteArray(), dpi, PREVIEW_PAGES, cancel::isCancelled);
            return new DossierPreview(drawn.pages(), drawn.pageCount());
        } catch (IOException e) {
            throw new CaseException("Could not draw the preview of dossier " + dossierId + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Change {
        Dossier apply(StoreTransaction tx, Dossier d) throws StoreException, CaseException;
    }

    /** Runs one edit of one dossier in one transaction and keeps it for undo. */
    private Dossier edit(long dossierId, String label, String key, Change change) throws CaseException {
        Dossier[] before = new Dossier[1];
        Dossier after = transactions.write(tx -> {
            Dossier d = existing(tx, dossierId);
            before[0] = d;
            Dossier changed = change.apply(tx, d);
            if (changed.equals(d)) {
                return d;
            }
            tx.dossiers().update(changed);
            return tx.dossiers().find(dossierId).orElseThrow();
        });
        done(new DossierHistory.Edit(label, key, dossierId, before[0], after));
        return after;
    }

    private void done(DossierHistory.Edit edit) {
        if (!java.util.Objects.equals(edit.before(), edit.after())) {
            history.done(edit);
            changed();
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private static Dossier existing(StoreTransaction tx, long dossierId) throws StoreException, CaseException {
        return tx.dossiers().find(dossierId).orElseThrow(() -> noDossier(dossierId));
    }

    private static CaseException noDossier(long dossierId) {
        return new CaseException("There is no dossier " + dossierId + "; it may have been deleted.");
    }

    private static void requireIndex(Dossier d, int index) throws CaseException {
        if (index < 0 || index >= d.blocks().size()) {
            throw new CaseException("There is no block " + index + " in the outline of “" + d.title() + "”: it has "
                    + d.blocks().size() + " blocks.");
        }
    }

    private static List<DossierBlock> move(Dossier d, int from, int end, int to) throws CaseException {
        if (to < 0 || to > d.blocks().size()) {
            throw new CaseException("There is no place " + to + " in the outline of “" + d.title() + "”: it has "
                    + d.blocks().size() + " blocks.");
        }
        return DossierSections.moved(d.blocks(), from, end, to);
    }

    private static List<DossierBlock> inserted(List<DossierBlock> blocks, int index, DossierBlock block) {
        List<DossierBlock> out = new ArrayList<>(blocks);
        out.add(index, block);
        return out;
    }

    @FunctionalInterface
    private interface Making<T> {
        T make();
    }

    /** Turns the model's refusal of a value (a blank title, a level of 4) into the case error a person reads. */
    private static <T> T valid(Making<T> making) throws CaseException {
        try {
            return making.make();
        } catch (IllegalArgumentException e) {
            throw new CaseException(e.getMessage(), e);
        }
    }

    /** The kind of block, as the Undo menu names edits of it ("add claim card"). */
    private static String kind(DossierBlock block) {
        if (block instanceof DossierBlock.Heading) {
            return "heading";
        }
        if (block instanceof DossierBlock.Note) {
            return "note";
        }
        if (block instanceof DossierBlock.ClaimCard) {
            return "claim card";
        }
        if (block instanceof DossierBlock.ActorProfile) {
            return "actor profile";
        }
        if (block instanceof DossierBlock.SourceExcerpt) {
            return "excerpt";
        }
        return block instanceof DossierBlock.TimelineFigure ? "timeline" : "network figure";
    }

    private String kind(long dossierId, int index) throws CaseException {
        Dossier d = find(dossierId).orElseThrow(() -> noDossier(dossierId));
        requireIndex(d, index);
        return kind(d.blocks().get(index));
    }

    /**
     * A block may name only a claim, actor or passage that is in the case; checked in the transaction that
     * writes the block, so the subject cannot vanish in between.
     */
    private static void requireSubject(StoreTransaction tx, DossierBlock block) throws StoreException, CaseException {
        if (block instanceof DossierBlock.ClaimCard c
                && tx.claims().find(c.claimId()).isEmpty()) {
            throw new CaseException("There is no claim " + c.claimId() + ".");
        }
        if (block instanceof DossierBlock.ActorProfile a) {
            requireActor(tx, a.actorId());
        }
        if (block instanceof DossierBlock.TimelineFigure t && t.actorId() != null) {
            requireActor(tx, t.actorId());
        }
        if (block instanceof DossierBlock.NetworkFigure f && f.actorId() != null) {
            requireActor(tx, f.actorId());
        }
        if (block instanceof DossierBlock.SourceExcerpt x) {
            Source s = tx.sources()
                    .find(x.sourceId())
                    .orElseThrow(() -> new CaseException("There is no source " + x.sourceId() + "."));
            if (x.span().end() > s.text().length()) {
                throw new CaseException("The passage is beyond the end of source " + x.sourceId() + ".");
            }
        }
    }

    private static void requireActor(StoreTransaction tx, long actorId) throws StoreException, CaseException {
        if (tx.actors().find(actorId).isEmpty()) {
            throw new CaseException("There is no actor " + actorId + ".");
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
