package org.opendossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opendossier.analysis.names.AliasMatcher;
import org.opendossier.analysis.names.NameMatch;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;

/** The synthetic actors are what the report says they are, and the report's arithmetic holds. */
class AliasBenchmarkTest {
    @Test
    void actorsHaveExactlyTheNamesAskedForAndTheSameEveryTime() {
        List<Actor> actors = AliasBenchmark.actors(10_000, 42);

        assertThat(actors.stream().mapToInt(a -> a.names().size()).sum()).isEqualTo(10_000);
        assertThat(actors).isEqualTo(AliasBenchmark.actors(10_000, 42));
        assertThat(actors).extracting(Actor::id).doesNotHaveDuplicates();
        assertThat(actors)
                .extracting(Actor::kind)
                .contains(ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE, ActorKind.OTHER);
        assertThat(actors.stream().flatMap(a -> a.names().stream()))
                .as("titles, acronyms and names the articles use")
                .anyMatch(n -> n.startsWith("Dr. ") || n.startsWith("Gen. "))
                .anyMatch(AliasBenchmarkTest::looksLikeAcronym)
                .contains("Wagner Group", "Bamako", "Reuters");
    }

    @Test
    void someNamesOccurInTheArticlesAndMostDoNot() {
        List<Actor> actors = AliasBenchmark.actors(10_000, 42);
        AliasMatcher matcher = new AliasMatcher(actors);
        SyntheticCorpus corpus = new SyntheticCorpus(42);

        List<NameMatch> found = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            found.addAll(matcher.find(corpus.article(i)));
        }

        assertThat(found.size()).as("names found in 50 articles").isGreaterThan(500);
        long distinctActors = found.stream().map(NameMatch::actorId).distinct().count();
        assertThat(distinctActors).isLessThan(actors.size() / 2);
    }

    @Test
    void reportProjectsTheRateOfItsFastestPassToTheTargetSize() {
        AliasBenchReport report = new AliasBenchReport(
                10_000,
                4_000,
                9_000,
                Duration.ofMillis(120),
                Duration.ofMillis(100),
                1_000,
                3_300_000,
                3_400_000,
                50_000,
                List.of(
                        new AliasBenchReport.ScanRow(1, Duration.ofMillis(500), Duration.ofMillis(480)),
                        new AliasBenchReport.ScanRow(2, Duration.ofMillis(250), Duration.ofMillis(490))));

        assertThat(report.best().threads()).isEqualTo(2);
        assertThat(report.docsPerSecond(report.best())).isEqualTo(4_000.0);
        assertThat(report.megabytesPerSecond(report.best())).isCloseTo(13.6, within(1e-9));
        assertThat(report.projectedSeconds(report.best())).isEqualTo(25.0);
        assertThat(report.meetsTarget()).isTrue();
        assertThat(report.markdown())
                .contains("### Alias matching: 10,000 names of 4,000 actors over 1,000 articles")
                .contains("Matcher built in 0.120 s (0.100 s CPU; 9,000 different folded names); 50,000 names")
                .contains("| 1 | 1,000 | 3.4 | 0.50 | 0.48 | 2,000 | 6.8 | 50.0 s |")
                .contains("| 2 | 1,000 | 3.4 | 0.25 | 0.49 | 4,000 | 13.6 | 25.0 s |");
        assertThat(report.targetLine())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "- Alias re-scan of 100,000 articles <= 30 s: **PASS** (projected 25.0 s on 2 thread(s) from"
                                + " 1,000 articles)%n"));
    }

    private static boolean looksLikeAcronym(String name) {
        return name.length() <= 5 && name.chars().allMatch(Character::isUpperCase);
    }
}
