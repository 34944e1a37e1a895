package org.opendossier.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendossier.export.annotation.AnnotatedEvidence;
import org.opendossier.export.annotation.AnnotationReadResult;
import org.opendossier.export.annotation.ClaimReviewWriter;
import org.opendossier.export.annotation.DossierUrn;
import org.opendossier.export.annotation.ImportedAnnotation;
import org.opendossier.export.annotation.ReviewAuthor;
import org.opendossier.export.annotation.ReviewedClaim;
import org.opendossier.export.annotation.WebAnnotationReader;
import org.opendossier.export.annotation.WebAnnotationWriter;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.Source;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;
import org.opendossier.store.CaseStore;

/**
 * Claims and evidence as data other tools read: evidence as W3C Web Annotations (JSON-LD) written and read
 * back, claims as schema.org {@code ClaimReview} (decision record 0015).
 */
public final class ClaimInterchange {
    private final CaseStore store;
    private final Transactions transactions;
    private final ClaimService claims;

    public ClaimInterchange(CaseStore store, ClaimService claims) {
        this.store = store;
        this.transactions = new Transactions(store);
        this.claims = claims;
    }

    /** What reading annotations into the case did. */
    public record ImportResult(int added, int skipped, List<String> problems) {
        public ImportResult {
            problems = List.copyOf(problems);
        }
    }

    /** Writes every piece of evidence as one W3C {@code AnnotationCollection}. */
    public int exportAnnotations(Path target) throws CaseException {
        List<AnnotatedEvidence> items = transactions.read(tx -> {
            List<Evidence> evidence = tx.claims().allEvidence();
            Set<Long> sourceIds = new HashSet<>();
            evidence.forEach(e -> sourceIds.add(e.sourceId()));
            return AnnotatedEvidence.join(
                    evidence,
                    tx.claims().list(),
                    tx.sources().findAll(sourceIds),
                    names(tx.actors().list()));
        });
        AtomicFiles.write(target, out -> new WebAnnotationWriter(store.caseId()).writeCollection(items, out));
        return items.size();
    }

    /**
     * Writes every claim as a schema.org {@code ClaimReview} by {@code author}, dated today; the sources that
     * quote a claim are its appearances.
     */
    public int exportClaimReviews(Path target, String author, ActorKind authorKind) throws CaseException {
        if (author == null || author.isBlank()) {
            throw new CaseException("A ClaimReview needs an author: who reviewed the claims (a person or newsroom).");
        }
        List<ReviewedClaim> reviews = transactions.read(tx -> {
            Map<Long, Actor> actors = new HashMap<>();
            tx.actors().list().forEach(a -> actors.put(a.id(), a));
            Map<Long, Set<Long>> sourcesOf = new HashMap<>();
            Set<Long> all = new HashSet<>();
            for (Evidence e : tx.claims().allEvidence()) {
                sourcesOf.computeIfAbsent(e.claimId(), k -> new HashSet<>()).add(e.sourceId());
                all.add(e.sourceId());
            }
            Map<Long, SourceSummary> summaries = tx.sources().summaries(all);
            List<ReviewedClaim> out = new ArrayList<>();
            for (Claim c : tx.claims().list()) {
                List<Actor> claimants = c.claimantIds().stream()
                        .map(actors::get)
                        .filter(a -> a != null)
                        .toList();
                List<SourceSummary> appearances = sourcesOf.getOrDefault(c.id(), Set.of()).stream()
                        .map(summaries::get)
                        .filter(s -> s != null)
                        .sorted(Comparator.comparingLong(SourceSummary::id))
                        .toList();
                out.add(new ReviewedClaim(c, claimants, appearances, null));
            }
            return out;
        });
        ReviewAuthor by = new ReviewAuthor(author.strip(), authorKind, null);
        AtomicFiles.write(target, out -> new ClaimReviewWriter(by, LocalDate.now()).write(reviews, out));
        return reviews.size();
    }

    /**
     * Reads W3C Web Annotations (ours, or another tool's) as evidence. Each names its source by content hash
     * or URL; its claim by our id, else by statement (a claim with that statement is made if there is none);
     * its quote is placed on the source's text. Annotations that cannot be used are reported with the
     * reason and the rest go in.
     */
    public ImportResult importAnnotations(Path file) throws CaseException {
        AnnotationReadResult read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new WebAnnotationReader().read(in);
        } catch (IOException e) {
            throw new CaseException("Could not read annotations from " + file + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(p.toString()));
        int added = 0;
        int skipped = read.problems().size();
        List<SourceSummary> sources = transactions.read(tx -> tx.sources().list());
        for (ImportedAnnotation a : read.annotations()) {
            try {
                if (importOne(a, sources)) {
                    added++;
                } else {
                    skipped++;
                }
            } catch (CaseException e) {
                skipped++;
                problems.add("annotation " + a.index() + ": " + e.getMessage());
            }
        }
        return new ImportResult(added, skipped, problems);
    }

    /** Adds one annotation's evidence; false when the case already has it. */
    private boolean importOne(ImportedAnnotation a, List<SourceSummary> sources) throws CaseException {
        SourceSummary summary = findSource(a, sources)
                .orElseThrow(() -> new CaseException("no source in this case has "
                        + (a.source().sha256() != null
                                ? "SHA-256 " + a.source().sha256()
                                : "URL " + a.source().url())
                        + "; import that document first."));
        Source source = transactions.read(tx -> tx.sources().find(summary.id())).orElseThrow();
        TextSpan span = place(a, source);
        Long speaker = speaker(a);
        Optional<Long> claimId = findClaim(a);
        if (claimId.isPresent()) {
            long claim = claimId.get();
            boolean present = claims.evidenceIn(source.id()).stream()
                    .anyMatch(
                            q -> q.claim().id() == claim && q.evidence().span().equals(span));
            if (present) {
                return false;
            }
            claims.addEvidence(claimId.get(), source.id(), span, a.stance(), speaker, a.note());
        } else {
            if (a.claimStatement() == null || a.claimStatement().isBlank()) {
                throw new CaseException("it names no claim (no claim body); nothing to attach the quote to.");
            }
            claims.createWithEvidence(
                    Claim.draft(a.claimStatement()), source.id(), span, a.stance(), speaker, a.note());
        }
        return true;
    }

    private static Optional<SourceSummary> findSource(ImportedAnnotation a, List<SourceSummary> sources) {
        if (a.source().sha256() != null) {
            Optional<SourceSummary> bySha = sources.stream()
                    .filter(s -> s.sha256().equalsIgnoreCase(a.source().sha256()))
                    .findFirst();
            if (bySha.isPresent()) {
                return bySha;
            }
        }
        String url = a.source().url();
        return url == null
                ? Optional.empty()
                : sources.stream().filter(s -> url.equals(s.url())).findFirst();
    }

    /** The quote's place in the source's text as it is now; refused when the quote is not there. */
    private static TextSpan place(ImportedAnnotation a, Source source) throws CaseException {
        TextSpan given = a.spanIn(source.text());
        if (given != null
                && given.end() <= source.text().length()
                && source.text()
                        .substring(given.start(), given.end())
                        .equals(a.quote().exact())) {
            return given;
        }
        return Quotes.locate(source, a.quote().exact());
    }

    private Optional<Long> findClaim(ImportedAnnotation a) throws CaseException {
        if (a.claimRef() != null) {
            Optional<DossierUrn> urn = DossierUrn.parse(a.claimRef());
            if (urn.isPresent()
                    && urn.get().kind() == DossierUrn.Kind.CLAIM
                    && urn.get().caseId().equals(store.caseId())
                    && claims.find(urn.get().id()).isPresent()) {
                return Optional.of(urn.get().id());
            }
        }
        if (a.claimStatement() == null) {
            return Optional.empty();
        }
        String wanted = a.claimStatement().strip().toLowerCase(Locale.ROOT);
        return claims.all().stream()
                .filter(c -> c.statement().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Claim::id)
                .findFirst();
    }

    private Long speaker(ImportedAnnotation a) throws CaseException {
        if (a.speakerRef() != null) {
            Optional<DossierUrn> urn = DossierUrn.parse(a.speakerRef());
            if (urn.isPresent()
                    && urn.get().kind() == DossierUrn.Kind.ACTOR
                    && urn.get().caseId().equals(store.caseId())) {
                Optional<Actor> actor =
                        transactions.read(tx -> tx.actors().find(urn.get().id()));
                if (actor.isPresent()) {
                    return actor.get().id();
                }
            }
        }
        if (a.speakerName() == null) {
            return null;
        }
        String key = a.speakerName().strip().toLowerCase(Locale.ROOT);
        List<Actor> named = transactions.read(tx -> tx.actors().list()).stream()
                .filter(x -> x.names().stream()
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(key)))
                .toList();
        return named.size() == 1 ? named.get(0).id() : null;
    }

    private static Map<Long, String> names(List<Actor> actors) {
        Map<Long, String> names = new HashMap<>();
        actors.forEach(a -> names.put(a.id(), a.name()));
        return names;
    }
}
