package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;
import org.opendossier.service.ClaimListing;
import org.opendossier.service.ClaimWarning;
import org.opendossier.service.EvidenceCandidate;
import org.opendossier.service.Tally;
import org.opendossier.ui.dialog.EvidenceChoice;

/**
 * The claims and matrix panes without a window, on the sample case: a reader selection becomes a claim,
 * "find more evidence" finds the wire story's republication, which counts as the same outlet, and edits
 * undo and redo.
 */
class ClaimPanesViewModelTest extends OnTheSampleCase {
    private static final String WIRE_WORDS =
            "called on regulators to investigate whether dredged harbour sludge had been dumped";

    private SourceSummary titled(String start) {
        model.library().reload();
        return model.library().visibleSources().stream()
                .filter(s -> s.title().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private ClaimListing only() {
        assertThat(model.claims().claims()).hasSize(1);
        return model.claims().claims().get(0);
    }

    @Test
    void aSelectionBecomesAClaimAndFindingMoreEvidenceAddsTheWireCopyAsTheSameOutlet() {
        SourceSummary wire = titled("Heavy metals found in Ostrel");
        model.reader().show(wire.id(), null);
        String text = model.reader().sourceProperty().get().text();
        int at = text.indexOf(WIRE_WORDS);
        model.reader().selectionProperty().set(new TextSpan(at, at + WIRE_WORDS.length()));
        dialogs.evidence.add(new EvidenceChoice(
                null, "Dredged harbour sludge was dumped in the Ostrel", Stance.REPORTS, null, "wire copy"));
        model.reader().useSelectionAsEvidence();

        ClaimListing claim = only();
        assertThat(claim.claim().statement()).isEqualTo("Dredged harbour sludge was dumped in the Ostrel");
        assertThat(claim.backing()).isEqualTo(new Tally(1, 1));
        assertThat(model.reader().quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.evidence().span()).isEqualTo(new TextSpan(at, at + WIRE_WORDS.length())));

        model.claims().select(claim.claim().id());
        assertThat(model.claims().evidence()).hasSize(1);
        model.claims().findMore();
        SourceSummary copy = titled("Toxic metals in the Ostrel");
        EvidenceCandidate republished = model.claims().candidates().stream()
                .filter(c -> c.source().id() == copy.id() && c.passage().contains(WIRE_WORDS))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not proposed: "
                        + model.claims().candidates().stream()
                                .map(c -> c.source().title() + ": " + c.passage())
                                .toList()));
        assertThat(model.claims().candidates())
                .noneMatch(c -> c.source().id() == wire.id()
                        && c.span().start() <= at
                        && c.span().end() >= at);
        model.claims().confirm(republished, Stance.REPORTS);

        ClaimListing two = only();
        assertThat(two.backing()).isEqualTo(new Tally(1, 2));
        assertThat(two.warnings()).contains(ClaimWarning.ONE_STORY);
        assertThat(model.claims().evidence()).hasSize(2);
        model.matrix().reload();
        assertThat(model.matrix().matrixProperty().get().columns()).hasSize(2);

        assertThat(model.claims().candidates()).isNotEmpty();
        EvidenceCandidate other = model.claims().candidates().get(0);
        model.claims().dismiss(other);
        model.claims().findMore();
        assertThat(model.claims().candidates()).doesNotContain(other);
    }

    @Test
    void aBadDateIsRefusedAndEveryEditUndoes() {
        dialogs.texts.add("The council skipped a public tender");
        model.claims().newClaim();
        ClaimListing claim = only();
        assertThat(model.claims().selectedProperty().get()).isEqualTo(claim);

        model.claims().save(claim.claim().statement(), ClaimStatus.DISPUTED, "October 2025", "", "");
        assertThat(dialogs.errors).singleElement().asString().contains("Not a date: \"October 2025\"");
        assertThat(only().claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);

        model.claims()
                .save("The council skipped a public tender", ClaimStatus.DISPUTED, "2025-10", "council, tender", "");
        assertThat(only().claim().status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(only().claim().tags()).containsExactly("council", "tender");
        assertThat(model.claims().undoLabelProperty().get()).isEqualTo("change claim");

        model.claims().undo();
        assertThat(only().claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);
        assertThat(model.claims().redoLabelProperty().get()).isEqualTo("change claim");
        model.claims().redo();
        assertThat(only().claim().eventDate()).hasToString("2025-10");
        model.claims().undo();
        model.claims().undo();
        assertThat(model.claims().claims()).isEmpty();
        assertThat(model.claims().undoLabelProperty().get()).isEmpty();
    }
}
