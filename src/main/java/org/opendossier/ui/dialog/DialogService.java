package org.opendossier.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;

/**
 * Everything a view model asks the user through a dialog. View models depend on this interface only, so
 * they are tested with a scripted implementation and no window.
 */
public interface DialogService {
    /** A short message a person can act on, with the technical details (a stack trace) on demand. */
    void showError(String title, String message, Throwable details);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** A folder to create a new case in (it must not exist yet, or be empty). */
    Optional<Path> chooseNewCaseFolder(Path suggested);

    Optional<Path> chooseCaseFolder();

    List<Path> chooseFilesToImport();

    Optional<Path> chooseFolderToImport();

    /** Where to save a file the app writes, such as an import report. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);

    /**
     * An actor, picked by typing any of its names, or (with {@code allowNew}) a new one named {@code words}
     * unless the person changes it.
     */
    Optional<ActorChoice> chooseActor(String title, String words, List<Actor> actors, boolean allowNew);

    /** One line of text, such as a new alias; empty when cancelled or left blank. */
    Optional<String> askText(String title, String prompt, String initial);

    /** A relationship from {@code from} to one of {@code others}. */
    Optional<RelationshipChoice> chooseRelationship(Actor from, List<Actor> others);

    /**
     * How to use {@code quote} as evidence: for one of {@code claims} (picked by typing any of its words) or
     * a new claim, with the source's stance and who speaks in it.
     */
    Optional<EvidenceChoice> chooseEvidence(String quote, List<Claim> claims, List<Actor> actors);

    /** One of {@code claims}, picked by typing any of its words. */
    Optional<Claim> chooseClaim(String title, List<Claim> claims);

    /** A relation from {@code from} to one of {@code others}. */
    Optional<ClaimRelationChoice> chooseClaimRelation(Claim from, List<Claim> others);
}
