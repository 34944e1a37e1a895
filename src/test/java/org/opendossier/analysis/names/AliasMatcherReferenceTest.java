package org.opendossier.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;

/**
 * The matcher against a naive reference: one regular expression per name, written from the rules in the
 * class comment of {@link AliasMatcher} with its own table of letter variants (not {@link NameFolding}),
 * run over the original text, then the leftmost-longest choice made by sorting. Names and texts are
 * generated from a few syllables, so names are often prefixes of each other, share words and overlap, and
 * texts are full of near misses: names glued to letters, possessives, acronyms in lower case, line breaks
 * and dashes inside names, emoji and an ideograph next to them.
 */
class AliasMatcherReferenceTest {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "wo", "de", "ba", "co"};

    /** Every spelling of a letter that the generated texts use, upper case first where the letter has one. */
    private static final Map<Character, String> VARIANTS = new TreeMap<>(Map.ofEntries(
            Map.entry('a', "AÀÁaàá"),
            Map.entry('e', "EÉÈeéè"),
            Map.entry('i', "IÏiï"),
            Map.entry('o', "OÖØoöø"),
            Map.entry('u', "UÜuü"),
            Map.entry('n', "NÑnñ"),
            Map.entry('c', "CÇcç"),
            Map.entry('k', "Kk"),
            Map.entry('l', "Ll"),
            Map.entry('m', "Mm"),
            Map.entry('r', "Rr"),
            Map.entry('s', "Ss"),
            Map.entry('t', "Tt"),
            Map.entry('w', "Ww"),
            Map.entry('d', "Dd"),
            Map.entry('b', "Bb")));

    private static final String[] INSIDE_NAME = {" ", " ", " ", "\n", "  ", " \n", "-", "–"};
    private static final String[] AFTER_NAME = {"", "", "", "", "'s", "’s", "s'", "s’", "s", "x", "2", "中"};
    private static final String[] BETWEEN = {
        " ", " ", " ", " ", "\n", ", ", ". ", " (", ") ", " “", "” ", " 🙂", "🙂", "中"
    };

    @Test
    void agreesWithOneRegularExpressionPerName() {
        long seed = Long.getLong("matcher.seed", System.nanoTime());
        Random random = new Random(seed);
        int matched = 0;
        for (int round = 0; round < 40; round++) {
            List<Actor> actors = actors(random);
            AliasMatcher matcher = new AliasMatcher(actors);
            List<List<Pattern>> patterns = actors.stream()
                    .map(a -> a.names().stream()
                            .map(AliasMatcherReferenceTest::pattern)
                            .toList())
                    .toList();
            for (int t = 0; t < 50; t++) {
                String text = text(random, actors);
                List<String> expected = reference(text, actors, patterns);
                List<String> actual = matcher.find(text).stream()
                        .map(m -> m.actorId() + ":" + m.alias() + "@" + m.span().start() + "-"
                                + m.span().end())
                        .toList();
                assertThat(actual)
                        .as("text %s with names %s (replay with -Dmatcher.seed=%d)", text, names(actors), seed)
                        .isEqualTo(expected);
                matched += expected.size();
            }
        }
        assertThat(matched).as("the generated texts name the actors often").isGreaterThan(2_000);
    }

    private static List<Actor> actors(Random random) {
        List<Actor> actors = new ArrayList<>();
        List<String> pool = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            int count = 1 + random.nextInt(3);
            List<String> names = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (!pool.isEmpty() && random.nextInt(8) == 0) {
                    names.add(pool.get(random.nextInt(pool.size()))); // shared with another actor
                } else {
                    names.add(random.nextInt(5) == 0 ? acronym(random) : name(random));
                }
            }
            pool.addAll(names);
            List<Alias> aliases = new ArrayList<>();
            for (int k = 1; k < names.size(); k++) {
                aliases.add(new Alias(k, a + 1, names.get(k), AliasKind.ALIAS));
            }
            actors.add(new Actor(a + 1, ActorKind.ORGANISATION, names.getFirst(), "", null, null, aliases));
        }
        return actors;
    }

    private static String name(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(random.nextInt(4) == 0 ? '-' : ' ');
            }
            sb.append(word(random, 1 + random.nextInt(2)));
            if (random.nextInt(12) == 0) {
                sb.append('\'').append(word(random, 1));
            }
        }
        String name = sb.toString();
        return random.nextBoolean() ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    }

    private static String acronym(Random random) {
        StringBuilder sb = new StringBuilder();
        int letters = 2 + random.nextInt(3);
        for (int i = 0; i < letters; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]
                    .toUpperCase(Locale.ROOT)
                    .charAt(i % 2));
        }
        return sb.toString();
    }

    private static String word(Random random, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String text(Random random, List<Actor> actors) {
        StringBuilder sb = new StringBuilder();
        int tokens = 5 + random.nextInt(30);
        for (int t = 0; t < tokens; t++) {
            if (t > 0 || random.nextBoolean()) {
                sb.append(BETWEEN[random.nextInt(BETWEEN.length)]);
            }
            if (random.nextInt(3) > 0) {
                List<String> names = actors.get(random.nextInt(actors.size())).names();
                spell(random, names.get(random.nextInt(names.size())), sb);
                sb.append(AFTER_NAME[random.nextInt(AFTER_NAME.length)]);
            } else {
                spell(random, word(random, 1 + random.nextInt(3)), sb);
            }
        }
        return sb.toString();
    }

    /** The name as a text might write it: any case and accents (an acronym mostly as it is), any spacing. */
    private static void spell(Random random, String name, StringBuilder sb) {
        boolean keepCase = AliasMatcher.isAcronym(name) && random.nextInt(4) > 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String variants = VARIANTS.get(Character.toLowerCase(c));
            if (c == ' ' || c == '-') {
                sb.append(INSIDE_NAME[random.nextInt(INSIDE_NAME.length)]);
            } else if (c == '\'') {
                sb.append(random.nextBoolean() ? '\'' : '’');
            } else if (keepCase || variants == null) {
                sb.append(c);
            } else {
                sb.append(variants.charAt(random.nextInt(variants.length())));
            }
        }
    }

    /** The rules of the class comment as one regular expression for one name. */
    private static Pattern pattern(String name) {
        boolean acronym = name.matches("[\\p{Lu}\\p{N}.]+")
                && name.codePoints().filter(Character::isLetter).count() <= 5;
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (char c : name.toCharArray()) {
            if (c == ' ' || c == '-') {
                re.append("(?:\\s+|[-–])");
            } else if (c == '\'') {
                re.append("['’]");
            } else {
                String variants = VARIANTS.get(Character.toLowerCase(c));
                // An acronym matches only its capitals; upper case comes first in each list of variants.
                String allowed = acronym ? variants.substring(0, variants.length() / 2) : variants;
                re.append('[').append(allowed).append(']');
            }
        }
        re.append("(?=$|[^\\p{L}\\p{N}]|[sS]['’](?![\\p{L}\\p{N}]))");
        return Pattern.compile(re.toString());
    }

    /** Every place each name matches, then the leftmost-longest, non-overlapping choice. */
    private static List<String> reference(String text, List<Actor> actors, List<List<Pattern>> patterns) {
        record Candidate(int actor, int name, int start, int end) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            for (int k = 0; k < patterns.get(a).size(); k++) {
                Matcher m = patterns.get(a).get(k).matcher(text);
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    candidates.add(new Candidate(a, k, m.start(), m.end()));
                    from = m.start() + 1;
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparingInt(Candidate::actor)
                .thenComparingInt(Candidate::name));
        List<String> chosen = new ArrayList<>();
        int after = 0;
        int i = 0;
        while (i < candidates.size()) {
            Candidate first = candidates.get(i);
            if (first.start() < after) {
                i++;
                continue;
            }
            int lastActor = -1;
            for (;
                    i < candidates.size()
                            && candidates.get(i).start() == first.start()
                            && candidates.get(i).end() == first.end();
                    i++) {
                Candidate c = candidates.get(i);
                if (c.actor() != lastActor) {
                    Actor actor = actors.get(c.actor());
                    chosen.add(actor.id() + ":" + actor.names().get(c.name()) + "@" + c.start() + "-" + c.end());
                    lastActor = c.actor();
                }
            }
            after = first.end();
        }
        return chosen;
    }

    private static List<List<String>> names(List<Actor> actors) {
        return actors.stream().map(Actor::names).toList();
    }
}
