package org.opendossier.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.AliasKind;
import org.opendossier.model.Mention;
import org.opendossier.model.MentionOrigin;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Passage;
import org.opendossier.model.Relationship;
import org.opendossier.model.RelationshipType;
import org.opendossier.model.ReviewState;
import org.opendossier.model.SourceActors;
import org.opendossier.model.TextSpan;
import org.opendossier.store.StoreException;

class SqliteActorRepositoryTest {
    @TempDir
    Path dir;

    private SqliteCaseStore store;
    private long source;

    @BeforeEach
    void create() throws Exception {
        store = SqliteCaseStore.create(dir.resolve("case.db"));
        source = store.write(tx -> tx.sources()
                .insert(
                        SqliteCaseStoreTest.source("The Harbour Board met the Varrow Maritime board."),
                        SqliteCaseStoreTest.acquisition("/in/a.txt")));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static Mention matched(long source, long actor, int start, int end, String alias) {
        return new Mention(
                0, source, actor, new TextSpan(start, end), alias, MentionOrigin.MATCHED, ReviewState.UNREVIEWED);
    }

    @Test
    void actorsKeepTheirNamesAliasesAndDates() throws Exception {
        long id = store.write(tx -> {
            long a = tx.actors().create(ActorKind.ORGANISATION, "  Varrow Maritime  ", "a shipping firm");
            tx.actors().addAlias(a, "Varrow", AliasKind.ALIAS);
            tx.actors().addAlias(a, "VM", AliasKind.ABBREVIATION);
            tx.actors()
                    .update(
                            a,
                            ActorKind.ORGANISATION,
                            "Varrow Maritime Ltd",
                            "renamed",
                            PartialDate.parse("2019-04"),
                            null);
            return a;
        });
        Actor actor = store.read(tx -> tx.actors().find(id)).orElseThrow();
        assertThat(actor.name()).isEqualTo("Varrow Maritime Ltd");
        assertThat(actor.notes()).isEqualTo("renamed");
        assertThat(actor.activeFrom()).isEqualTo(PartialDate.parse("2019-04"));
        assertThat(actor.activeTo()).isNull();
        assertThat(actor.names()).containsExactly("Varrow Maritime Ltd", "Varrow", "VM");
        assertThatThrownBy(() -> store.write(tx -> tx.actors().addAlias(id, "Varrow", AliasKind.MISSPELLING)))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void rescanningKeepsReviewsAndTagsAndDropsWhatNoLongerMatches() throws Exception {
        long actor = store.write(tx -> tx.actors().create(ActorKind.ORGANISATION, "Varrow Maritime", ""));
        store.write(tx -> {
            tx.actors()
                    .replaceMatched(
                            source,
                            List.of(
                                    matched(source, actor, 26, 41, "Varrow Maritime"),
                                    matched(source, actor, 4, 17, "Harbour Board")));
            tx.actors()
                    .addMention(new Mention(
                            0,
                            source,
                            actor,
                            new TextSpan(42, 47),
                            "board",
                            MentionOrigin.TAGGED,
                            ReviewState.CONFIRMED));
            return null;
        });
        long rejected = store.read(tx -> tx.actors().mentionsIn(source)).stream()
                .filter(m -> m.span().start() == 26)
                .findFirst()
                .orElseThrow()
                .id();
        store.write(tx -> {
            tx.actors().review(rejected, ReviewState.REJECTED);
            return null;
        });

        store.write(tx -> {
            tx.actors()
                    .replaceMatched(
                            source,
                            List.of(
                                    matched(source, actor, 26, 41, "Varrow Maritime"),
                                    matched(source, actor, 42, 47, "board")));
            return null;
        });

        List<Mention> after = store.read(tx -> tx.actors().mentionsIn(source));
        assertThat(after)
                .extracting(m -> m.span().start(), Mention::origin, Mention::review)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(26, MentionOrigin.MATCHED, ReviewState.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(42, MentionOrigin.TAGGED, ReviewState.CONFIRMED));
        assertThat(after.getFirst().id()).isEqualTo(rejected);
        assertThat(store.read(tx -> tx.actors().mentionCounts()).get(actor))
                .isEqualTo(new org.opendossier.store.ActorRepository.MentionCount(1, 1));
    }

    @Test
    void sourceActorsPairEachSourceWithTheActorsItMentionsLeavingRejectedMentionsOut() throws Exception {
        long other = store.write(tx -> tx.sources()
                .insert(
                        SqliteCaseStoreTest.source("Harbour Board minutes, with the Port Kessling pilots."),
                        SqliteCaseStoreTest.acquisition("/in/b.txt")));
        long[] ids = store.write(tx -> {
            long board = tx.actors().create(ActorKind.ORGANISATION, "Harbour Board", "");
            long varrow = tx.actors().create(ActorKind.ORGANISATION, "Varrow Maritime", "");
            long port = tx.actors().create(ActorKind.PLACE, "Port Kessling", "");
            long nobody = tx.actors().create(ActorKind.PERSON, "Ilse Brandt", "");
            tx.actors()
                    .replaceMatched(
                            source,
                            List.of(
                                    matched(source, board, 4, 16, "Harbour Board"),
                                    matched(source, varrow, 25, 40, "Varrow Maritime")));
            tx.actors().replaceMatched(other, List.of(matched(other, board, 0, 13, "Harbour Board")));
            long wrong = tx.actors().addMention(matched(other, varrow, 14, 21, "minutes"));
            tx.actors().review(wrong, ReviewState.REJECTED);
            tx.actors()
                    .addMention(new Mention(
                            0,
                            other,
                            port,
                            new TextSpan(32, 45),
                            "Port Kessling",
                            MentionOrigin.TAGGED,
                            ReviewState.CONFIRMED));
            return new long[] {board, varrow, port, nobody};
        });
        // a second mention of the same actor in a source, and a rejected one beside a kept one
        store.write(tx -> {
            tx.actors().addMention(matched(source, ids[0], 30, 35, "Board"));
            long rejected = tx.actors().addMention(matched(source, ids[1], 0, 3, "The"));
            tx.actors().review(rejected, ReviewState.REJECTED);
            return null;
        });

        SourceActors found = store.read(tx -> tx.actors().sourceActors());

        java.util.Set<List<Long>> pairs = new java.util.HashSet<>();
        for (int i = 0; i < found.pairs(); i++) {
            pairs.add(List.of(found.sourceIds()[i], found.actorIds()[i]));
        }
        assertThat(pairs)
                .containsExactlyInAnyOrder(
                        List.of(source, ids[0]),
                        List.of(source, ids[1]),
                        List.of(other, ids[0]),
                        List.of(other, ids[2]));
        assertThat(found.names())
                .containsEntry(ids[0], "Harbour Board")
                .containsEntry(ids[2], "Port Kessling")
                .as("an actor mentioned nowhere is named too")
                .containsEntry(ids[3], "Ilse Brandt")
                .hasSize(4);
    }

    @Test
    void movingMentionsDropsTheOnesTheTargetAlreadyHas() throws Exception {
        long[] ids = store.write(tx -> {
            long a = tx.actors().create(ActorKind.PERSON, "A", "");
            long b = tx.actors().create(ActorKind.PERSON, "B", "");
            tx.actors().replaceMatched(source, List.of(matched(source, a, 0, 3, "A"), matched(source, b, 0, 3, "B")));
            tx.actors().addMention(matched(source, b, 4, 11, "B"));
            return new long[] {a, b};
        });
        int moved = store.write(tx -> tx.actors().moveMentions(ids[1], ids[0]));
        assertThat(moved).isEqualTo(1);
        assertThat(store.<List<Mention>>read(tx -> tx.actors().mentionsOf(ids[0])))
                .extracting(m -> m.span().start())
                .containsExactly(0, 4);
        assertThat(store.<List<Mention>>read(tx -> tx.actors().mentionsOf(ids[1])))
                .isEmpty();
    }

    @Test
    void aDeletedActorCanBeRestoredExactly() throws Exception {
        long id = store.write(tx -> {
            long a = tx.actors().create(ActorKind.PLACE, "Port Kessling", "");
            tx.actors().addAlias(a, "Kessling", AliasKind.ALIAS);
            return a;
        });
        Actor before = store.read(tx -> tx.actors().find(id)).orElseThrow();
        store.write(tx -> {
            tx.actors().delete(id);
            return null;
        });
        assertThat(store.<java.util.Optional<Actor>>read(tx -> tx.actors().find(id)))
                .isEmpty();
        store.write(tx -> {
            tx.actors().restore(before);
            return null;
        });
        assertThat(store.<java.util.Optional<Actor>>read(tx -> tx.actors().find(id)))
                .contains(before);
    }

    @Test
    void relationshipsKeepTheirEvidenceAndGoWithTheirActors() throws Exception {
        long[] ids = store.write(tx -> new long[] {
            tx.actors().create(ActorKind.ORGANISATION, "Africa Corps", ""),
            tx.actors().create(ActorKind.ORGANISATION, "Wagner Group", ""),
            tx.actors().create(ActorKind.PERSON, "Someone", "")
        });
        Relationship succession = new Relationship(
                0,
                ids[0],
                RelationshipType.SUCCESSOR_OF,
                ids[1],
                PartialDate.parse("2023"),
                null,
                "",
                new Passage(source, new TextSpan(4, 17)));
        long rel = store.write(tx -> {
            tx.actors()
                    .addRelationship(
                            new Relationship(0, ids[2], RelationshipType.LEADS, ids[1], null, null, "founder", null));
            return tx.actors().addRelationship(succession);
        });
        assertThat(store.<List<Relationship>>read(tx -> tx.actors().relationshipsOf(ids[0])))
                .containsExactly(new Relationship(
                        rel,
                        ids[0],
                        RelationshipType.SUCCESSOR_OF,
                        ids[1],
                        PartialDate.parse("2023"),
                        null,
                        "",
                        new Passage(source, new TextSpan(4, 17))));
        store.write(tx -> {
            tx.actors().delete(ids[2]);
            return null;
        });
        assertThat(store.<List<Relationship>>read(tx -> tx.actors().relationships()))
                .hasSize(1);
    }

    @Test
    void rejectionsAreRememberedOnceAndCanBeForgotten() throws Exception {
        store.write(tx -> {
            tx.actors().rejectSuggestion("related posts", "Related Posts");
            tx.actors().rejectSuggestion("related posts", "RELATED POSTS");
            return null;
        });
        assertThat(store.<java.util.Set<String>>read(tx -> tx.actors().rejectedSuggestions()))
                .containsExactly("related posts");
        store.write(tx -> {
            tx.actors().forgetRejection("related posts");
            return null;
        });
        assertThat(store.<java.util.Set<String>>read(tx -> tx.actors().rejectedSuggestions()))
                .isEmpty();
    }
}
