package org.opendossier.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendossier.export.annotation.AnnotatedEvidence;
import org.opendossier.export.annotation.ClaimReviewWriter;
import org.opendossier.export.annotation.ReviewAuthor;
import org.opendossier.export.annotation.ReviewedClaim;
import org.opendossier.export.annotation.WebAnnotationWriter;
import org.opendossier.export.bundle.BundleFile;
import org.opendossier.export.dossier.DossierDocument;
import org.opendossier.export.dossier.DossierScope;
import org.opendossier.export.dossier.SourcesCsvWriter;
import org.opendossier.export.ftm.FtmWriter;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.Source;

/**
 * The files of a dossier's bundle, rendered: the dossier as PDF, HTML and Markdown, and as data what it shows
 * ({@link DossierScope}): its carded claims as schema.org ClaimReview, their evidence as W3C Web Annotations, the
 * actors it names as FollowTheMoney, and the sources it cites as CSV (decision record 0017).
 */
final class DossierBundleFiles {
    /** Who the claim reviews name as their author when the dossier names nobody: a review must name someone. */
    static final String NO_AUTHOR = "Author not named";

    private DossierBundleFiles() {}

    /**
     * Renders every file.
     *
     * @param sources the sources the document was resolved from, by id: at least every cited one
     * @param caseId what names the case in the data's ids, as in the other exports
     */
    static Map<BundleFile, byte[]> of(
            DossierDocument document, DossierScope scope, Map<Long, Source> sources, String caseId)
            throws CaseException {
        Map<BundleFile, byte[]> files = new EnumMap<>(BundleFile.class);
        files.put(BundleFile.PDF, bytes(out -> DossierService.render(document, DossierService.Format.PDF, out)));
        files.put(BundleFile.HTML, bytes(out -> DossierService.render(document, DossierService.Format.HTML, out)));
        files.put(
                BundleFile.MARKDOWN,
                bytes(out -> DossierService.render(document, DossierService.Format.MARKDOWN, out)));
        Map<Long, Actor> actors = new HashMap<>();
        scope.actors().forEach(a -> actors.put(a.id(), a));
        List<ReviewedClaim> reviews = scope.claims().stream()
                .map(c -> new ReviewedClaim(c, claimants(c, actors), scope.sourcesQuotedFor(c.id()), null))
                .toList();
        Dossier dossier = document.dossier();
        ClaimReviewWriter reviewWriter = new ClaimReviewWriter(
                new ReviewAuthor(
                        dossier.author().isBlank()
                                ? NO_AUTHOR
                                : dossier.author().strip(),
                        ActorKind.ORGANISATION,
                        null),
                dossier.date() != null ? dossier.date() : LocalDate.now());
        files.put(BundleFile.CLAIMS, bytes(out -> reviewWriter.write(reviews, out)));
        Map<Long, String> names = new HashMap<>();
        actors.values().forEach(a -> names.put(a.id(), a.name()));
        List<AnnotatedEvidence> annotated = AnnotatedEvidence.join(
                scope.evidence(),
                scope.claims(),
                sources.values().stream().filter(Objects::nonNull).toList(),
                names);
        files.put(BundleFile.EVIDENCE, bytes(out -> new WebAnnotationWriter(caseId).writeCollection(annotated, out)));
        files.put(BundleFile.ACTORS, bytes(out -> new FtmWriter(caseId)
                .write(scope.actors(), scope.relationships(), out)));
        Map<Long, String> bylines = new HashMap<>();
        scope.sources().forEach(s -> bylines.put(s.id(), sources.get(s.id()).byline()));
        files.put(BundleFile.SOURCES, bytes(out -> new SourcesCsvWriter().write(scope.citations(), bylines, out)));
        return files;
    }

    private static List<Actor> claimants(Claim claim, Map<Long, Actor> actors) {
        return claim.claimantIds().stream()
                .map(actors::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static byte[] bytes(AtomicFiles.Writing writing) throws CaseException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new CaseException("Could not render the bundle's files: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
