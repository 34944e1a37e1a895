package org.opendossier.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.TextSpan;

class AliasMatcherTest {
    private static Actor actor(long id, ActorKind kind, String name, String... aliases) {
        List<Alias> list = new ArrayList<>();
        for (int i = 0; i < aliases.length; i++) {
            list.add(new Alias(id * 100 + i, id, aliases[i], AliasKind.ALIAS));
        }
        return new Actor(id, kind, name, "", null, null, list);
    }

    private static Actor org(long id, String name, String... aliases) {
        return actor(id, ActorKind.ORGANISATION, name, aliases);
    }

    private static Actor person(long id, String name, String... aliases) {
        return actor(id, ActorKind.PERSON, name, aliases);
    }

    /** Each match as "actor:listed name=[the text it covers]", checking that the span is inside the text. */
    private static List<String> found(String text, Actor... actors) {
        return new AliasMatcher(Arrays.asList(actors))
                .find(text).stream()
                        .map(m -> m.actorId() + ":" + m.alias() + "=[" + cover(text, m.span()) + "]")
                        .toList();
    }

    private static String cover(String text, TextSpan span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void caseAndAccentsDoNotCount() {
        assertThat(found("ASSIMI GOITA met assimi goïta and Assimi Goi\u0308ta.", person(1, "Assimi Goïta")))
                .containsExactly(
                        "1:Assimi Goïta=[ASSIMI GOITA]",
                        "1:Assimi Goïta=[assimi goïta]",
                        "1:Assimi Goïta=[Assimi Goi\u0308ta]");
        assertThat(found("Le Président Goïta", person(1, "Goita"))).containsExactly("1:Goita=[Goïta]");
    }

    @Test
    void namesMatchAcrossLineBreaksAndRunsOfSpace() {
        assertThat(found("the Wagner\nGroup, the Wagner \n\t Group and the Wagner\u00A0Group", org(1, "Wagner Group")))
                .containsExactly(
                        "1:Wagner Group=[Wagner\nGroup]",
                        "1:Wagner Group=[Wagner \n\t Group]",
                        "1:Wagner Group=[Wagner\u00A0Group]");
    }

    @Test
    void onlyWholeWordsMatch() {
        assertThat(found("UNDP, unless, fun, UNs, UN2, UN-backed, (UN), UN.", org(1, "United Nations", "UN")))
                .containsExactly("1:UN=[UN]", "1:UN=[UN]", "1:UN=[UN]");
        assertThat(found("Wagnerite pro-Wagner Wagner-linked", org(1, "Wagner")))
                .containsExactly("1:Wagner=[Wagner]", "1:Wagner=[Wagner]");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        Actor car = org(1, "Central African Republic", "CAR");
        Actor us = actor(2, ActorKind.PLACE, "United States", "US", "U.S.");
        Actor rsf = org(3, "Rapid Support Forces", "RSF");
        String text = "A car bomb in the CAR; Car sales; let us go; the US and the U.S.; rsf or RSF; u.s. law";

        assertThat(found(text, car, us, rsf))
                .containsExactly("1:CAR=[CAR]", "2:US=[US]", "2:U.S.=[U.S.]", "3:RSF=[RSF]");
    }

    @Test
    void aNameWithLowerCaseLettersIsNoAcronymAndMatchesInAnyCase() {
        assertThat(found("UNICEF and Unicef", org(1, "Unicef")))
                .containsExactly("1:Unicef=[UNICEF]", "1:Unicef=[Unicef]");
        assertThat(found("UN WOMEN and un women", org(2, "UN WOMEN")))
                .as("more than one word is never an acronym")
                .containsExactly("2:UN WOMEN=[UN WOMEN]", "2:UN WOMEN=[un women]");
        assertThat(found("ABCDEF abcdef", org(3, "ABCDEF")))
                .as("six capitals are a word written in capitals, not an acronym")
                .containsExactly("3:ABCDEF=[ABCDEF]", "3:ABCDEF=[abcdef]");
        assertThat(found("the M23 and the m23", org(4, "M23"))).containsExactly("4:M23=[M23]");
    }

    @Test
    void anAcronymAndAWordOfTheSameLettersAreDifferentActors() {
        Actor car = org(1, "Central African Republic", "CAR");
        Actor brand = org(2, "Car");

        assertThat(found("CAR car", car, brand)).containsExactly("1:CAR=[CAR]", "2:Car=[CAR]", "2:Car=[car]");
    }

    @Test
    void possessivesMatchTheBareNameAndTheSpanCoversTheNameOnly() {
        assertThat(found("Wagner's men, Wagner’s men, Wagners' men, Wagners’ men, Wagners men", org(1, "Wagner")))
                .containsExactly("1:Wagner=[Wagner]", "1:Wagner=[Wagner]", "1:Wagner=[Wagner]", "1:Wagner=[Wagner]");
        assertThat(found("The UN's envoy", org(2, "UN"))).containsExactly("2:UN=[UN]");
    }

    @Test
    void aPersonsTitleIsOptionalAndNeverInTheSpan() {
        Actor goita = person(1, "Col. Assimi Goïta");
        String text =
                "Assimi Goita; Colonel Assimi Goïta; Lt. Col Assimi Goïta; Lt-Col ASSIMI GOÏTA; Col. Assimi Goïta";

        assertThat(found(text, goita))
                .containsExactly(
                        "1:Col. Assimi Goïta=[Assimi Goita]",
                        "1:Col. Assimi Goïta=[Assimi Goïta]",
                        "1:Col. Assimi Goïta=[Assimi Goïta]",
                        "1:Col. Assimi Goïta=[ASSIMI GOÏTA]",
                        "1:Col. Assimi Goïta=[Assimi Goïta]");
        assertThat(found("President Goïta spoke", person(2, "Goïta"))).containsExactly("2:Goïta=[Goïta]");
    }

    @Test
    void titlesAreStrippedOnlyFromPeople() {
        Actor company = org(1, "General Motors");

        assertThat(found("General Motors and electric motors", company))
                .containsExactly("1:General Motors=[General Motors]");
        assertThat(found("The President said", person(2, "President")))
                .as("a name that is only a title is matched whole")
                .containsExactly("2:President=[President]");
    }

    @Test
    void theLongestNameWins() {
        Actor wagner = person(1, "Richard Wagner", "Wagner");
        Actor group = org(2, "Wagner Group");

        assertThat(found("the Wagner Group and Wagner", wagner, group))
                .containsExactly("2:Wagner Group=[Wagner Group]", "1:Wagner=[Wagner]");
    }

    @Test
    void aLongerNameThatIsNotAWholeWordGivesWayToAShorterOne() {
        Actor wagner = org(1, "Wagner");
        Actor odd = org(2, "Wagner Gr");

        assertThat(found("Wagner Group", wagner, odd)).containsExactly("1:Wagner=[Wagner]");
    }

    @Test
    void overlappingNamesLeftmostFirstAndNoOverlaps() {
        Actor paper = org(1, "New York Times");
        Actor square = actor(2, ActorKind.PLACE, "Times Square");
        Actor city = actor(3, ActorKind.PLACE, "New York");

        assertThat(found("New York Times Square; Times Square; New York", paper, square, city))
                .containsExactly(
                        "1:New York Times=[New York Times]", "2:Times Square=[Times Square]", "3:New York=[New York]");
    }

    @Test
    void aNameSharedByTwoActorsMatchesForEach() {
        Actor one = person(7, "Mohamed Diallo");
        Actor two = person(3, "M. Diallo", "Mohamed Diallo");

        assertThat(found("Mohamed Diallo said", one, two))
                .containsExactly("7:Mohamed Diallo=[Mohamed Diallo]", "3:Mohamed Diallo=[Mohamed Diallo]");
    }

    @Test
    void oneActorsNamesThatFoldAlikeGiveOneMatchWithTheFirstListed() {
        Actor group = org(1, "Wagner Group", "WAGNER GROUP", "Wagner  group");

        assertThat(found("WAGNER GROUP", group)).containsExactly("1:Wagner Group=[WAGNER GROUP]");
        assertThat(found("the US and the us", actor(2, ActorKind.PLACE, "US", "Us")))
                .as("the acronym where it applies, the other spelling elsewhere")
                .containsExactly("2:US=[US]", "2:Us=[us]");
    }

    @Test
    void hyphenatedNamesMatchWithAnyDashOrASpace() {
        Actor bemba = person(1, "Jean-Pierre Bemba");

        assertThat(found("Jean-Pierre Bemba, Jean–Pierre Bemba, JEAN PIERRE BEMBA, Jean-\nPierre Bemba", bemba))
                .containsExactly(
                        "1:Jean-Pierre Bemba=[Jean-Pierre Bemba]",
                        "1:Jean-Pierre Bemba=[Jean–Pierre Bemba]",
                        "1:Jean-Pierre Bemba=[JEAN PIERRE BEMBA]");
        assertThat(found("Al-Masri and al Masri", person(2, "Al Masri")))
                .containsExactly("2:Al Masri=[Al-Masri]", "2:Al Masri=[al Masri]");
    }

    @Test
    void curlyQuotesAndApostrophes() {
        assertThat(found("“Wagner” and ‘O’Brien’ and O'Brien", org(1, "Wagner"), person(2, "Sean O'Brien", "O'Brien")))
                .containsExactly("1:Wagner=[Wagner]", "2:O'Brien=[O’Brien]", "2:O'Brien=[O'Brien]");
    }

    @Test
    void namesAtTheStartAndTheEndOfTheText() {
        assertThat(found("Wagner", org(1, "Wagner"))).containsExactly("1:Wagner=[Wagner]");
        assertThat(found("Wagner fought Wagner", org(1, "Wagner")))
                .containsExactly("1:Wagner=[Wagner]", "1:Wagner=[Wagner]");
        assertThat(new AliasMatcher(List.of(org(1, "Wagner"))).find("Wagner fought Wagner"))
                .extracting(NameMatch::span)
                .containsExactly(new TextSpan(0, 6), new TextSpan(14, 20));
    }

    @Test
    void offsetsStayRightAfterEmojiAndOtherSurrogatePairs() {
        String text = "👍🏽Wagner 🙂 Wagner 𝐀 Wagner 𠜎Wagner";

        List<NameMatch> matches = new AliasMatcher(List.of(org(1, "Wagner"))).find(text);

        assertThat(matches)
                .as("an ideograph is a letter, so the last Wagner is inside a word")
                .hasSize(3);
        assertThat(matches).allSatisfy(m -> assertThat(cover(text, m.span())).isEqualTo("Wagner"));
        assertThat(matches.getFirst().span()).isEqualTo(new TextSpan(4, 10));
    }

    @Test
    void lettersThatExpandWhenFolded() {
        assertThat(found("Herr GROSSMANN und Herr Großmann", person(1, "Großmann")))
                .containsExactly("1:Großmann=[GROSSMANN]", "1:Großmann=[Großmann]");
        assertThat(found("Großmann", person(2, "Gross")))
                .as("not a prefix of a word")
                .isEmpty();
    }

    @Test
    void namesInOtherScripts() {
        assertThat(found("ШЕВЧЕНКО и Шевченко, не Шевченкова", person(1, "Тарас Шевченко", "шевченко")))
                .containsExactly("1:шевченко=[ШЕВЧЕНКО]", "1:шевченко=[Шевченко]");
        assertThat(found("قال محمد إن", person(2, "محمد"))).containsExactly("2:محمد=[محمد]");
        assertThat(found("Ο Οδυσσέας και ο ΟΔΥΣΣΕΑΣ", person(3, "Οδυσσέας")))
                .containsExactly("3:Οδυσσέας=[Οδυσσέας]", "3:Οδυσσέας=[ΟΔΥΣΣΕΑΣ]");
    }

    @Test
    void anActorWithoutAliasesIsFoundByItsName() {
        assertThat(found("Interpol said", org(1, "Interpol"))).containsExactly("1:Interpol=[Interpol]");
    }

    @Test
    void namesShorterThanTwoLettersAreIgnoredButCommonWordsAreNot() {
        Actor actor = org(1, "Convoy", "X", "5", "J.", " ", "Li");

        assertThat(found("X-ray 5 J. a convoy of Li", actor)).containsExactly("1:Convoy=[convoy]", "1:Li=[Li]");
    }

    @Test
    void emptyTextsAndNoActorsFindNothing() {
        assertThat(new AliasMatcher(List.of(org(1, "Wagner"))).find("")).isEmpty();
        AliasMatcher none = new AliasMatcher(List.of());
        assertThat(none.size()).isZero();
        assertThat(none.find("Wagner")).isEmpty();
        assertThat(new AliasMatcher(List.of(org(1, "X"))).find("X marks the spot"))
                .isEmpty();
    }

    @Test
    void sizeCountsDistinctFoldedNames() {
        assertThat(new AliasMatcher(List.of(org(1, "Wagner", "WAGNER", "Wagner Group"), org(2, "Wagner"))).size())
                .isEqualTo(2);
    }

    @Test
    void acronymsCanBeDetected() {
        assertThat(List.of("UN", "CAR", "RSF", "M23", "U.S.", "NATO", "ÉU")).allMatch(AliasMatcher::isAcronym);
        assertThat(List.of("Un", "ABCDEF", "UN DP", "123", "Wagner")).noneMatch(AliasMatcher::isAcronym);
    }

    @Test
    void oneMatcherGivesTheSameAnswersOnManyThreads() {
        AliasMatcher matcher = new AliasMatcher(
                List.of(org(1, "Wagner Group", "Wagner"), org(2, "UN"), person(3, "Col. Assimi Goïta")));
        List<String> texts = IntStream.range(0, 400)
                .mapToObj(i -> "Text " + i + ": the Wagner Group, UN" + " and Colonel Assimi Goita\n".repeat(i % 7))
                .toList();
        List<List<NameMatch>> alone = texts.stream().map(matcher::find).toList();

        ConcurrentHashMap<Integer, List<NameMatch>> parallel = new ConcurrentHashMap<>();
        IntStream.range(0, texts.size()).parallel().forEach(i -> parallel.put(i, matcher.find(texts.get(i))));

        for (int i = 0; i < texts.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(alone.get(i));
            assertThat(alone.get(i)).hasSize(2 + i % 7);
        }
    }
}
