package org.opendossier.analysis.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendossier.analysis.names.NameFolding;
import org.opendossier.analysis.similar.Terms.Kind;
import org.opendossier.analysis.similar.Terms.Term;
import org.opendossier.analysis.text.Segments;
import org.opendossier.model.TextSpan;

/**
 * "Find more evidence": the passages of some sources that probably say what a claim says, best first, each
 * with what it shares with the claim (decision record 0014).
 *
 * <p>The claim's statement and quotes become {@link Terms}: content words, quantities, years and months, and
 * the claim's actors. Every sentence of every candidate is a passage, and so is a sentence with the next one
 * in its paragraph when the two together score higher than either alone. A passage scores as in BM25 with
 * each term counted once: the sum, over the claim's terms it has, of the term's inverse document frequency
 * among all candidate sentences, times a factor that makes longer passages pay for their length ({@code k1 =
 * 1.2, b = 0.5}). So a rare figure or name weighs more than a word every sentence of the topic uses, and a
 * sentence that shares "500", "Moura" and "March 2022" beats one that merely shares "waste" and "port". The
 * score is divided by what a passage of average length holding every term would score.
 *
 * <p>A passage needs at least {@value #MIN_SHARED} shared terms and a score of {@value #MIN_SCORE}. Passages
 * overlapping a span already used as evidence or a better proposal in the same source, or repeating the
 * words of one (a headline that a page prints twice), are left out. The
 * order is fixed for equal input: score, then source id, then position.
 */
public final class EvidenceFinder {
    public static final int MIN_SHARED = 2;
    public static final double MIN_SCORE = 0.2;

    private static final double K1 = 1.2;
    private static final double B = 0.5;
    /** Words listed among what a passage shares, after quantities, actors and dates. */
    private static final int MAX_WORDS_SHOWN = 4;

    private EvidenceFinder() {}

    /**
     * Up to {@code limit} proposals among the candidates' passages, best first.
     *
     * @throws IllegalArgumentException if {@code limit} is negative or a source id is given twice
     */
    public static List<EvidenceProposal> find(ClaimText claim, List<CandidateSource> candidates, int limit) {
        Objects.requireNonNull(claim, "claim");
        if (limit < 0) {
            throw new IllegalArgumentException("The number of proposals asked for must not be negative: " + limit);
        }
        Query query = Query.of(claim, candidates);
        List<Sentence> sentences = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (CandidateSource c : candidates) {
            if (!ids.add(c.sourceId())) {
                throw new IllegalArgumentException(
                        "Source " + c.sourceId() + " was given twice; give each candidate source once.");
            }
            sentences.addAll(sentencesOf(c, query));
        }
        Weights weights = Weights.of(query, sentences);
        if (weights.ideal() == 0) {
            return List.of();
        }
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Passage single = Passage.of(List.of(s), weights);
            passages.add(single);
            if (i + 1 < sentences.size()) {
                Sentence next = sentences.get(i + 1);
                if (next.source() == s.source() && next.paragraph() == s.paragraph()) {
                    Passage pair = Passage.of(List.of(s, next), weights);
                    double alone = Math.max(
                            single.score(), Passage.of(List.of(next), weights).score());
                    if (pair.score() > alone) {
                        passages.add(pair);
                    }
                }
            }
        }
        passages.sort(Comparator.comparingDouble(Passage::score)
                .reversed()
                .thenComparingLong(p -> p.source().sourceId())
                .thenComparingInt(p -> p.span().start())
                .thenComparingInt(p -> p.span().end()));
        List<EvidenceProposal> out = new ArrayList<>();
        Map<Long, List<TextSpan>> taken = new HashMap<>();
        // a headline or caption that a page repeats is proposed once
        Set<String> proposedTexts = new HashSet<>();
        for (Passage p : passages) {
            if (out.size() == limit) {
                break;
            }
            if (p.matched().size() < MIN_SHARED || p.score() < MIN_SCORE) {
                continue;
            }
            List<TextSpan> takenHere = taken.computeIfAbsent(p.source().sourceId(), k -> new ArrayList<>());
            String words = p.source()
                    .text()
                    .substring(p.span().start(), p.span().end())
                    .replaceAll("\\s+", " ");
            if (overlapsAny(p.span(), p.source().usedSpans())
                    || overlapsAny(p.span(), takenHere)
                    || !proposedTexts.add(p.source().sourceId() + " " + words)) {
                continue;
            }
            takenHere.add(p.span());
            out.add(new EvidenceProposal(p.source().sourceId(), p.span(), p.score(), shared(p, query, weights)));
        }
        return List.copyOf(out);
    }

    private static List<Sentence> sentencesOf(CandidateSource c, Query query) {
        String text = c.text();
        List<Token> tokens = Token.all(text);
        Segments segments = Segments.of(text);
        List<Sentence> out = new ArrayList<>();
        int t = 0;
        for (int i = 0; i < segments.sentenceCount(); i++) {
            TextSpan span = segments.sentenceSpan(i);
            if (span.start() == span.end()) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).start() < span.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).start() < span.end()) {
                t++;
            }
            Terms.Extract extract = Terms.of(text, tokens, from, t);
            Map<String, Term> terms = new LinkedHashMap<>(extract.terms());
            query.addActors(c, span, tokens.subList(from, t), terms);
            out.add(new Sentence(c, span, segments.paragraph(span.start()), terms, extract.length()));
        }
        return out;
    }

    private static boolean overlapsAny(TextSpan span, List<TextSpan> others) {
        for (TextSpan o : others) {
            boolean overlap = o.start() == o.end()
                    ? o.start() >= span.start() && o.start() < span.end()
                    : o.start() < span.end() && span.start() < o.end();
            if (overlap) {
                return true;
            }
        }
        return false;
    }

    /** What the passage shares, for a person: quantities, actors, dates ("March 2022"), then the rarest words. */
    private static List<String> shared(Passage p, Query query, Weights weights) {
        List<Term> matched = new ArrayList<>(p.matched());
        matched.sort(Comparator.comparing(Term::kind)
                .thenComparing(Comparator.comparingDouble((Term m) -> weights.idf(m.key()))
                        .reversed())
                .thenComparing(Term::display));
        Set<String> actorWords = new HashSet<>();
        for (Term m : matched) {
            if (m.kind() == Kind.ACTOR) {
                actorWords.addAll(query.nameWords(m.key()));
            }
        }
        List<Term> months =
                matched.stream().filter(m -> m.key().startsWith("m:")).toList();
        Term year = matched.stream()
                .filter(m -> m.key().startsWith("y:"))
                .findFirst()
                .orElse(null);
        boolean joinDate = months.size() == 1 && year != null;
        List<String> out = new ArrayList<>();
        int words = 0;
        for (Term m : matched) {
            if (joinDate && m == year) {
                continue;
            }
            if (m.kind() == Kind.WORD) {
                if (actorWords.contains(m.key()) || words == MAX_WORDS_SHOWN) {
                    continue;
                }
                words++;
            }
            out.add(joinDate && m == months.get(0) ? m.display() + " " + year.display() : m.display());
        }
        return out;
    }

    /** One sentence of a candidate, with the terms it has. */
    private record Sentence(
            CandidateSource source, TextSpan span, int paragraph, Map<String, Term> terms, int length) {}

    /** A proposal in the making: one sentence or two, the claim's terms it has, and its score. */
    private record Passage(CandidateSource source, TextSpan span, List<Term> matched, double score) {
        static Passage of(List<Sentence> sentences, Weights weights) {
            Map<String, Term> matched = new LinkedHashMap<>();
            int length = 0;
            for (Sentence s : sentences) {
                for (Term t : s.terms().values()) {
                    if (weights.inQuery(t.key())) {
                        matched.putIfAbsent(t.key(), t);
                    }
                }
                length += s.length();
            }
            double sum = 0;
            for (String key : weights.queryKeys()) {
                if (matched.containsKey(key)) {
                    sum += weights.idf(key);
                }
            }
            double norm = (K1 + 1) / (1 + K1 * (1 - B + B * length / weights.averageLength()));
            Sentence first = sentences.get(0);
            Sentence last = sentences.get(sentences.size() - 1);
            return new Passage(
                    first.source(),
                    new TextSpan(first.span().start(), last.span().end()),
                    List.copyOf(matched.values()),
                    sum * norm / weights.ideal());
        }
    }

    /** The claim's terms with their weights among the candidate sentences. */
    private record Weights(Map<String, Double> idf, double ideal, double averageLength) {
        static Weights of(Query query, List<Sentence> sentences) {
            Map<String, Integer> df = new HashMap<>();
            long lengths = 0;
            for (Sentence s : sentences) {
                lengths += s.length();
                for (String key : s.terms().keySet()) {
                    if (query.terms().containsKey(key)) {
                        df.merge(key, 1, Integer::sum);
                    }
                }
            }
            int n = sentences.size();
            Map<String, Double> idf = new LinkedHashMap<>();
            double ideal = 0;
            for (String key : query.terms().keySet()) {
                Integer count = df.get(key);
                if (count != null) {
                    double w = Math.log(1 + (n - count + 0.5) / (count + 0.5));
                    idf.put(key, w);
                    ideal += w;
                }
            }
            return new Weights(idf, ideal, n == 0 ? 1 : Math.max(1, lengths / (double) n));
        }

        boolean inQuery(String key) {
            return idf.containsKey(key);
        }

        Set<String> queryKeys() {
            return idf.keySet();
        }

        double idf(String key) {
            return idf.getOrDefault(key, 0.0);
        }
    }

    /** The claim as terms, and its actors' names as word sequences to look for. */
    private record Query(Map<String, Term> terms, Map<String, List<String>> names) {
        static Query of(ClaimText claim, List<CandidateSource> candidates) {
            Map<String, Term> terms = new LinkedHashMap<>();
            for (String text : concat(claim.statement(), claim.quotes())) {
                List<Token> tokens = Token.all(text);
                Terms.of(text, tokens, 0, tokens.size()).terms().forEach(terms::putIfAbsent);
            }
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (String name : claim.actorNames()) {
                List<String> words = Token.all(name).stream().map(Token::folded).toList();
                if (!words.isEmpty()) {
                    String key = actorKey(name);
                    terms.putIfAbsent(key, new Term(key, Kind.ACTOR, name.strip()));
                    names.computeIfAbsent(key, k -> new ArrayList<>()).add(String.join(" ", words));
                }
            }
            for (CandidateSource c : candidates) {
                for (ActorMention m : c.actorMentions()) {
                    String key = actorKey(m.actorName());
                    terms.putIfAbsent(
                            key, new Term(key, Kind.ACTOR, m.actorName().strip()));
                }
            }
            return new Query(terms, names);
        }

        /** Adds the claim's actors that a sentence names, by a mention in it or by one of their names in full. */
        void addActors(CandidateSource c, TextSpan span, List<Token> tokens, Map<String, Term> into) {
            for (ActorMention m : c.actorMentions()) {
                if (m.span().start() >= span.start() && m.span().start() < span.end()) {
                    String key = actorKey(m.actorName());
                    into.putIfAbsent(
                            key, new Term(key, Kind.ACTOR, m.actorName().strip()));
                }
            }
            if (names.isEmpty() || tokens.isEmpty()) {
                return;
            }
            String words =
                    " " + String.join(" ", tokens.stream().map(Token::folded).toList()) + " ";
            for (Map.Entry<String, List<String>> e : names.entrySet()) {
                for (String name : e.getValue()) {
                    if (words.contains(" " + name + " ")) {
                        into.putIfAbsent(e.getKey(), terms.get(e.getKey()));
                    }
                }
            }
        }

        /** The word keys of an actor's names, so that "Moura" is not listed again beside the actor. */
        Set<String> nameWords(String actorKey) {
            Set<String> out = new HashSet<>();
            String folded = actorKey.substring("a:".length());
            for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
                out.add("w:" + Stems.of(w));
            }
            for (String name : names.getOrDefault(actorKey, List.of())) {
                for (String w : name.split(" ")) {
                    out.add("w:" + Stems.of(w));
                }
            }
            return out;
        }

        private static String actorKey(String name) {
            return "a:" + NameFolding.key(name);
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> out = new ArrayList<>(rest.size() + 1);
            out.add(first);
            out.addAll(rest);
            return out;
        }
    }
}
