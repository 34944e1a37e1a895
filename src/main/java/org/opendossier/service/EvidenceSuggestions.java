package org.opendossier.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendossier.analysis.similar.ActorMention;
import org.opendossier.analysis.similar.CandidateSource;
import org.opendossier.analysis.similar.ClaimText;
import org.opendossier.analysis.similar.EvidenceFinder;
import org.opendossier.analysis.similar.EvidenceProposal;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.Mention;
import org.opendossier.model.ReviewState;
import org.opendossier.model.SearchHit;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;
import org.opendossier.store.CaseStore;

/**
 * "Find more evidence": passages in the case's sources that probably say what a claim says. The search
 * index narrows the case to the sources sharing the most words and names with the claim and its quotes;
 * {@link EvidenceFinder} then ranks their sentences by shared words, numbers, dates and actors.
 */
public final class EvidenceSuggestions {
    /** Sources read closely after the index has ranked them. */
    static final int CANDIDATE_SOURCES = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int SHORTEST_WORD = 4;
    private static final int MOST_WORDS = 60;

    private final Transactions transactions;
    private final SearchService search;

    public EvidenceSuggestions(CaseStore store, SearchService search) {
        this.transactions = new Transactions(store);
        this.search = search;
    }

    /** Up to {@code limit} passages not yet used as evidence for the claim, best first. */
    public List<EvidenceCandidate> propose(long claimId, int limit) throws CaseException {
        Context context = transactions.read(tx -> {
            Claim claim = tx.claims()
                    .find(claimId)
                    .orElseThrow(() -> new CaseException("There is no claim " + claimId + "."));
            Map<Long, Actor> involved = new HashMap<>();
            for (long id : union(claim.claimantIds(), claim.subjectIds())) {
                tx.actors().find(id).ifPresent(a -> involved.put(a.id(), a));
            }
            return new Context(claim, tx.claims().evidenceOf(claimId), involved);
        });
        List<String> names = new ArrayList<>();
        context.actors().values().forEach(a -> names.addAll(a.names()));
        List<String> quotes = context.evidence().stream().map(Evidence::quote).toList();
        String query = query(context.claim().statement(), quotes, names);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Long> ids;
        try {
            ids = search.search(query, CANDIDATE_SOURCES).hits().stream()
                    .map(SearchHit::id)
                    .toList();
        } catch (SearchException e) {
            throw new CaseException("Could not search for more evidence: " + e.getMessage(), e);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.read(tx -> {
            Map<Long, List<ActorMention>> mentions = new HashMap<>();
            for (Mention m : tx.actors().mentionsIn(ids)) {
                Actor a = context.actors().get(m.actorId());
                if (a != null && m.review() != ReviewState.REJECTED) {
                    mentions.computeIfAbsent(m.sourceId(), k -> new ArrayList<>())
                            .add(new ActorMention(m.span(), a.name()));
                }
            }
            Map<Long, List<TextSpan>> used = new HashMap<>();
            context.evidence().forEach(e -> used.computeIfAbsent(e.sourceId(), k -> new ArrayList<>())
                    .add(e.span()));
            Map<Long, Source> texts = new HashMap<>();
            List<CandidateSource> candidates = new ArrayList<>();
            for (Source s : tx.sources().findAll(ids)) {
                texts.put(s.id(), s);
                candidates.add(new CandidateSource(
                        s.id(),
                        s.text(),
                        mentions.getOrDefault(s.id(), List.of()),
                        used.getOrDefault(s.id(), List.of())));
            }
            ClaimText claimText = new ClaimText(context.claim().statement(), names, quotes);
            List<EvidenceCandidate> out = new ArrayList<>();
            for (EvidenceProposal p : EvidenceFinder.find(claimText, candidates, limit)) {
                Source s = texts.get(p.sourceId());
                String passage = s.text().substring(p.span().start(), p.span().end());
                out.add(new EvidenceCandidate(s.summary(), p.span(), passage, p.score(), p.shared()));
            }
            return out;
        });
    }

    private record Context(Claim claim, List<Evidence> evidence, Map<Long, Actor> actors) {}

    /** Any of the claim's longer words or its actors' names, each quoted so no word is read as syntax. */
    static String query(String statement, List<String> quotes, List<String> names) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : union(List.of(statement), quotes)) {
            Matcher m = WORD.matcher(text);
            while (m.find() && terms.size() < MOST_WORDS) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.length() >= SHORTEST_WORD || w.chars().allMatch(Character::isDigit)) {
                    terms.add("\"" + w + "\"");
                }
            }
        }
        for (String n : names) {
            String clean = n.replace("\"", " ").strip();
            if (!clean.isEmpty()) {
                terms.add("\"" + clean + "\"");
            }
        }
        return String.join(" OR ", terms);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
