package org.opendossier.export.annotation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opendossier.model.Stance;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/**
 * One Web Annotation read back as the makings of a piece of evidence: the quoted passage and where it is, the
 * claim it bears on, how, and who speaks. Ours carry everything; a foreign one (a Hypothesis highlight, say) may
 * have no claim, stance, speaker or position.
 *
 * @param index 1-based position of the annotation in the document
 * @param id the annotation's own id, or {@code null}
 * @param claimRef the claim body's id ({@code urn:opendossier:<case>:claim:<id>} for ours, see
 *     {@link DossierUrn#parse}), or {@code null}
 * @param claimStatement the claim body's text, or {@code null} when the annotation names no claim in words
 * @param stance how the passage stands towards the claim; {@link Stance#MENTIONS} when the annotation gives none
 * @param stanceStated whether the annotation gave the stance (false: {@code MENTIONS} was assumed, which neither
 *     backs nor contests the claim)
 * @param codePointSpan the TextPositionSelector, counted in Unicode code points as the W3C model counts; use
 *     {@link #spanIn} for offsets into a Java string; {@code null} when absent or unusable
 * @param textSha256 the hash of the extracted text the selectors were taken on, or {@code null}; when it equals a
 *     source's {@code textSha256}, the span can be trusted as is, else the quote must be placed again
 * @param speakerRef the speaker's id ({@code urn:opendossier:<case>:actor:<id>} for ours), or {@code null}
 * @param speakerName or {@code null}
 * @param note the comment, {@code ""} when there is none
 * @param tags tags other than the speaker
 * @param created or {@code null}
 * @param modified or {@code null}
 * @param warnings what was read in part or assumed, for a person to check
 */
public record ImportedAnnotation(
        int index,
        String id,
        String claimRef,
        String claimStatement,
        Stance stance,
        boolean stanceStated,
        SourceRef source,
        TextQuote quote,
        TextSpan codePointSpan,
        String textSha256,
        String speakerRef,
        String speakerName,
        String note,
        List<String> tags,
        Instant created,
        Instant modified,
        List<String> warnings) {

    public ImportedAnnotation {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        warnings = List.copyOf(warnings);
    }

    /**
     * The position as UTF-16 offsets into {@code text} (the case's offsets), or {@code null} when there is no
     * position or it lies beyond the text. Check the quote is there before trusting it, unless
     * {@link #textSha256} matches the text.
     */
    public TextSpan spanIn(String text) {
        return codePointSpan == null ? null : TextPositions.toUtf16(text, codePointSpan);
    }
}
