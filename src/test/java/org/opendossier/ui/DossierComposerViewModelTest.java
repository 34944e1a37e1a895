package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseSession;
import org.opendossier.service.DossierService;
import org.opendossier.ui.dossier.BlockKind;
import org.opendossier.ui.dossier.DossierComposerViewModel;
import org.opendossier.ui.dossier.DropPlace;
import org.opendossier.ui.dossier.OutlineRow;
import org.opendossier.ui.dossier.OutlineRows;
import org.opendossier.ui.dossier.PaletteItem;

/**
 * The dossier composer without a window, on the sample case: drops land where they point, headings carry
 * their sections and nest by level, typing is saved after a pause and never lost on close, the Edit menu undoes
 * the pane in front, a deleted claim shows as missing, and the preview draws the exported PDF.
 */
class DossierComposerViewModelTest extends OnTheSampleCase {
    private static final String DUMPING = "Varrow Maritime dumped dredged sludge in the Ostrel estuary";
    private static final String PERMIT = "The harbour council granted the dredging permit without a tender";

    private long dumping;
    private long permit;
    private long varrow;

    @BeforeEach
    void claimsAndActors() throws CaseException {
        CaseSession session = session();
        dumping = session.claims().create(Claim.draft(DUMPING)).id();
        permit = session.claims().create(Claim.draft(PERMIT)).id();
        varrow = session.actors()
                .create(ActorKind.ORGANISATION, "Varrow Maritime", "")
                .id();
        dialogs.texts.add("The Ostrel dumping");
        composer().newDossier();
    }

    @AfterEach
    void nothingWentWrong() {
        assertThat(dialogs.errors).isEmpty();
    }

    private CaseSession session() {
        return model.sessionProperty().get();
    }

    private DossierComposerViewModel composer() {
        return model.dossier();
    }

    /** The dossier as the case stores it, read again through the service. */
    private Dossier stored() throws CaseException {
        return session()
                .dossiers()
                .find(composer().dossierProperty().get().id())
                .orElseThrow();
    }

    private PaletteItem item(BlockKind kind, long id) {
        return composer().palette().stream()
                .filter(p -> p.kind() == kind && p.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static DossierBlock.Heading heading(int level, String text) {
        return new DossierBlock.Heading(level, text);
    }

    /** Findings (1), its note; Background (1) — built as a person would, through the pane's commands. */
    private void twoSections() throws CaseException {
        composer().addHeading();
        composer().headingTextProperty().set("Findings");
        composer().addNote();
        composer().noteProperty().set("What the four outlets reported.");
        composer().select(OutlineRows.COVER);
        composer().addHeading();
        composer().headingTextProperty().set("Background");
        composer().flush();
        assertThat(stored().blocks())
                .containsExactly(
                        heading(1, "Findings"),
                        new DossierBlock.Note("What the four outlets reported."),
                        heading(1, "Background"));
    }

    @Test
    void aNewDossierIsShownWithItsCoverAndThePaletteListsClaimsAndActors() throws CaseException {
        assertThat(composer().dossiers()).extracting(Dossier::title).containsExactly("The Ostrel dumping");
        assertThat(composer().selectedProperty().get()).isEqualTo(OutlineRows.COVER);
        assertThat(composer().editingProperty().get()).isEqualTo(BlockKind.COVER);
        assertThat(composer().rows())
                .containsExactly(new OutlineRow(OutlineRows.COVER, 0, BlockKind.COVER, "The Ostrel dumping", false));
        assertThat(composer().palette())
                .extracting(PaletteItem::text)
                .containsExactly(DUMPING, PERMIT, "Varrow Maritime");
        composer().paletteFilterProperty().set("varrow");
        assertThat(composer().palette()).extracting(PaletteItem::text).containsExactly(DUMPING, "Varrow Maritime");
        assertThat(stored().date()).isNotNull();

        Path html = home.resolve("ostrel.html");
        dialogs.folders.add(html);
        composer().export(DossierService.Format.HTML);
        assertThat(html).content().contains("The Ostrel dumping");
        assertThat(composer().statusProperty().get()).isEqualTo("Saved " + html);
    }

    @Test
    void dropsLandWhereTheyPointAndAHeadingCarriesItsSection() throws CaseException {
        twoSections();

        // Onto a heading: the last of the blocks directly under it.
        composer().dropClaim(dumping, 0, DropPlace.INTO, true);
        // Above a heading: at the end of the section before it.
        composer().dropActor(varrow, 3, DropPlace.BEFORE, true);
        assertThat(stored().blocks())
                .containsExactly(
                        heading(1, "Findings"),
                        new DossierBlock.Note("What the four outlets reported."),
                        new DossierBlock.ClaimCard(dumping),
                        new DossierBlock.ActorProfile(varrow),
                        heading(1, "Background"));
        assertThat(composer().selectedProperty().get()).isEqualTo(3);
        assertThat(composer().rows()).extracting(OutlineRow::depth).containsExactly(0, 1, 2, 2, 2, 1);

        // Background dropped onto Findings: nested one level down, at the end of its section.
        composer().select(4);
        composer().add(item(BlockKind.CLAIM, permit));
        composer().dropBlock(4, 0, DropPlace.INTO, true);
        assertThat(stored().blocks())
                .containsExactly(
                        heading(1, "Findings"),
                        new DossierBlock.Note("What the four outlets reported."),
                        new DossierBlock.ClaimCard(dumping),
                        new DossierBlock.ActorProfile(varrow),
                        heading(2, "Background"),
                        new DossierBlock.ClaimCard(permit));
        assertThat(composer().rows()).extracting(OutlineRow::depth).containsExactly(0, 1, 2, 2, 2, 2, 3);
        assertThat(composer().rows().get(6).text()).isEqualTo(PERMIT);

        // Back above Findings, as its sibling again, with its claim; a heading cannot go into its own section.
        assertThat(composer().canDropBlock(4, 5)).isFalse();
        composer().dropBlock(4, 0, DropPlace.BEFORE, true);
        assertThat(stored().blocks())
                .startsWith(heading(1, "Background"), new DossierBlock.ClaimCard(permit), heading(1, "Findings"));
        assertThat(composer().selectedProperty().get()).isZero();
    }

    @Test
    void altUpAndDownStepThroughTheTreeAndHeadingsChangeLevel() throws CaseException {
        twoSections();
        composer().select(1);

        // The note steps up out of its section, then down back into it.
        composer().moveUp();
        assertThat(stored().blocks().get(0)).isInstanceOf(DossierBlock.Note.class);
        assertThat(composer().selectedProperty().get()).isZero();
        composer().moveDown();
        assertThat(stored().blocks().get(1)).isInstanceOf(DossierBlock.Note.class);
        assertThat(composer().selectedProperty().get()).isEqualTo(1);

        // Background steps above Findings with nothing of Findings' section.
        composer().select(2);
        composer().moveUp();
        assertThat(stored().blocks())
                .containsExactly(
                        heading(1, "Background"),
                        heading(1, "Findings"),
                        new DossierBlock.Note("What the four outlets reported."));
        composer().moveUp();
        assertThat(stored().blocks().getFirst()).isEqualTo(heading(1, "Background"));

        composer().select(1);
        composer().demote();
        assertThat(stored().blocks().get(1)).isEqualTo(heading(2, "Findings"));
        assertThat(composer().headingLevelProperty().get()).isEqualTo(2);
        assertThat(composer().rows()).extracting(OutlineRow::depth).containsExactly(0, 1, 2, 3);
        composer().demote();
        composer().demote();
        assertThat(stored().blocks().get(1)).isEqualTo(heading(3, "Findings"));
        composer().promote();
        composer().promote();
        assertThat(stored().blocks().get(1)).isEqualTo(heading(1, "Findings"));
        assertThat(session().dossiers().undoLabel()).contains("promote heading");
    }

    @Test
    void typingIsSavedAfterAPauseAndWhatIsLeftWhenTheCaseCloses() throws CaseException {
        composer().addNote();
        composer().noteProperty().set("Three outlets");
        assertThat(stored().blocks()).containsExactly(new DossierBlock.Note(""));

        tasks.runDelayed();
        assertThat(stored().blocks()).containsExactly(new DossierBlock.Note("Three outlets"));

        // A blank title is not saved; the field says why and the cover keeps the old one.
        composer().select(OutlineRows.COVER);
        composer().titleProperty().set(" ");
        composer().authorProperty().set("R. Vale");
        composer().flush();
        assertThat(stored().title()).isEqualTo("The Ostrel dumping");
        assertThat(stored().author()).isEqualTo("R. Vale");
        assertThat(composer().problemProperty().get()).contains("needs a title");
        composer().titleProperty().set("The Ostrel dumping, as reported");
        tasks.runDelayed();
        assertThat(stored().title()).isEqualTo("The Ostrel dumping, as reported");
        assertThat(composer().problemProperty().get()).isEmpty();

        // Typed, and the case closed before the pause was over.
        composer().select(0);
        composer().noteProperty().set("Three outlets, one wire story.");
        long id = stored().id();
        model.closeCase();
        model.openSample();
        assertThat(session().dossiers().find(id).orElseThrow().blocks())
                .containsExactly(new DossierBlock.Note("Three outlets, one wire story."));
    }

    @Test
    void theEditMenuUndoesThePaneInFront() throws CaseException {
        composer().addHeading();
        composer().dropClaim(dumping, 0, DropPlace.INTO, true);
        model.claims().reload();
        model.claims().select(permit);
        model.claims().delete();
        assertThat(model.undoLabelProperty().get()).isEqualTo("delete claim");

        model.setComposerInFront(true);
        assertThat(model.undoLabelProperty().get()).isEqualTo("add claim card");
        model.undo();
        assertThat(stored().blocks()).containsExactly(heading(1, "New section"));
        assertThat(session().claims().find(permit)).isEmpty();
        assertThat(model.redoLabelProperty().get()).isEqualTo("add claim card");
        model.redo();
        assertThat(stored().blocks()).hasSize(2);

        model.setComposerInFront(false);
        model.undo();
        assertThat(session().claims().find(permit)).isPresent();
        assertThat(stored().blocks()).hasSize(2);
    }

    @Test
    void aDeletedClaimShowsAsMissingAndTheReaderSelectionBecomesAnExcerpt() throws CaseException {
        composer().reload();
        composer().add(item(BlockKind.CLAIM, dumping));
        assertThat(composer().rows().get(1).text()).isEqualTo(DUMPING);
        model.claims().reload();
        model.claims().select(dumping);
        model.claims().delete();
        assertThat(composer().rows().get(1))
                .isEqualTo(
                        new OutlineRow(0, 1, BlockKind.CLAIM, "Claim " + dumping + " is no longer in the case", true));

        model.library().reload();
        SourceSummary statement = model.library().visibleSources().stream()
                .filter(s -> s.title().startsWith("Statement on media reports"))
                .findFirst()
                .orElseThrow();
        model.reader().show(statement.id(), null);
        String words = "At no time has Varrow Maritime discharged dredged material into the Ostrel estuary";
        int at = model.reader().sourceProperty().get().text().indexOf(words);
        model.reader().selectionProperty().set(new TextSpan(at, at + words.length()));
        model.reader().addSelectionToDossier();
        assertThat(stored().blocks())
                .containsExactly(
                        new DossierBlock.ClaimCard(dumping),
                        new DossierBlock.SourceExcerpt(statement.id(), new TextSpan(at, at + words.length())));
        assertThat(composer().rows().get(2).text())
                .startsWith(statement.title() + ": “At no time has Varrow Maritime discharged dredged")
                .endsWith("…”");
        assertThat(composer().quoteProperty().get()).isEqualTo(words);
    }

    @Test
    void thePreviewDrawsTheExportedPdfOnlyWhileThePaneIsInFront() throws CaseException {
        composer().addHeading();
        composer().dropClaim(dumping, 0, DropPlace.INTO, true);
        tasks.runDelayed();
        assertThat(composer().previewProperty().get())
                .as("not drawn behind other panes")
                .isNull();

        model.setComposerInFront(true);
        tasks.runDelayed();
        var preview = composer().previewProperty().get();
        assertThat(preview).isNotNull();
        assertThat(preview.pages()).hasSize(preview.pageCount()).isNotEmpty();
        assertThat(composer().previewUpdatingProperty().get()).isFalse();
        assertThat(composer().previewStatusProperty().get()).isEqualTo(preview.pageCount() + " pages");

        composer().addNote();
        composer().noteProperty().set("A paragraph that adds to the pages drawn.");
        tasks.runDelayed();
        assertThat(stored().blocks()).hasSize(3);
        assertThat(composer().previewProperty().get()).isNotSameAs(preview);
        assertThat(composer().previewProperty().get().pages()).isNotEmpty();
    }
}
