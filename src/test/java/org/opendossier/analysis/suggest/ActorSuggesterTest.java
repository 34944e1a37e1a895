package org.opendossier.analysis.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorSuggestion;
import org.opendossier.model.Passage;

class ActorSuggesterTest {
    private final Map<Long, String> texts = new HashMap<>();

    private ActorSuggester suggester(String... textsInOrder) {
        return suggester(List.of(), List.of(), textsInOrder);
    }

    private ActorSuggester suggester(List<String> known, List<String> rejected, String... textsInOrder) {
        ActorSuggester s = new ActorSuggester(known, rejected);
        long id = 1;
        for (String t : textsInOrder) {
            texts.put(id, t);
            s.add(id, "Outlet " + id, t);
            id++;
        }
        return s;
    }

    private static Optional<ActorSuggestion> find(ActorSuggester s, String name) {
        String key = ActorSuggester.key(name);
        return s.suggestions(Integer.MAX_VALUE).stream()
                .filter(x -> x.key().equals(key))
                .findFirst();
    }

    private static List<String> keys(ActorSuggester s) {
        return s.suggestions(Integer.MAX_VALUE).stream()
                .map(ActorSuggestion::key)
                .toList();
    }

    @Test
    void keyFoldsCaseAccentsPunctuationAndPossessives() {
        assertThat(ActorSuggester.key("Assimi GOÏTA")).isEqualTo("assimi goita");
        assertThat(ActorSuggester.key("U.S.")).isEqualTo("us");
        assertThat(ActorSuggester.key("Wagner’s")).isEqualTo("wagner");
        assertThat(ActorSuggester.key("  Okonkwo-Reid ")).isEqualTo("okonkwo reid");
        assertThat(ActorSuggester.key("Vladi\u00ADmir")).isEqualTo("vladimir");
    }

    @Test
    void acronymDefinedInTheTextGivesOneSuggestionWithItsAbbreviation() {
        ActorSuggester s = suggester(
                "Fighting spread after the Rapid Support Forces (RSF) entered the city. The RSF denied it.\n\n"
                        + "Witnesses said RSF trucks were seen near the market.");
        ActorSuggestion rsf = find(s, "Rapid Support Forces").orElseThrow();
        assertThat(rsf.abbreviation()).isEqualTo("RSF");
        assertThat(rsf.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(rsf.occurrences()).isEqualTo(4);
        assertThat(keys(s)).doesNotContain("rsf");
    }

    @Test
    void surnameAloneJoinsTheFullNameSeenInTheSameSource() {
        ActorSuggester s = suggester("The decree was signed by Colonel Assimi Goïta on Monday.\n\n"
                + "Goïta has ruled since 2021. Critics say Goïta's government is isolated.");
        ActorSuggestion goita = find(s, "Assimi Goïta").orElseThrow();
        assertThat(goita.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(goita.occurrences()).isEqualTo(3);
        assertThat(s.variants(goita.key())).containsExactly("Goïta");
        assertThat(keys(s)).doesNotContain("goita", "colonel assimi goita");
    }

    @Test
    void surnameInAnotherSourceJoinsTheOnlyFullNameEndingWithIt() {
        ActorSuggester s = suggester(
                "Investigators named Dmitri Aleksandrovich Volkov as the owner of the tankers.",
                "Volkov did not answer questions, his lawyer said.");
        ActorSuggestion volkov = find(s, "Dmitri Aleksandrovich Volkov").orElseThrow();
        assertThat(volkov.sources()).isEqualTo(2);
        assertThat(keys(s)).doesNotContain("volkov");
    }

    @Test
    void possessiveFoldsIntoTheName() {
        ActorSuggester s =
                suggester("Wagner's fighters left the base. Officials said Wagner would return, and Wagner’s "
                        + "commanders agreed.");
        assertThat(find(s, "Wagner").orElseThrow().occurrences()).isEqualTo(3);
    }

    @Test
    void titlesAndRolesMarkAPersonAndAreNotPartOfTheName() {
        ActorSuggester s = suggester("Later, Russian Foreign Ministry spokeswoman Maria Zakharova denied it. "
                + "US Secretary of State Antony Blinken said the talks had failed. Mr Obama agreed.");
        assertThat(find(s, "Maria Zakharova").orElseThrow().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(find(s, "Antony Blinken").orElseThrow().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(find(s, "Obama").orElseThrow().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(find(s, "Russian Foreign Ministry").orElseThrow().kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(keys(s)).doesNotContain("secretary of state", "mr obama", "us secretary of state antony blinken");
    }

    @Test
    void pageFurnitureDoesNotBecomeActors() {
        ActorSuggester s = suggester("""
                Harbour strike enters its second week

                By Jenny Parkhurst

                Photo: Tomasz Wilczek/Reuters

                Dockers at the Port of Gdansk stayed out on Monday, the union Solidarity said.

                A crane operator watches the quay. (Karol Serewis/AFP via Getty Images)

                Related posts

                Baltic Ferries Cancel Sailings As Storm Nears
                Minister Promises Review Of Port Pay

                We use cookies to improve your experience. By clicking Accept you consent to Cookie Policy.

                Sign up for our Morning Briefing newsletter""");
        assertThat(keys(s)).contains("port of gdansk", "solidarity");
        assertThat(keys(s))
                .doesNotContain(
                        "jenny parkhurst",
                        "tomasz wilczek",
                        "reuters",
                        "karol serewis",
                        "getty images",
                        "baltic ferries",
                        "cookie policy",
                        "morning briefing",
                        "monday");
    }

    @Test
    void wordsCapitalisedOnlyBecauseTheyStartASentenceAreNotSuggested() {
        ActorSuggester s = suggester(
                "However, the talks failed. Shares fell sharply. Traders said shares would recover.",
                "Insurers are nervous. In March the court ruled. On Monday the Navy said insurers were calm.");
        assertThat(keys(s)).doesNotContain("however", "shares", "insurers", "in", "march", "monday", "on");
        assertThat(keys(s)).contains("navy");
    }

    @Test
    void aNameInThreeOutletsRanksAboveOneRepeatedTenTimesInOnePage() {
        String repeated = "Kestrel Mining said so. ".repeat(10);
        ActorSuggester s = suggester(
                repeated,
                "A statement by Oceana Watch was read out.",
                "The campaigners of Oceana Watch were not convinced.",
                "Oceana Watch published satellite data.");
        List<String> ranked = keys(s);
        assertThat(ranked.indexOf("oceana watch")).isLessThan(ranked.indexOf("kestrel mining"));
        assertThat(find(s, "Oceana Watch").orElseThrow().outlets()).isEqualTo(3);
    }

    @Test
    void knownAndRejectedNamesAndTheirVariantsAreNotSuggestedAgain() {
        String text = "Colonel Assimi Goïta met Aminata Dembélé Traoré in Bamako. Goïta spoke first; Traoré "
                + "later met the Sahel Policy Lab.";
        ActorSuggester s = suggester(List.of("Assimi Goïta"), List.of("SAHEL POLICY LAB"), text);
        assertThat(keys(s)).doesNotContain("assimi goita", "goita", "sahel policy lab");
        assertThat(keys(s)).contains("aminata dembele traore", "bamako");
    }

    @Test
    void examplesAreOffsetsIntoTheGivenTextFromDifferentSourcesFirst() {
        ActorSuggester s = suggester(
                "Oceana said so. Oceana said it again. Oceana repeated it.",
                "Later, Oceana published data.",
                "The group Oceana was not consulted.");
        ActorSuggestion oceana = find(s, "Oceana").orElseThrow();
        assertThat(oceana.examples()).hasSize(3);
        assertThat(oceana.examples().stream().map(Passage::sourceId).distinct()).hasSize(3);
        for (Passage p : oceana.examples()) {
            assertThat(texts.get(p.sourceId())
                            .substring(p.span().start(), p.span().end()))
                    .isEqualTo("Oceana");
        }
    }

    @Test
    void frenchOrganisationNamesKeepTheirLowerCaseAdjectives() {
        ActorSuggester s = suggester("Les Forces armées maliennes (FAMa) assureront la sécurité du site, a "
                + "précisé le ministre de la Défense. Le ministère canadien des Affaires étrangères s'est dit "
                + "préoccupé.");
        ActorSuggestion fama = find(s, "Forces armées maliennes").orElseThrow();
        assertThat(fama.abbreviation()).isEqualTo("FAMa");
        assertThat(keys(s)).contains("ministere canadien des affaires etrangeres");
        assertThat(keys(s)).doesNotContain("defense", "affaires etrangeres");
    }

    @Test
    void aNicknameWrittenInsideANameJoinsIt() {
        ActorSuggester s =
                suggester("The commander, Mohamed Hamdan 'Hemedti' Dagalo, has ties to Moscow. Hemedti said he was "
                        + "ready to talk.");
        ActorSuggestion dagalo = find(s, "Mohamed Hamdan Dagalo").orElseThrow();
        assertThat(dagalo.occurrences()).isEqualTo(2);
        assertThat(keys(s)).doesNotContain("hemedti");
        assertThat(s.variants(dagalo.key())).contains("Hemedti");
    }

    @Test
    void organisationConnectorsJoinButAListOfPlacesSplits() {
        ActorSuggester s = suggester("The Office of Foreign Assets Control and the Center for Strategic and "
                + "International Studies met in Mali and Burkina Faso.");
        assertThat(keys(s))
                .contains(
                        "office of foreign assets control",
                        "center for strategic and international studies",
                        "mali",
                        "burkina faso");
        assertThat(keys(s)).doesNotContain("mali and burkina faso");
    }

    @Test
    void limitCutsTheRankingAndANegativeLimitIsRefused() {
        ActorSuggester s = suggester("Mali, Niger and Chad met Senegal and Ghana in Accra.");
        assertThat(s.suggestions(2)).hasSize(2);
        assertThat(s.suggestions(0)).isEmpty();
        assertThatThrownBy(() -> s.suggestions(-1)).hasMessageContaining("limit");
    }

    /**
     * Thousands of sources in linear time: 4,000 generated articles of about 1.3 KB, dense with names that
     * recur across sources (seed 7), must take seconds of CPU; a quadratic step over candidates or sources
     * would take minutes. The bound is loose because the machine is shared; the rate is printed.
     */
    @Test
    void thousandsOfSourcesAreReadInLinearTime() {
        Random random = new Random(7);
        String[] first = {"Amadou", "Fatou", "Ivan", "Maria", "Carlos", "Aisha", "Pierre", "Lucía", "Omar", "Jana"};
        String[] last = {"Traoré", "Keïta", "Petrov", "Okafor", "Ibáñez", "Haddad", "Dubois", "Novak", "Sato", "Berg"};
        String[] org = {"Ministry of Mines", "Sahel Bank", "Helios Maritime", "Red Crescent", "Union of Workers"};
        List<String> generated = new ArrayList<>();
        for (int d = 0; d < 4_000; d++) {
            StringBuilder t = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                int a = (int) Math.min(first.length - 1, Math.abs(random.nextGaussian()) * 3);
                int b = random.nextInt(last.length);
                t.append("On Tuesday, spokesman ")
                        .append(first[a])
                        .append(' ')
                        .append(last[b])
                        .append(" of the ")
                        .append(org[random.nextInt(org.length)])
                        .append(" said the talks in Bamako would resume after the vote, which observers ")
                        .append("described as tense but orderly.")
                        .append(p % 2 == 0 ? "\n\n" : " ");
            }
            generated.add(t.toString());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ActorSuggester s = new ActorSuggester(List.of(), List.of());
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long chars = 0;
        for (int d = 0; d < generated.size(); d++) {
            s.add(d, "Outlet " + (d % 40), generated.get(d));
            chars += generated.get(d).length();
        }
        List<ActorSuggestion> top = s.suggestions(50);
        // CPU time of this thread: the machine is shared, and wall time says more about the neighbours
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "suggester: %d sources, %.1f MB in %.2f s of CPU (%.0f sources/s, %.2f MB/s), %.2f s wall%n",
                generated.size(),
                chars / 1e6,
                cpu,
                generated.size() / cpu,
                chars / 1e6 / cpu,
                wall);
        assertThat(top).isNotEmpty();
        assertThat(top.get(0).sources()).isGreaterThan(100);
        assertThat(cpu).isLessThan(20);
    }
}
