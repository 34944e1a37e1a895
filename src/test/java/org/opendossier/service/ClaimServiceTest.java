package org.opendossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimRelationType;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Evidence;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;

/** Claims and evidence through the real composition: quoting, counting outlets, warnings, undo and redo. */
class ClaimServiceTest {
    private static final String ACCUSATION = "soldiers burned the granary at Oskel";

    @TempDir
    Path tmp;

    private CaseSession session;
    private Map<String, Long> sources;
    private long army;
    private long monitors;

    @BeforeEach
    void createCase() throws Exception {
        session = EmbeddedCaseOpener.withDefaults().create(tmp.resolve("case"));
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        page(inbox, "a.html", "Valley Post", "Granary burned", "Witnesses say " + ACCUSATION + " in May.");
        page(inbox, "b.html", "Valley Post", "Granary follow-up", "Monitors repeat that " + ACCUSATION + ".");
        page(inbox, "c.html", "Ridge Herald", "Army responds", "The army said no soldiers were near Oskel.");
        page(inbox, "d.html", "Ridge Herald", "Monitors report", "The monitors wrote that " + ACCUSATION + ".");
        session.imports().importPaths(List.of(inbox), ImportListener.NONE, new CancelToken());
        sources = session.sources().list().stream().collect(Collectors.toMap(s -> s.title(), s -> s.id()));
        army = session.actors()
                .create(ActorKind.ORGANISATION, "Valley Army", "")
                .id();
        monitors = session.actors()
                .create(ActorKind.ORGANISATION, "Ceasefire Monitors", "")
                .id();
    }

    @AfterEach
    void closeCase() throws Exception {
        session.close();
    }

    private static void page(Path dir, String name, String outlet, String title, String body) throws Exception {
        String html = "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + outlet
                + "\"></head><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
        Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }

    private ClaimService claims() {
        return session.claims();
    }

    private TextSpan span(String title, String words) throws Exception {
        Source s = session.sources().details(sources.get(title)).orElseThrow().source();
        int at = s.text().indexOf(words);
        assertThat(at).as("\"%s\" in %s", words, title).isNotNegative();
        return new TextSpan(at, at + words.length());
    }

    private Evidence quote(long claim, String title, String words, Stance stance, Long speaker) throws Exception {
        return claims().addEvidence(claim, sources.get(title), span(title, words), stance, speaker, "");
    }

    @Test
    void evidenceIsCountedByIndependentOutletAndByArticle() throws Exception {
        Claim claim = claims().create(Claim.draft("Soldiers burned the Oskel granary")
                .withEventDate(PartialDate.parse("2024-05"))
                .withSubjects(List.of(army)));
        quote(claim.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        quote(claim.id(), "Granary follow-up", ACCUSATION, Stance.REPORTS, monitors);
        quote(claim.id(), "Monitors report", ACCUSATION, Stance.REPORTS, monitors);
        quote(claim.id(), "Army responds", "no soldiers were near Oskel", Stance.DENIES, army);

        ClaimListing listing = claims().listing(claim.id()).orElseThrow();
        assertThat(listing.backing()).isEqualTo(new Tally(2, 3));
        assertThat(listing.backing().describe()).isEqualTo("2 outlets, 3 articles");
        assertThat(listing.tally(Stance.REPORTS)).isEqualTo(new Tally(2, 2));
        assertThat(listing.contesting()).isEqualTo(new Tally(1, 1));
        assertThat(listing.warnings()).containsExactly(ClaimWarning.DISPUTED_BY_SUBJECT);

        Map<Stance, List<QuotedEvidence>> grouped = claims().evidenceOf(claim.id());
        assertThat(grouped.keySet()).containsExactly(Stance.SUPPORTS, Stance.REPORTS, Stance.DENIES);
        QuotedEvidence denial = grouped.get(Stance.DENIES).get(0);
        assertThat(denial.speaker()).isEqualTo("Valley Army");
        assertThat(denial.evidence().quote()).isEqualTo("no soldiers were near Oskel");
        assertThat(denial.before()).endsWith("The army said ");
        assertThat(denial.source().outlet()).isEqualTo("Ridge Herald");
    }

    @Test
    void copiesOfOneWireStoryOnTwoSitesCountAsOneOutlet() throws Exception {
        String wire = "OSKEL, May 4 (Plains Wire) - Fire destroyed the main granary at Oskel on Saturday night, and"
                + " villagers said soldiers from a nearby camp had set it alight after a dispute over grain"
                + " deliveries. The granary held about three hundred tonnes of wheat, according to the village"
                + " council, which said the loss would leave some two thousand people short of food before the"
                + " harvest. A spokesman for the regional command said troops had been sent to help put out the"
                + " fire and rejected any suggestion that soldiers had started it. Ceasefire monitors said they"
                + " would visit the site on Monday and asked both sides to preserve any evidence.";
        Path inbox = Files.createDirectories(tmp.resolve("wire"));
        page(inbox, "w1.html", "Lake Times", "Granary fire at Oskel", wire + " Lake Times readers can send tips.");
        page(inbox, "w2.html", "River Daily", "Oskel granary destroyed", "From our wire service. " + wire);
        session.imports().importPaths(List.of(inbox), ImportListener.NONE, new CancelToken());
        sources = session.sources().list().stream().collect(Collectors.toMap(s -> s.title(), s -> s.id()));

        Claim claim = claims().create(Claim.draft("Soldiers burned the Oskel granary"));
        String words = "villagers said soldiers from a nearby camp had set it alight";
        quote(claim.id(), "Granary fire at Oskel", words, Stance.REPORTS, null);
        quote(claim.id(), "Oskel granary destroyed", words, Stance.REPORTS, null);
        ClaimListing copies = claims().listing(claim.id()).orElseThrow();
        assertThat(copies.backing()).isEqualTo(new Tally(1, 2));
        assertThat(copies.warnings()).containsExactly(ClaimWarning.ONE_STORY);

        quote(claim.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        assertThat(claims().listing(claim.id()).orElseThrow().backing()).isEqualTo(new Tally(2, 3));
        var columns = claims().matrix().columns();
        assertThat(columns).hasSize(3);
        assertThat(columns.stream().map(c -> c.outletGroup()).distinct()).hasSize(2);
    }

    @Test
    void warningsNameUnsourcedSingleSourceAndOneOutletClaims() throws Exception {
        Claim none = claims().create(Claim.draft("Nobody has written this yet"));
        Claim single = claims().create(Claim.draft("The granary burned"));
        quote(single.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        Claim oneOutlet = claims().create(Claim.draft("The Valley Post says the granary burned"));
        quote(oneOutlet.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        quote(oneOutlet.id(), "Granary follow-up", ACCUSATION, Stance.SUPPORTS, null);

        Map<Long, List<ClaimWarning>> warnings =
                claims().list().stream().collect(Collectors.toMap(l -> l.claim().id(), ClaimListing::warnings));
        assertThat(warnings.get(none.id())).containsExactly(ClaimWarning.UNSOURCED);
        assertThat(warnings.get(single.id())).containsExactly(ClaimWarning.SINGLE_SOURCE);
        assertThat(warnings.get(oneOutlet.id())).containsExactly(ClaimWarning.ONE_STORY);
    }

    @Test
    void everyEditCanBeUndoneAndRedoneInOrder() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        claims().onChange(heard::incrementAndGet);
        Evidence first = claims().createWithEvidence(
                        Claim.draft("The granary burned"),
                        sources.get("Granary burned"),
                        span("Granary burned", ACCUSATION),
                        Stance.SUPPORTS,
                        null,
                        "");
        long id = first.claimId();
        claims().update(claims().find(id).orElseThrow().withStatus(ClaimStatus.DISPUTED));
        Evidence denial = quote(id, "Army responds", "no soldiers were near Oskel", Stance.DISPUTES, army);
        claims().updateEvidence(denial.withStance(Stance.DENIES).withNote("press office"));
        Claim other = claims().create(Claim.draft("No soldiers were near Oskel"));
        claims().relate(other.id(), ClaimRelationType.DENIES, id);
        assertThat(heard).hasValue(6);
        assertThat(claims().undoLabel()).contains("relate claims");

        claims().undo(); // relation
        assertThat(claims().relations()).isEmpty();
        claims().undo(); // other claim
        assertThat(claims().find(other.id())).isEmpty();
        claims().undo(); // stance change
        assertThat(claims().evidenceOf(id).get(Stance.DISPUTES)).hasSize(1);
        claims().undo(); // denial
        assertThat(claims().evidenceOf(id)).containsOnlyKeys(Stance.SUPPORTS);
        claims().undo(); // status
        assertThat(claims().find(id).orElseThrow().status()).isEqualTo(ClaimStatus.UNVERIFIED);
        claims().undo(); // claim with its first quote
        assertThat(claims().list()).isEmpty();
        assertThat(claims().undo()).isFalse();

        for (int i = 0; i < 6; i++) {
            assertThat(claims().redo()).isTrue();
        }
        assertThat(claims().redo()).isFalse();
        assertThat(claims().find(id).orElseThrow().status()).isEqualTo(ClaimStatus.DISPUTED);
        Evidence back = claims().evidenceOf(id).get(Stance.DENIES).get(0).evidence();
        assertThat(back.id()).isEqualTo(denial.id());
        assertThat(back.note()).isEqualTo("press office");
        assertThat(claims().relations()).singleElement().satisfies(r -> {
            assertThat(r.fromClaimId()).isEqualTo(other.id());
            assertThat(r.toClaimId()).isEqualTo(id);
        });

        claims().undo();
        claims().create(Claim.draft("A new edit clears what could be redone"));
        assertThat(claims().redoLabel()).isEmpty();
    }

    @Test
    void deletingAClaimIsUndoneWithItsEvidenceAndTheRelationsOfOtherClaims() throws Exception {
        Claim accusation = claims().create(Claim.draft("The granary burned"));
        Claim denial = claims().create(Claim.draft("No soldiers were there"));
        quote(accusation.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        claims().relate(denial.id(), ClaimRelationType.DENIES, accusation.id());

        claims().delete(accusation.id());
        assertThat(claims().relations()).isEmpty();
        claims().undo();
        assertThat(claims().evidenceOf(accusation.id()).get(Stance.SUPPORTS)).hasSize(1);
        assertThat(claims().relations()).hasSize(1);
    }

    @Test
    void quotesArePlacedAgainWhenTheirSourceTextChangesAndOrphansAreKept() throws Exception {
        Claim claim = claims().create(Claim.draft("Soldiers burned the Oskel granary"));
        Evidence moved = quote(claim.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        Evidence gone = quote(claim.id(), "Army responds", "no soldiers were near Oskel", Stance.DENIES, army);
        session.close();

        // As a migration or a better extractor would: new texts under the same sources.
        Path db = tmp.resolve("case/case.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var st = c.prepareStatement("UPDATE source SET text = ?, text_sha256 = ? WHERE id = ?")) {
            String longer = "Granary burned\n\nUpdated at noon. Witnesses now say " + ACCUSATION + " in May.";
            st.setString(1, longer);
            st.setString(2, org.opendossier.model.Sha256.hex(longer));
            st.setLong(3, moved.sourceId());
            st.executeUpdate();
            String rewritten = "Army responds\n\nThe army declined to comment.";
            st.setString(1, rewritten);
            st.setString(2, org.opendossier.model.Sha256.hex(rewritten));
            st.setLong(3, gone.sourceId());
            st.executeUpdate();
        }
        session = EmbeddedCaseOpener.withDefaults().open(tmp.resolve("case"));

        Map<Stance, List<QuotedEvidence>> after = claims().evidenceOf(claim.id());
        Evidence placed = after.get(Stance.SUPPORTS).get(0).evidence();
        assertThat(placed.state()).isEqualTo(org.opendossier.model.AnchorState.REANCHORED);
        assertThat(placed.quote()).isEqualTo(ACCUSATION);
        assertThat(placed.span().start()).isGreaterThan(moved.span().start());
        Evidence orphan = after.get(Stance.DENIES).get(0).evidence();
        assertThat(orphan.state()).isEqualTo(org.opendossier.model.AnchorState.ORPHANED);
        assertThat(orphan.quote()).isEqualTo("no soldiers were near Oskel");
        assertThat(claims().listing(claim.id()).orElseThrow().warnings()).contains(ClaimWarning.ORPHANED_EVIDENCE);
        assertThat(claims().reanchor().checked()).isZero();
    }

    @Test
    void badQuotesAreRefusedWithAReason() throws Exception {
        Claim claim = claims().create(Claim.draft("The granary burned"));
        long source = sources.get("Granary burned");
        assertThatThrownBy(() ->
                        claims().addEvidence(claim.id(), source, new TextSpan(0, 100_000), Stance.SUPPORTS, null, ""))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("is not in source");
        quote(claim.id(), "Granary burned", ACCUSATION, Stance.SUPPORTS, null);
        assertThatThrownBy(() -> quote(claim.id(), "Granary burned", ACCUSATION, Stance.REPORTS, null))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("already evidence");
        assertThatThrownBy(() -> claims().addEvidence(999, source, new TextSpan(0, 3), Stance.SUPPORTS, null, ""))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("no claim 999");
        assertThatThrownBy(() -> claims().relate(claim.id(), ClaimRelationType.DENIES, claim.id()))
                .isInstanceOf(CaseException.class);
    }

    @Test
    void mergingActorsMovesClaimantsAndSpeakersAndUndoingPutsThemBack() throws Exception {
        Actor alias = session.actors().create(ActorKind.ORGANISATION, "Army of the Valley", "");
        Claim claim = claims().create(Claim.draft("The granary burned").withSubjects(List.of(alias.id(), army)));
        quote(claim.id(), "Army responds", "no soldiers were near Oskel", Stance.DENIES, alias.id());

        var merge = session.actors().merge(army, alias.id());
        assertThat(claims().find(claim.id()).orElseThrow().subjectIds()).containsExactly(army);
        assertThat(claims().evidenceOf(claim.id())
                        .get(Stance.DENIES)
                        .get(0)
                        .evidence()
                        .speakerId())
                .isEqualTo(army);

        session.actors().undoMerge(merge);
        assertThat(claims().find(claim.id()).orElseThrow().subjectIds()).containsExactly(alias.id(), army);
        assertThat(claims().evidenceOf(claim.id())
                        .get(Stance.DENIES)
                        .get(0)
                        .evidence()
                        .speakerId())
                .isEqualTo(alias.id());
    }
}
