package org.opendossier.export.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.Relationship;
import org.opendossier.model.SourceSummary;

/**
 * What a dossier shows, as data: the claims of its claim cards with the evidence they quote, the actors it names,
 * the relationships its profiles state, and every source it cites (in claim evidence, key mentions and
 * excerpts). A dossier bundle's data files hold exactly this, so that nothing else of the case travels with a
 * dossier sent out (decision record 0017).
 *
 * <p>The rules, each following what the reader of the dossier sees:
 *
 * <ul>
 *   <li><b>Claims</b>: those with a claim card. The claims an actor profile lists are shown by statement and status
 *       only, without their evidence, so they are not among the data: a review or annotation of them would name
 *       sources and quotes that the dossier does not cite.
 *   <li><b>Evidence</b>: the evidence behind the cards' quotes, without the investigator's note on it (the dossier
 *       does not print it).
 *   <li><b>Actors</b>: the profiled ones with their names, kind, aliases and notes, as the profile shows them; and,
 *       by name and kind only, the claimants, subjects and speakers of the carded claims and the other actor of a
 *       relationship that a profile states. Dates active are left out: no profile shows them.
 *   <li><b>Relationships</b>: those with a profiled actor at one end (what a profile lists), without their note and
 *       the passage behind them, which the dossier does not show.
 *   <li><b>Sources</b>: those cited anywhere, from {@link Citations}: one list for the appendix and the data.
 * </ul>
 *
 * Figures are pictures, not data: a timeline or network drawn in the dossier shows what it shows, and adds
 * nothing here.
 */
public final class DossierScope {
    private final Citations citations;
    private final List<Claim> claims;
    private final List<Evidence> evidence;
    private final List<Actor> actors;
    private final List<Relationship> relationships;

    private DossierScope(
            Citations citations,
            List<Claim> claims,
            List<Evidence> evidence,
            List<Actor> actors,
            List<Relationship> relationships) {
        this.citations = citations;
        this.claims = claims;
        this.evidence = evidence;
        this.actors = actors;
        this.relationships = relationships;
    }

    /**
     * The scope of {@code document}.
     *
     * @param caseActors the case's actors, to name the claimants, subjects, speakers and related actors by (one
     *     that is no longer in the case is left out)
     * @param caseRelationships the case's relationships, of which those a profile states are kept
     */
    public static DossierScope of(
            DossierDocument document, Collection<Actor> caseActors, Collection<Relationship> caseRelationships) {
        Map<Long, Claim> claims = new LinkedHashMap<>();
        Map<Long, Evidence> evidence = new LinkedHashMap<>();
        Map<Long, Actor> profiled = new LinkedHashMap<>();
        Set<Long> named = new LinkedHashSet<>();
        for (DossierDocument.Part part : document.parts()) {
            if (part instanceof DossierDocument.ClaimCard card) {
                claims.putIfAbsent(card.claim().id(), card.claim());
                named.addAll(card.claim().claimantIds());
                named.addAll(card.claim().subjectIds());
                for (Evidence e : card.evidence()) {
                    evidence.putIfAbsent(e.id(), e.withNote(""));
                    if (e.speakerId() != null) {
                        named.add(e.speakerId());
                    }
                }
            } else if (part instanceof DossierDocument.ActorProfile profile) {
                Actor a = profile.actor();
                profiled.putIfAbsent(a.id(), new Actor(a.id(), a.kind(), a.name(), a.notes(), null, null, a.aliases()));
            }
        }
        List<Relationship> stated = new ArrayList<>();
        for (Relationship r : caseRelationships) {
            if (profiled.containsKey(r.fromActorId()) || profiled.containsKey(r.toActorId())) {
                stated.add(new Relationship(
                        r.id(), r.fromActorId(), r.type(), r.toActorId(), r.validFrom(), r.validTo(), "", null));
                named.add(r.fromActorId());
                named.add(r.toActorId());
            }
        }
        Map<Long, Actor> byId = new LinkedHashMap<>();
        caseActors.forEach(a -> byId.put(a.id(), a));
        List<Actor> actors = new ArrayList<>(profiled.values());
        for (long id : named) {
            Actor a = byId.get(id);
            if (a != null && !profiled.containsKey(id)) {
                actors.add(new Actor(a.id(), a.kind(), a.name(), "", null, null, List.of()));
            }
        }
        return new DossierScope(
                Citations.of(document),
                List.copyOf(claims.values()),
                List.copyOf(evidence.values()),
                List.copyOf(actors),
                List.copyOf(stated));
    }

    /** The claims with a card, in the order of their first card. */
    public List<Claim> claims() {
        return claims;
    }

    /** The evidence behind the cards' quotes, in reading order, without notes. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** The actors the dossier names, profiled ones first, each with only what the dossier shows of it. */
    public List<Actor> actors() {
        return actors;
    }

    /** The relationships the profiles state, without notes or passages. */
    public List<Relationship> relationships() {
        return relationships;
    }

    /** Every source the dossier cites, in order of first citation. */
    public List<SourceSummary> sources() {
        return citations.sources();
    }

    /** The numbered citations, as every format prints them. */
    public Citations citations() {
        return citations;
    }

    /** The sources the card of claim {@code claimId} quotes, in order of first citation. */
    public List<SourceSummary> sourcesQuotedFor(long claimId) {
        Set<Long> quoted = new LinkedHashSet<>();
        evidence.stream().filter(e -> e.claimId() == claimId).forEach(e -> quoted.add(e.sourceId()));
        return sources().stream().filter(s -> quoted.contains(s.id())).toList();
    }
}
