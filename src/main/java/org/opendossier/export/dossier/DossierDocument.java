package org.opendossier.export.dossier;

import java.util.List;
import java.util.Objects;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.Evidence;
import org.opendossier.model.Stance;

/**
 * A dossier with everything its blocks point at looked up, ready to be written in any format: one
 * {@link Part} per block of the outline, in the same order. The service fills it from the case; the writers
 * only lay it out, so every format shows the same content and nothing here reaches back into the case.
 *
 * <p>Counts and warnings arrive as the words a reader sees ("3 outlets, 5 articles"), since how they are
 * computed belongs to the service.
 */
public record DossierDocument(Dossier dossier, List<Part> parts) {
    public DossierDocument {
        Objects.requireNonNull(dossier, "dossier");
        parts = List.copyOf(parts);
        if (parts.size() != dossier.blocks().size()) {
            throw new IllegalArgumentException(
                    "a dossier of " + dossier.blocks().size() + " blocks resolved to " + parts.size()
                            + " parts: resolve each block to exactly one part");
        }
    }

    /** One block of the outline, resolved. */
    public sealed interface Part permits Heading, Note, ClaimCard, ActorProfile, Excerpt, Figure, Missing {}

    /** A section title, level 1 to 3. */
    public record Heading(int level, String text) implements Part {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading's level is 1, 2 or 3, not " + level + ".");
            }
        }
    }

    /** The investigator's note, as written (Markdown source). */
    public record Note(String markdown) implements Part {
        public Note {
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /**
     * A claim as an editor checks it.
     *
     * @param warnings what to be careful about, as sentences
     * @param backing "3 outlets, 5 articles" for it
     * @param contesting the same against it
     * @param groups the evidence by stance, in the order of {@link Stance}, only stances with quotes
     * @param evidence the evidence behind the quotes, one for each quote of {@code groups} in the same order: what
     *     a bundle's data files say about the card ({@link DossierScope})
     */
    public record ClaimCard(
            Claim claim,
            List<String> warnings,
            String backing,
            String contesting,
            List<StanceGroup> groups,
            List<Evidence> evidence)
            implements Part {
        public ClaimCard {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(backing, "backing");
            Objects.requireNonNull(contesting, "contesting");
            warnings = List.copyOf(warnings);
            groups = List.copyOf(groups);
            evidence = List.copyOf(evidence);
            List<CitedQuote> quotes =
                    groups.stream().flatMap(g -> g.quotes().stream()).toList();
            if (quotes.size() != evidence.size()) {
                throw new IllegalArgumentException("claim " + claim.id() + " shows " + quotes.size() + " quotes but "
                        + evidence.size() + " pieces of evidence: pass one for each quote");
            }
            for (int i = 0; i < quotes.size(); i++) {
                Evidence e = evidence.get(i);
                CitedQuote q = quotes.get(i);
                if (e.claimId() != claim.id()
                        || e.sourceId() != q.source().id()
                        || !e.span().equals(q.span())) {
                    throw new IllegalArgumentException("evidence " + e.id() + " is not the quote it stands beside ("
                            + "claim " + claim.id() + ", source " + q.source().id() + ", " + q.span()
                            + "): pass the evidence in the order of the quotes");
                }
            }
        }
    }

    /** The quotes of one stance towards a claim, with their count ("2 outlets, 2 articles"). */
    public record StanceGroup(Stance stance, String tally, List<CitedQuote> quotes) {
        public StanceGroup {
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(tally, "tally");
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * An actor's profile.
     *
     * @param relationships each as a sentence ("Africa Corps successor of Wagner Group, from 2023")
     * @param keyMentions passages that name the actor, cited
     * @param claims the claims that name it as claimant or subject
     */
    public record ActorProfile(
            Actor actor, List<String> relationships, List<CitedQuote> keyMentions, List<Claim> claims) implements Part {
        public ActorProfile {
            Objects.requireNonNull(actor, "actor");
            relationships = List.copyOf(relationships);
            keyMentions = List.copyOf(keyMentions);
            claims = List.copyOf(claims);
        }
    }

    /** A passage of a source, quoted and cited. */
    public record Excerpt(CitedQuote quote) implements Part {
        public Excerpt {
            Objects.requireNonNull(quote, "quote");
        }
    }

    /**
     * A picture drawn by one of our SVG writers (timeline, network).
     *
     * @param svg a complete SVG document; writers clean it again before inlining it ({@link SafeSvg})
     */
    public record Figure(String caption, String svg) implements Part {
        public Figure {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(svg, "svg");
        }
    }

    /**
     * A block whose subject no longer exists in the case (a deleted claim, actor or source): shown as a notice
     * rather than silently left out.
     */
    public record Missing(String reason) implements Part {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
