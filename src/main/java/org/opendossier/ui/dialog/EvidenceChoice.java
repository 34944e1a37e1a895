package org.opendossier.ui.dialog;

import org.opendossier.model.Stance;

/**
 * What a person chose in the "Use as evidence" dialog: an existing claim ({@code claimId} set) or a new one
 * stated as {@code statement}, the source's stance, and who speaks in the source.
 *
 * @param speakerId the speaking actor, or {@code null}
 */
public record EvidenceChoice(Long claimId, String statement, Stance stance, Long speakerId, String note) {
    public boolean isNew() {
        return claimId == null;
    }
}
