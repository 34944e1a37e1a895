package org.opendossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorMerge;
import org.opendossier.model.AliasKind;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.ReviewState;
import org.opendossier.model.Source;
import org.opendossier.model.SourceActors;
import org.opendossier.model.TextSpan;

/** Actors through the real composition: tagging, re-scans, merge and split, search by actor. */
class ActorServiceTest {
    @TempDir
    Path tmp;

    private CaseSession session;
    private long harbour;
    private long courier;
    private long wire;

    @BeforeEach
    void createCase() throws Exception {
        session = EmbeddedCaseOpener.withDefaults().create(tmp.resolve("case"));
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        write(
                inbox,
                "harbour.txt",
                "Dredging deal questioned\n\nThe Varrow Maritime company denied the report."
                        + " Varrow's barges were seen at night. Col. Ines Marlow of the port police said so.");
        write(
                inbox,
                "courier.txt",
                "Permit suspended\n\nThe regulator suspended VARROW MARITIME's permit."
                        + " Colonel Ines\nMarlow confirmed it; Marlow spoke to reporters. Varrowville is a village.");
        write(
                inbox,
                "wire.txt",
                "Audit ordered\n\nThe council ordered an audit of the company VM and of the"
                        + " harbour board. The UNDP was not involved.");
        session.imports().importPaths(List.of(inbox), ImportListener.NONE, new CancelToken());
        Map<String, Long> ids =
                session.sources().list().stream().collect(Collectors.toMap(s -> s.title(), s -> s.id()));
        harbour = ids.get("Dredging deal questioned");
        courier = ids.get("Permit suspended");
        wire = ids.get("Audit ordered");
    }

    @AfterEach
    void closeCase() throws Exception {
        session.close();
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ActorService actors() {
        return session.actors();
    }

    private List<String> mentionedWords(long actorId) throws Exception {
        return actors().mentionsOf(actorId).stream()
                .map(MentionInContext::words)
                .toList();
    }

    private Source source(long id) throws Exception {
        return session.sources().details(id).orElseThrow().source();
    }

    @Test
    void tagging_words_finds_them_in_every_source() throws Exception {
        String text = source(harbour).text();
        int start = text.indexOf("Varrow Maritime");
        Mention tagged = actors().tagAsNew(
                        harbour,
                        new TextSpan(start, start + "Varrow Maritime".length()),
                        ActorKind.ORGANISATION,
                        "Varrow");
        actors().mentionsUpToDate();

        Actor varrow = actors().find(tagged.actorId()).orElseThrow();
        assertThat(varrow.names()).containsExactly("Varrow", "Varrow Maritime");
        assertThat(mentionedWords(varrow.id()))
                .containsExactlyInAnyOrder("Varrow Maritime", "Varrow", "VARROW MARITIME");
        assertThat(actors().mentionsIn(harbour))
                .filteredOn(m -> m.origin() == MentionOrigin.TAGGED)
                .singleElement()
                .satisfies(m -> assertThat(m.review()).isEqualTo(ReviewState.CONFIRMED));
        assertThat(actors().mentionsIn(courier)).extracting(Mention::actorId).containsOnly(varrow.id());
        assertThat(mentionedWords(varrow.id())).doesNotContain("Varrowville");
    }

    @Test
    void aliasChangesRescanEverySourceAndTitlesAndLineBreaksAreHandled() throws Exception {
        Actor marlow = actors().create(ActorKind.PERSON, "Ines Marlow", "");
        actors().mentionsUpToDate();
        assertThat(mentionedWords(marlow.id())).containsExactlyInAnyOrder("Ines Marlow", "Ines\nMarlow");
        var alias = actors().addAlias(marlow.id(), "Marlow", AliasKind.ALIAS);
        actors().mentionsUpToDate();
        assertThat(mentionedWords(marlow.id())).hasSize(3);
        actors().removeAlias(alias.id());
        actors().mentionsUpToDate();
        assertThat(mentionedWords(marlow.id())).hasSize(2);
        assertThat(actors().mentions().isStale()).isFalse();
    }

    @Test
    void waitingForQueuedRescansSaysWhetherOneEndedAndTheLibrarySeesItsMentions() throws Exception {
        assertThat(actors().awaitQueuedRescans())
                .as("nothing was re-scanned since the case opened")
                .isFalse();

        Actor varrow = actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");

        assertThat(actors().awaitQueuedRescans()).isTrue();
        SourceActors found = session.sources().mentionedActors();
        java.util.Set<Long> mentioning = new java.util.HashSet<>();
        for (int i = 0; i < found.pairs(); i++) {
            assertThat(found.actorIds()[i]).isEqualTo(varrow.id());
            mentioning.add(found.sourceIds()[i]);
        }
        assertThat(mentioning).containsExactlyInAnyOrder(harbour, courier);
        assertThat(found.names()).containsExactly(Map.entry(varrow.id(), "Varrow Maritime"));
    }

    @Test
    void shortAcronymsMatchOnlyAsWholeUpperCaseWords() throws Exception {
        Actor vm = actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");
        actors().addAlias(vm.id(), "VM", AliasKind.ABBREVIATION);
        Actor un = actors().create(ActorKind.ORGANISATION, "United Nations", "");
        actors().addAlias(un.id(), "UN", AliasKind.ABBREVIATION);
        actors().mentionsUpToDate();
        assertThat(actors().mentionsIn(wire)).extracting(Mention::actorId).containsExactly(vm.id());
    }

    @Test
    void mergeMovesEverythingAndUndoPutsItBack() throws Exception {
        Actor full = actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");
        Actor shortName = actors().create(ActorKind.ORGANISATION, "VM", "the abbreviation");
        Actor council = actors().create(ActorKind.ORGANISATION, "Port Council", "");
        actors().addRelationship(new Relationship(
                0, council.id(), RelationshipType.OPPOSES, shortName.id(), null, null, "", null));
        actors().mentionsUpToDate();
        List<Mention> before = actors().mentionsOf(shortName.id()).stream()
                .map(MentionInContext::mention)
                .toList();
        assertThat(before).hasSize(1);

        ActorMerge merge = actors().merge(full.id(), shortName.id());
        actors().mentionsUpToDate();
        assertThat(actors().find(shortName.id())).isEmpty();
        assertThat(actors().find(full.id()).orElseThrow().names()).containsExactly("Varrow Maritime", "VM");
        assertThat(mentionedWords(full.id())).contains("VM");
        assertThat(actors().relationships()).singleElement().satisfies(r -> assertThat(r.toActorId())
                .isEqualTo(full.id()));

        actors().undoMerge(merge);
        actors().mentionsUpToDate();
        assertThat(actors().find(shortName.id()).orElseThrow().notes()).isEqualTo("the abbreviation");
        assertThat(actors().find(full.id()).orElseThrow().names()).containsExactly("Varrow Maritime");
        assertThat(actors().mentionsOf(shortName.id()))
                .extracting(m -> m.mention().span())
                .containsExactlyElementsOf(before.stream().map(Mention::span).toList());
        assertThat(actors().relationships()).singleElement().satisfies(r -> assertThat(r.toActorId())
                .isEqualTo(shortName.id()));
    }

    @Test
    void splittingAnAliasTakesItsMentionsAlong() throws Exception {
        Actor varrow = actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");
        var vm = actors().addAlias(varrow.id(), "VM", AliasKind.ABBREVIATION);
        actors().mentionsUpToDate();
        Actor split = actors().splitAlias(vm.id());
        actors().mentionsUpToDate();
        assertThat(split.name()).isEqualTo("VM");
        assertThat(mentionedWords(split.id())).containsExactly("VM");
        assertThat(mentionedWords(varrow.id())).doesNotContain("VM");
    }

    @Test
    void rejectedMentionsStayRejectedThroughRescans() throws Exception {
        Actor varrow = actors().create(ActorKind.ORGANISATION, "Varrow", "");
        actors().mentionsUpToDate();
        // The possessive one: adding "Varrow Maritime" below lengthens the others, which makes them new spans.
        MentionInContext first = actors().mentionsOf(varrow.id()).stream()
                .filter(m -> m.after().startsWith("'s barges"))
                .findFirst()
                .orElseThrow();
        actors().review(first.mention().id(), ReviewState.REJECTED);
        actors().addAlias(varrow.id(), "Varrow Maritime", AliasKind.ALIAS);
        actors().addAlias(varrow.id(), "Ships", AliasKind.MISSPELLING);
        actors().mentionsUpToDate();
        assertThat(actors().mentionsOf(varrow.id()))
                .filteredOn(m -> m.mention().span().equals(first.mention().span()))
                .extracting(m -> m.mention().review())
                .containsOnly(ReviewState.REJECTED);
        assertThat(actors().list())
                .filteredOn(l -> l.actor().id() == varrow.id())
                .singleElement()
                .satisfies(l -> assertThat(l.mentions())
                        .isEqualTo(actors().mentionsOf(varrow.id()).size() - 1));
    }

    @Test
    void searchByActorFindsAnyOfItsNames() throws Exception {
        Actor varrow = actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");
        actors().addAlias(varrow.id(), "VM", AliasKind.ABBREVIATION);
        List<Long> found = session.search().search("actor:\"varrow maritime\"", 10).hits().stream()
                .map(h -> h.id())
                .toList();
        assertThat(found).containsExactlyInAnyOrder(harbour, courier, wire);
        Actor marlow = actors().create(ActorKind.PERSON, "Ines Marlow", "");
        actors().mentionsUpToDate();
        var facets = session.search().search("barges OR audit OR permit", 1).facets();
        assertThat(facets.get("actor")).containsExactly(Map.entry("Varrow Maritime", 3L), Map.entry("Ines Marlow", 2L));
        assertThat(marlow.id()).isPositive();
        assertThatThrownBy(() -> session.search().search("actor:\"Nobody Here\"", 10))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("No actor goes by \"Nobody Here\"");
    }

    @Test
    void importedSourcesAreMatchedAsTheyArrive() throws Exception {
        Actor marlow = actors().create(ActorKind.PERSON, "Ines Marlow", "");
        actors().update(marlow.id(), ActorKind.PERSON, "Ines Marlow", "", PartialDate.parse("2019"), null);
        actors().mentionsUpToDate();
        Path more = Files.createDirectories(tmp.resolve("more"));
        write(more, "late.txt", "Late story\n\nInes Marlow resigned from the port police.");
        session.imports().importPaths(List.of(more), ImportListener.NONE, new CancelToken());
        long late = session.sources().list().stream()
                .filter(s -> s.title().equals("Late story"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(actors().mentionsIn(late)).extracting(Mention::actorId).containsExactly(marlow.id());
    }

    @Test
    void refusesDuplicateNamesAndEmptyOnes() throws Exception {
        Actor varrow = actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");
        assertThatThrownBy(() -> actors().create(ActorKind.OTHER, "varrow  maritime", ""))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("already an actor named");
        assertThatThrownBy(() -> actors().addAlias(varrow.id(), "VARROW MARITIME", AliasKind.ALIAS))
                .hasMessageContaining("already goes by");
        assertThatThrownBy(() -> actors().create(ActorKind.OTHER, "  ", "")).hasMessageContaining("cannot be empty");
        actors().addAlias(varrow.id(), "VM", AliasKind.ABBREVIATION);
        assertThatThrownBy(() -> actors().create(ActorKind.ORGANISATION, "vm", ""))
                .hasMessageContaining("Varrow Maritime (#" + varrow.id() + ") already goes by \"vm\"");
        String text = source(wire).text();
        int at = text.indexOf("VM");
        assertThatThrownBy(() -> actors().tagAsNew(wire, new TextSpan(at, at + 2), ActorKind.OTHER, "VM"))
                .hasMessageContaining("already goes by");
        assertThat(actors().list()).hasSize(1);
    }
}
