package org.opendossier.ui.dialog;

import org.opendossier.model.PartialDate;
import org.opendossier.model.RelationshipType;

/** A relationship a person described in the dialog: "the actor TYPE {@code toActorId}", with optional dates. */
public record RelationshipChoice(
        RelationshipType type, long toActorId, PartialDate validFrom, PartialDate validTo, String note) {}
