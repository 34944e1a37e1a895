package org.opendossier.ui.dossier;

import java.util.Locale;
import org.opendossier.model.DossierBlock;
import org.opendossier.ui.Messages;

/** What a row of the outline is: the cover (the dossier itself) or one kind of block. */
public enum BlockKind {
    COVER,
    HEADING,
    NOTE,
    CLAIM,
    ACTOR,
    EXCERPT,
    TIMELINE,
    NETWORK;

    public static BlockKind of(DossierBlock block) {
        if (block instanceof DossierBlock.Heading) {
            return HEADING;
        }
        if (block instanceof DossierBlock.Note) {
            return NOTE;
        }
        if (block instanceof DossierBlock.ClaimCard) {
            return CLAIM;
        }
        if (block instanceof DossierBlock.ActorProfile) {
            return ACTOR;
        }
        if (block instanceof DossierBlock.SourceExcerpt) {
            return EXCERPT;
        }
        return block instanceof DossierBlock.TimelineFigure ? TIMELINE : NETWORK;
    }

    /** The kind as the composer names it ("Claim card"). */
    public String label() {
        return Messages.get("dossier.kind." + name().toLowerCase(Locale.ROOT));
    }
}
