package org.opendossier.analysis.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.analysis.suggest.SuggestionEvaluator.GoldActor;
import org.opendossier.analysis.suggest.SuggestionEvaluator.GoldText;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorSuggestion;

class SuggestionEvaluatorTest {
    private static ActorSuggestion suggestion(String name, ActorKind kind, String abbreviation) {
        return new ActorSuggestion(ActorSuggester.key(name), name, kind, abbreviation, 1, 1, 1, 1, List.of());
    }

    @Test
    void parsesSectionsOutletsKindsAndAliases() {
        List<GoldText> texts = SuggestionEvaluator.parse("""
                # comment
                = a01.txt | Sahel Monitor
                PERSON: Assimi Goïta; Goïta ; Colonel Assimi Goïta
                ORGANISATION: Rapid Support Forces; RSF

                = page-2
                PLACE: Bamako
                """);
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0).outlet()).isEqualTo("Sahel Monitor");
        assertThat(texts.get(0).actors().get(0))
                .isEqualTo(new GoldActor(ActorKind.PERSON, "Assimi Goïta", List.of("Goïta", "Colonel Assimi Goïta")));
        assertThat(texts.get(1).outlet()).isNull();
        assertThat(texts.get(1).actors()).containsExactly(new GoldActor(ActorKind.PLACE, "Bamako", List.of()));
    }

    @Test
    void unreadableLabelsNameTheLine() {
        assertThatThrownBy(() -> SuggestionEvaluator.parse("= a\nPEOPLE: X"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("PERSON, ORGANISATION, PLACE, OTHER");
        assertThatThrownBy(() -> SuggestionEvaluator.parse("PERSON: X")).hasMessageContaining("line 1");
    }

    @Test
    void actorsSharingANameAcrossTextsMergeWithAllTheirNames() {
        List<GoldActor> merged = SuggestionEvaluator.merge(SuggestionEvaluator.parse("""
                = a
                ORGANISATION: Economic Community of West African States; ECOWAS
                = b
                ORGANISATION: ECOWAS; CEDEAO
                PLACE: Mali
                """));
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).keys())
                .containsExactlyInAnyOrder("economic community of west african states", "ecowas", "cedeao");
    }

    @Test
    void duplicatesAreFalsePositivesAndAliasesAndAbbreviationsHit() {
        List<GoldActor> gold = List.of(
                new GoldActor(ActorKind.PERSON, "Assimi Goïta", List.of("Goïta")),
                new GoldActor(ActorKind.ORGANISATION, "Rapid Support Forces", List.of("RSF")),
                new GoldActor(ActorKind.PLACE, "Bamako", List.of()),
                new GoldActor(ActorKind.PLACE, "Kidal", List.of()));
        List<ActorSuggestion> ranked = List.of(
                suggestion("Goita", ActorKind.PERSON, null), // alias, folded: hit
                suggestion("Getty Images", ActorKind.ORGANISATION, null), // nothing: false positive
                suggestion("Assimi Goïta", ActorKind.PERSON, null), // same actor again: duplicate
                suggestion("Paramilitary Forces", ActorKind.ORGANISATION, "RSF"), // by abbreviation: hit
                suggestion("Bamako", ActorKind.PERSON, null)); // hit, wrong kind

        SuggestionEvaluator.Report report = SuggestionEvaluator.evaluate(ranked, gold, 2, 4, 10);

        assertThat(report.at(2).precision()).isCloseTo(0.5, within(1e-9));
        assertThat(report.at(4).precision()).isCloseTo(0.5, within(1e-9));
        assertThat(report.at(4).recall()).isCloseTo(0.5, within(1e-9));
        assertThat(report.at(10).precision()).isCloseTo(0.6, within(1e-9)); // 3 of the 5 there are
        assertThat(report.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.kindAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.missed()).containsExactly("Kidal");
        assertThat(report.falsePositives()).containsExactly("Getty Images");
        assertThat(report.toTable()).contains("missed: Kidal");
    }
}
