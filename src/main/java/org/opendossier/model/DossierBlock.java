package org.opendossier.model;

import java.util.Objects;

/**
 * One entry of a {@link Dossier}'s outline. Blocks name what they show by id; the export resolves them
 * against the case when the dossier is rendered.
 *
 * <p>The figure blocks are {@code DossierBlock.TimelineFigure} and {@code DossierBlock.NetworkFigure}: always
 * write them qualified, since {@link org.opendossier.model.TimelineFigure} is the timeline's drawn layout.
 */
public sealed interface DossierBlock
        permits DossierBlock.Heading,
                DossierBlock.Note,
                DossierBlock.ClaimCard,
                DossierBlock.ActorProfile,
                DossierBlock.SourceExcerpt,
                DossierBlock.TimelineFigure,
                DossierBlock.NetworkFigure {

    /** A section title; {@code level} 1 to 3, and the table of contents follows these. */
    record Heading(int level, String text) implements DossierBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading's level is 1, 2 or 3, not " + level + ".");
            }
            if (text.isBlank()) {
                throw new IllegalArgumentException("A heading needs some text.");
            }
        }
    }

    /** The investigator's own words, written in Markdown. */
    record Note(String markdown) implements DossierBlock {
        public Note {
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /** A claim with its status, warnings and evidence grouped by stance. */
    record ClaimCard(long claimId) implements DossierBlock {}

    /** An actor with its aliases, relationships, key mentions and the claims that involve it. */
    record ActorProfile(long actorId) implements DossierBlock {}

    /** A passage of a source, quoted and cited. */
    record SourceExcerpt(long sourceId, TextSpan span) implements DossierBlock {
        public SourceExcerpt {
            Objects.requireNonNull(span, "span");
            if (span.start() == span.end()) {
                throw new IllegalArgumentException("An excerpt needs at least one character of the source.");
            }
        }
    }

    /**
     * The claims timeline, optionally narrowed.
     *
     * @param actorId only claims involving this actor, or {@code null} for all
     * @param tag only claims with this tag, or {@code null} for all
     */
    record TimelineFigure(Long actorId, String tag) implements DossierBlock {
        public TimelineFigure {
            if (tag != null && tag.isBlank()) {
                tag = null;
            }
        }
    }

    /**
     * The actor network, optionally narrowed.
     *
     * @param actorId only this actor and those linked to it, or {@code null} for the whole case
     * @param minWeight the fewest shared sources a co-mention link needs to be drawn (recorded relationships are
     *     always drawn)
     */
    record NetworkFigure(Long actorId, int minWeight) implements DossierBlock {
        public NetworkFigure {
            if (minWeight < 1) {
                throw new IllegalArgumentException(
                        "A network figure's minimum weight is at least 1, not " + minWeight + ".");
            }
        }
    }
}
