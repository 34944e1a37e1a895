package org.opendossier.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.ActorKind;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRecord;
import org.opendossier.model.ClaimRelation;
import org.opendossier.model.ClaimRelationType;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Evidence;
import org.opendossier.model.PartialDate;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.store.StoreException;

class SqliteClaimRepositoryTest {
    private static final String TEXT = "The ministry said on Monday that no shots were fired at the Tarrow crossing.";

    @TempDir
    Path dir;

    private SqliteCaseStore store;
    private Source source;
    private long ministry;
    private long crossing;

    @BeforeEach
    void create() throws Exception {
        store = SqliteCaseStore.create(dir.resolve("case.db"));
        long id = store.write(tx ->
                tx.sources().insert(SqliteCaseStoreTest.source(TEXT), SqliteCaseStoreTest.acquisition("/in/a.txt")));
        source = store.read(tx -> tx.sources().find(id)).orElseThrow();
        ministry = store.write(tx -> tx.actors().create(ActorKind.ORGANISATION, "Interior Ministry", ""));
        crossing = store.write(tx -> tx.actors().create(ActorKind.PLACE, "Tarrow crossing", ""));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private Evidence quote(long claim, String words, Stance stance) {
        int start = TEXT.indexOf(words);
        QuoteAnchor anchor = QuoteAnchor.of(source, new TextSpan(start, start + words.length()));
        return new Evidence(0, claim, source.id(), stance, ministry, "", anchor, AnchorState.ANCHORED);
    }

    @Test
    void aClaimKeepsItsFieldsActorsAndTagsInOrder() throws Exception {
        Claim draft = Claim.draft("  No shots were fired at the crossing  ")
                .withStatus(ClaimStatus.DISPUTED)
                .withEventDate(PartialDate.parse("2023-05"))
                .withClaimants(List.of(ministry))
                .withSubjects(List.of(crossing, ministry))
                .withTags(List.of("shooting", "border", " "))
                .withNotes("check against the video");
        long id = store.write(tx -> tx.claims().create(draft));

        Claim stored = store.read(tx -> tx.claims().find(id)).orElseThrow();
        assertThat(stored.statement()).isEqualTo("No shots were fired at the crossing");
        assertThat(stored.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(stored.eventDate()).isEqualTo(PartialDate.parse("2023-05"));
        assertThat(stored.claimantIds()).containsExactly(ministry);
        assertThat(stored.subjectIds()).containsExactly(crossing, ministry);
        assertThat(stored.tags()).containsExactly("shooting", "border");
        assertThat(stored.notes()).isEqualTo("check against the video");
        assertThat(stored.createdAt()).isNotNull();

        store.write(tx -> {
            tx.claims().update(stored.withTags(List.of("border")).withSubjects(List.of()));
            return null;
        });
        Claim changed = store.read(tx -> tx.claims().list()).get(0);
        assertThat(changed.tags()).containsExactly("border");
        assertThat(changed.subjectIds()).isEmpty();
        assertThat(changed.claimantIds()).containsExactly(ministry);
    }

    @Test
    void evidenceKeepsItsQuoteWithContextOffsetsAndTextHash() throws Exception {
        long claim = store.write(tx -> tx.claims().create(Claim.draft("No shots were fired")));
        long id = store.write(tx -> tx.claims().addEvidence(quote(claim, "no shots were fired", Stance.DENIES)));

        Evidence e = store.read(tx -> tx.claims().findEvidence(id)).orElseThrow();
        assertThat(e.quote()).isEqualTo("no shots were fired");
        assertThat(e.anchor().quote().prefix())
                .isEqualTo("he ministry said on Monday that ")
                .hasSize(32);
        assertThat(e.anchor().quote().suffix()).isEqualTo(" at the Tarrow crossing.");
        assertThat(e.anchor().textSha256()).isEqualTo(source.textSha256());
        assertThat(e.stance()).isEqualTo(Stance.DENIES);
        assertThat(e.speakerId()).isEqualTo(ministry);
        assertThat(store.<List<Evidence>>read(tx -> tx.claims().evidenceIn(source.id())))
                .containsExactly(e);
        assertThat(store.<List<Long>>read(tx -> tx.claims().claimsInvolving(ministry)))
                .containsExactly(claim);

        store.write(tx -> {
            tx.claims().updateEvidence(e.withStance(Stance.REPORTS).withSpeaker(null));
            return null;
        });
        Evidence changed = store.read(tx -> tx.claims().evidenceOf(claim)).get(0);
        assertThat(changed.stance()).isEqualTo(Stance.REPORTS);
        assertThat(changed.speakerId()).isNull();
    }

    @Test
    void deletingAnActorLeavesTheEvidenceWithoutASpeaker() throws Exception {
        long claim = store.write(tx -> tx.claims().create(Claim.draft("x").withClaimants(List.of(ministry))));
        store.write(tx -> tx.claims().addEvidence(quote(claim, "no shots", Stance.DENIES)));
        store.write(tx -> {
            tx.actors().delete(ministry);
            return null;
        });
        assertThat(store.read(tx -> tx.claims().evidenceOf(claim)).get(0).speakerId())
                .isNull();
        assertThat(store.read(tx -> tx.claims().find(claim)).orElseThrow().claimantIds())
                .isEmpty();
    }

    @Test
    void aRecordPutsBackADeletedClaimWithItsEvidenceAndRelations() throws Exception {
        long accusation = store.write(tx -> tx.claims().create(Claim.draft("Shots were fired at the crossing")));
        long denial = store.write(tx -> tx.claims().create(Claim.draft("No shots were fired")));
        store.write(tx -> tx.claims().addEvidence(quote(denial, "no shots were fired", Stance.DENIES)));
        store.write(tx -> tx.claims().relate(new ClaimRelation(0, denial, ClaimRelationType.DENIES, accusation)));
        ClaimRecord before = store.read(tx -> tx.claims().record(denial)).orElseThrow();

        store.write(tx -> {
            tx.claims().delete(denial);
            return null;
        });
        assertThat(store.<List<ClaimRelation>>read(tx -> tx.claims().relations()))
                .isEmpty();
        assertThat(store.<List<Evidence>>read(tx -> tx.claims().allEvidence())).isEmpty();

        store.write(tx -> {
            tx.claims().restore(denial, before);
            return null;
        });
        assertThat(store.read(tx -> tx.claims().record(denial)).orElseThrow()).isEqualTo(before);
        assertThat(store.<List<ClaimRelation>>read(tx -> tx.claims().relations()))
                .hasSize(1);

        store.write(tx -> {
            tx.claims().restore(denial, null);
            return null;
        });
        assertThat(store.<java.util.Optional<Claim>>read(tx -> tx.claims().find(denial)))
                .isEmpty();
    }

    @Test
    void sameRelationTwiceAndSelfRelationAreRefused() throws Exception {
        long a = store.write(tx -> tx.claims().create(Claim.draft("a")));
        long b = store.write(tx -> tx.claims().create(Claim.draft("b")));
        store.write(tx -> tx.claims().relate(new ClaimRelation(0, a, ClaimRelationType.UPDATES, b)));
        assertThatThrownBy(() ->
                        store.write(tx -> tx.claims().relate(new ClaimRelation(0, a, ClaimRelationType.UPDATES, b))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("may exist already");
        assertThatThrownBy(() -> new ClaimRelation(0, a, ClaimRelationType.UPDATES, a))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingEvidenceIsReportedAndExistingKeepsOnlyStoredClaims() throws Exception {
        long claim = store.write(tx -> tx.claims().create(Claim.draft("x")));
        store.write(tx -> tx.claims().addEvidence(quote(claim, "Monday", Stance.MENTIONS)));
        assertThatThrownBy(() -> store.write(tx -> {
                    tx.claims().removeEvidence(-1);
                    return null;
                }))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("there is no evidence -1");
        assertThat(store.<List<Long>>read(tx -> tx.claims().existing(List.of(claim, 999L))))
                .containsExactly(claim);
    }
}
