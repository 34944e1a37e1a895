package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendossier.export.dossier.DossierFixtures.ACTOR;
import static org.opendossier.export.dossier.DossierFixtures.CLAIM;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.Evidence;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Passage;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;

/** What a dossier shows, as data: carded claims, their evidence, the actors named, the sources cited. */
class DossierScopeTest {
    private static final PartialDate Y2020 = PartialDate.parse("2020");

    private static final Actor SHOWN_ACTOR_IN_CASE =
            new Actor(11, ACTOR.kind(), ACTOR.name(), ACTOR.notes(), Y2020, null, ACTOR.aliases());
    private static final Actor PARTNER = new Actor(
            12,
            ActorKind.PERSON,
            "Ida Partner",
            "Met her twice; she asked not to be named",
            Y2020,
            null,
            List.of(new Alias(5, 12, "I. P.", AliasKind.ABBREVIATION)));
    private static final Actor STRANGER =
            new Actor(13, ActorKind.ORGANISATION, "Stranger Ltd", "", null, null, List.of());
    private static final Actor OTHER = new Actor(14, ActorKind.PERSON, "Other Person", "", null, null, List.of());

    private static final Relationship STATED = new Relationship(
            1,
            12,
            RelationshipType.MEMBER_OF,
            11,
            Y2020,
            null,
            "A private note on the link",
            new Passage(3, new TextSpan(0, 10)));
    private static final Relationship UNSTATED =
            new Relationship(2, 13, RelationshipType.OPPOSES, 14, null, null, "", null);

    private final DossierScope scope = DossierScope.of(
            DossierFixtures.document(),
            List.of(SHOWN_ACTOR_IN_CASE, PARTNER, STRANGER, OTHER),
            List.of(STATED, UNSTATED));

    @Test
    void theClaimsAreTheCardedOnesWithTheirEvidenceWithoutNotes() {
        assertThat(scope.claims()).containsExactly(CLAIM);
        assertThat(scope.evidence()).extracting(Evidence::id).containsExactly(71L, 72L, 73L);
        assertThat(scope.evidence()).extracting(Evidence::note).containsOnly("");
        assertThat(scope.evidence())
                .extracting(Evidence::stance)
                .containsExactly(Stance.SUPPORTS, Stance.REPORTS, Stance.DENIES);
    }

    @Test
    void theActorsAreTheProfiledInFullAndTheOthersNamedByNameAndKindOnly() {
        assertThat(scope.actors()).extracting(Actor::id).containsExactly(11L, 12L);
        Actor profiled = scope.actors().get(0);
        assertThat(profiled.notes()).isEqualTo(ACTOR.notes());
        assertThat(profiled.aliases()).isEqualTo(ACTOR.aliases());
        assertThat(profiled.activeFrom()).isNull();
        assertThat(scope.actors().get(1))
                .isEqualTo(new Actor(12, ActorKind.PERSON, "Ida Partner", "", null, null, List.of()));
    }

    @Test
    void theRelationshipsAreThoseAProfileStatesWithoutNoteOrPassage() {
        assertThat(scope.relationships())
                .containsExactly(new Relationship(1, 12, RelationshipType.MEMBER_OF, 11, Y2020, null, "", null));
    }

    @Test
    void theSourcesAreTheCitedOnesAndEachCardNamesItsOwn() {
        assertThat(scope.sources())
                .isEqualTo(Citations.of(DossierFixtures.document()).sources());
        assertThat(scope.sources()).extracting(SourceSummary::id).containsExactly(1L, 3L, 2L);
        assertThat(scope.sourcesQuotedFor(CLAIM.id()))
                .extracting(SourceSummary::id)
                .containsExactly(1L, 3L, 2L);
        assertThat(scope.sourcesQuotedFor(99)).isEmpty();
        assertThat(scope.citations().numbersOf(1)).containsExactly(1);
        assertThat(scope.citations().numbersOf(2)).containsExactly(3);
    }

    @Test
    void aCardWhoseEvidenceDoesNotMatchItsQuotesIsRefused() {
        DossierDocument.StanceGroup group = new DossierDocument.StanceGroup(
                Stance.SUPPORTS, "1 outlet, 1 article", List.of(DossierFixtures.SHIP_LEFT));
        Evidence elsewhere = DossierFixtures.evidence(1, CLAIM, DossierFixtures.WIRE_REPORT, Stance.SUPPORTS, null);

        assertThatThrownBy(() -> new DossierDocument.ClaimCard(CLAIM, List.of(), "", "", List.of(group), List.of()))
                .hasMessageContaining("1 quotes but 0 pieces of evidence");
        assertThatThrownBy(() ->
                        new DossierDocument.ClaimCard(CLAIM, List.of(), "", "", List.of(group), List.of(elsewhere)))
                .hasMessageContaining("is not the quote it stands beside");
    }
}
