package org.opendossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.opendossier.analysis.names.AliasMatcher;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;

/**
 * How fast every alias of every actor is matched across all sources, as issue 4 asks after each change of
 * an alias and each import: builds an {@link AliasMatcher} from synthetic actors and times it over the
 * benchmark's articles, on one thread and on all cores.
 *
 * <p>The actors: every organisation, place and outlet the articles name (with acronyms of their initials),
 * people the articles name (some with a title, a few also by their surname alone, which several of them
 * share), a few long-tail words of the articles' vocabulary that a person made aliases, and for the rest
 * made-up people and organisations from the same syllables, which the articles do not name. Articles are
 * generated again in chunks, untimed, so only matching is measured and the corpus never has to fit in
 * memory.
 */
final class AliasBenchmark {
    /** The size: 10,000 aliases. */
    static final int DEFAULT_ALIASES = 10_000;

    private static final int CHUNK = 2_000;
    private static final String[] TITLES = {"Dr.", "Gen.", "Col.", "Mr", "Ms", "President", "Lt. Col"};
    private static final String[] ORGANISATION_WORDS = {
        "Group", "Holdings", "Front", "Brigade", "Movement", "Trading", "Logistics", "Foundation", "Council", "Bank"
    };

    private final int aliases;
    private final long seed;
    private final int docs;
    private final int warmUp;
    private final Consumer<String> progress;

    AliasBenchmark(int aliases, long seed, int docs, int warmUp, Consumer<String> progress) {
        this.aliases = aliases;
        this.seed = seed;
        this.docs = docs;
        this.warmUp = warmUp;
        this.progress = progress;
    }

    AliasBenchReport run() {
        List<Actor> actors = actors(aliases, seed);
        SyntheticCorpus corpus = new SyntheticCorpus(seed);

        progress.accept("alias matching: " + actors.size() + " actors, warming up");
        // The timed build is the fourth, and the scans follow a warm-up scan: both measure compiled code.
        for (int i = 0; i < 3; i++) {
            new AliasMatcher(actors);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long startCpu = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AliasMatcher matcher = new AliasMatcher(actors);
        Duration build = Duration.ofNanos(System.nanoTime() - start);
        Duration buildCpu = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - startCpu);
        for (int i = 0; i < warmUp; i++) {
            matcher.find(corpus.article(i));
        }

        int cores = Runtime.getRuntime().availableProcessors();
        List<AliasBenchReport.ScanRow> scans = new ArrayList<>();
        long chars = 0;
        long bytes = 0;
        long matches = 0;
        for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
            progress.accept("alias matching: " + docs + " articles on " + threads + " thread(s)");
            Scan scan = scan(matcher, corpus, threads);
            scans.add(new AliasBenchReport.ScanRow(threads, Duration.ofNanos(scan.nanos), Duration.ofNanos(scan.cpu)));
            chars = scan.chars;
            bytes = scan.bytes;
            matches = scan.matches;
        }
        int names = actors.stream().mapToInt(a -> a.names().size()).sum();
        return new AliasBenchReport(
                names, actors.size(), matcher.size(), build, buildCpu, docs, chars, bytes, matches, scans);
    }

    private record Scan(long nanos, long cpu, long chars, long bytes, long matches) {}

    /** What one thread did: names found, and its own CPU time while it did it. */
    private record Work(long matches, long cpu) {}

    private Scan scan(AliasMatcher matcher, SyntheticCorpus corpus, int threads) {
        long nanos = 0;
        long cpu = 0;
        long chars = 0;
        long bytes = 0;
        long matches = 0;
        try (ExecutorService pool = threads > 1
                ? Executors.newFixedThreadPool(
                        threads, Thread.ofPlatform().name("od-bench-match-", 1).factory())
                : null) {
            for (int from = 0; from < docs; from += CHUNK) {
                List<String> texts = new ArrayList<>(CHUNK);
                for (int i = from; i < Math.min(docs, from + CHUNK); i++) {
                    String text = corpus.article(i);
                    texts.add(text);
                    chars += text.length();
                    bytes += utf8Length(text);
                }
                long start = System.nanoTime();
                Work work =
                        pool == null ? scan(matcher, texts, new AtomicInteger()) : scan(matcher, texts, pool, threads);
                nanos += System.nanoTime() - start;
                matches += work.matches();
                cpu += work.cpu();
            }
        }
        return new Scan(nanos, cpu, chars, bytes, matches);
    }

    /** Each thread takes the next text until none is left: what a caller scanning sources in parallel does. */
    private static Work scan(AliasMatcher matcher, List<String> texts, ExecutorService pool, int threads) {
        AtomicInteger next = new AtomicInteger();
        Callable<Work> worker = () -> scan(matcher, texts, next);
        try {
            long matches = 0;
            long cpu = 0;
            for (Future<Work> f : pool.invokeAll(Collections.nCopies(threads, worker))) {
                matches += f.get().matches();
                cpu += f.get().cpu();
            }
            return new Work(matches, cpu);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the alias-matching benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("alias matching failed in the benchmark", e.getCause());
        }
    }

    private static Work scan(AliasMatcher matcher, List<String> texts, AtomicInteger next) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long matches = 0;
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
            matches += matcher.find(texts.get(i)).size();
        }
        return new Work(matches, threads.getCurrentThreadCpuTime() - cpu);
    }

    /** Synthetic actors with {@code count} names in all (display names and aliases). */
    static List<Actor> actors(int count, long seed) {
        Random r = new Random(seed ^ 0xA11A5L);
        SyntheticCorpus.Names names = SyntheticCorpus.names();
        Actors out = new Actors(count);

        List<String> known = new ArrayList<>(names.organisations());
        known.addAll(names.outlets());
        for (String name : known) {
            String initials = initials(name);
            out.add(ActorKind.ORGANISATION, initials.length() > 1 ? List.of(name, initials) : List.of(name));
        }
        for (String place : names.places()) {
            out.add(ActorKind.PLACE, List.of(place));
        }

        List<String> people = new ArrayList<>();
        for (String first : names.first()) {
            for (String last : names.last()) {
                people.add(first + " " + last);
            }
        }
        Collections.shuffle(people, r);
        for (String person : people.subList(0, Math.min(people.size(), count / 5))) {
            List<String> personNames = new ArrayList<>(List.of(person));
            if (r.nextInt(4) == 0) {
                personNames.add(TITLES[r.nextInt(TITLES.length)] + " " + person);
            }
            if (r.nextInt(10) == 0) {
                personNames.add(person.substring(person.lastIndexOf(' ') + 1));
            }
            out.add(ActorKind.PERSON, personNames);
        }

        // Long-tail words of the vocabulary, as a person might make a code name or a nickname an alias.
        for (int k = 0; k < count / 50; k++) {
            int rank = 500 + r.nextInt(SyntheticCorpus.vocabularySize() - 500);
            out.add(ActorKind.OTHER, List.of(capitalised(SyntheticCorpus.word(rank))));
        }

        while (!out.full()) {
            if (r.nextBoolean()) {
                String name = madeUp(r) + " " + madeUp(r);
                out.add(ActorKind.PERSON, r.nextInt(3) == 0 ? List.of(name, "Dr. " + name) : List.of(name));
            } else {
                String name = madeUp(r) + " " + ORGANISATION_WORDS[r.nextInt(ORGANISATION_WORDS.length)];
                out.add(
                        ActorKind.ORGANISATION,
                        r.nextInt(4) == 0 ? List.of(name, initials(name) + "X") : List.of(name));
            }
        }
        return out.actors;
    }

    /** A made-up word of the articles' long tail, capitalised like a name. */
    private static String madeUp(Random r) {
        return capitalised(SyntheticCorpus.word(500 + r.nextInt(SyntheticCorpus.vocabularySize() - 500)));
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Actors with ids from 1, until the budget of names is spent (the last actor may lose names). */
    private static final class Actors {
        private final int budget;
        private final List<Actor> actors = new ArrayList<>();
        private int names;

        Actors(int budget) {
            this.budget = budget;
        }

        boolean full() {
            return names >= budget;
        }

        void add(ActorKind kind, List<String> actorNames) {
            if (full()) {
                return;
            }
            List<String> kept = actorNames.subList(0, Math.min(actorNames.size(), budget - names));
            long id = actors.size() + 1;
            List<Alias> aliases = new ArrayList<>();
            for (int k = 1; k < kept.size(); k++) {
                aliases.add(new Alias(id * 10 + k, id, kept.get(k), AliasKind.ALIAS));
            }
            actors.add(new Actor(id, kind, kept.getFirst(), "", null, null, aliases));
            names += kept.size();
        }
    }
}
