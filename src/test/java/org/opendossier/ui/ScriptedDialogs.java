package org.opendossier.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.ClaimRelationChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.dialog.EvidenceChoice;
import org.opendossier.ui.dialog.RelationshipChoice;

/**
 * A {@link DialogService} for view-model tests: answers come from a script the test fills in, and what
 * the view model showed is recorded for assertions.
 */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final Deque<List<Path>> files = new ArrayDeque<>();
    public final Deque<ActorChoice> actors = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<RelationshipChoice> relationships = new ArrayDeque<>();
    public final Deque<EvidenceChoice> evidence = new ArrayDeque<>();
    public final Deque<ClaimRelationChoice> claimRelations = new ArrayDeque<>();
    /** The ids of the claims to pick, one per question. */
    public final Deque<Long> claims = new ArrayDeque<>();

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public Optional<Path> chooseNewCaseFolder(Path suggested) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseCaseFolder() {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public List<Path> chooseFilesToImport() {
        List<Path> next = files.poll();
        return next == null ? List.of() : next;
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<ActorChoice> chooseActor(String title, String words, List<Actor> candidates, boolean allowNew) {
        return Optional.ofNullable(actors.poll());
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<RelationshipChoice> chooseRelationship(Actor from, List<Actor> others) {
        return Optional.ofNullable(relationships.poll());
    }

    @Override
    public Optional<EvidenceChoice> chooseEvidence(String quote, List<Claim> claims, List<Actor> actors) {
        return Optional.ofNullable(evidence.poll());
    }

    @Override
    public Optional<Claim> chooseClaim(String title, List<Claim> candidates) {
        Long id = claims.poll();
        return candidates.stream().filter(c -> id != null && c.id() == id).findFirst();
    }

    @Override
    public Optional<ClaimRelationChoice> chooseClaimRelation(Claim from, List<Claim> others) {
        return Optional.ofNullable(claimRelations.poll());
    }
}
