package org.opendossier.ui.dossier;

import java.util.ArrayList;
import java.util.List;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.DossierSections;
import org.opendossier.service.BlockSubject;
import org.opendossier.ui.Messages;

/** The outline tree's rows for a dossier: the cover, then each block with what it shows, nested by heading. */
public final class OutlineRows {
    /** The index of the cover row: the dossier itself, not a block. */
    public static final int COVER = -1;

    /** Quoted words an excerpt's row shows before it cuts them short. */
    static final int QUOTE_CHARS = 60;

    private OutlineRows() {}

    /** {@code subjects} holds what each block shows, in outline order ({@code DossierService.subjects}). */
    public static List<OutlineRow> of(Dossier dossier, List<BlockSubject> subjects) {
        List<OutlineRow> rows = new ArrayList<>();
        rows.add(new OutlineRow(COVER, 0, BlockKind.COVER, dossier.title(), false));
        List<DossierBlock> blocks = dossier.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            BlockSubject subject = i < subjects.size() ? subjects.get(i) : new BlockSubject("", "", false);
            DossierBlock b = blocks.get(i);
            rows.add(new OutlineRow(
                    i, DossierSections.depth(blocks, i) + 1, BlockKind.of(b), describe(b, subject), subject.missing()));
        }
        return List.copyOf(rows);
    }

    /** What a block's row says, from the block and what it names in the case. */
    static String describe(DossierBlock b, BlockSubject s) {
        if (b instanceof DossierBlock.Heading h) {
            return h.text();
        }
        if (b instanceof DossierBlock.Note) {
            return s.name().isBlank() ? Messages.get("dossier.note.empty") : s.name();
        }
        if (b instanceof DossierBlock.ClaimCard c) {
            return s.missing() ? Messages.get("dossier.missing.claim", c.claimId()) : s.name();
        }
        if (b instanceof DossierBlock.ActorProfile a) {
            return s.missing() ? Messages.get("dossier.missing.actor", a.actorId()) : s.name();
        }
        if (b instanceof DossierBlock.SourceExcerpt x) {
            return s.missing()
                    ? Messages.get("dossier.missing.source", x.sourceId())
                    : Messages.get("dossier.excerpt", s.name(), shortened(s.detail()));
        }
        if (s.missing()) {
            return Messages.get("dossier.missing.figureActor");
        }
        if (b instanceof DossierBlock.TimelineFigure t) {
            String what = t.actorId() == null
                    ? Messages.get("dossier.timeline.all")
                    : Messages.get("dossier.timeline.actor", s.name());
            return t.tag() == null ? what : what + Messages.get("dossier.timeline.tag", t.tag());
        }
        DossierBlock.NetworkFigure f = (DossierBlock.NetworkFigure) b;
        String what = f.actorId() == null
                ? Messages.get("dossier.network.all")
                : Messages.get("dossier.network.actor", s.name());
        return f.minWeight() > 1 ? what + Messages.get("dossier.network.weight", f.minWeight()) : what;
    }

    /** The first words of a quote, cut at a word and marked when cut. */
    static String shortened(String quote) {
        if (quote.length() <= QUOTE_CHARS) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', QUOTE_CHARS);
        return quote.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS).strip() + "…";
    }
}
