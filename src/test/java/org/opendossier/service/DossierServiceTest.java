package org.opendossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendossier.app.EmbeddedCaseOpener;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;

/**
 * Composing dossiers through the real composition on a real case: every edit in one transaction, checked,
 * nesting by heading level, undo and redo, what each block shows, and the preview of the exported PDF.
 */
class DossierServiceTest {
    @TempDir
    static Path tmp;

    private static CaseSession session;
    private static LakeTessinCase lake;

    private static final DossierBlock.Heading FINDINGS = new DossierBlock.Heading(1, "Findings");
    private static final DossierBlock.Heading BACKGROUND = new DossierBlock.Heading(1, "Background");
    private static final DossierBlock.Note INTRO = new DossierBlock.Note("What the lake looked like in March.");

    private long id;

    @BeforeAll
    static void createCase() throws Exception {
        session = EmbeddedCaseOpener.withDefaults().create(tmp.resolve("case"));
        lake = LakeTessinCase.build(session, tmp.resolve("inbox"));
    }

    @AfterAll
    static void closeCase() throws Exception {
        session.close();
    }

    @BeforeEach
    void newDossier() throws Exception {
        id = dossiers().create("Lake Tessin", "", "", null, "").id();
    }

    private static DossierService dossiers() {
        return session.dossiers();
    }

    private DossierBlock.ClaimCard claim(String name) {
        return new DossierBlock.ClaimCard(lake.claims.get(name));
    }

    private List<DossierBlock> outline() throws Exception {
        return dossiers().find(id).orElseThrow().blocks();
    }

    @Test
    void blocksGoWhereTheyAreInsertedAndSectionsMoveWhole() throws Exception {
        dossiers().addBlock(id, FINDINGS);
        dossiers().addBlock(id, claim("waste"));
        dossiers().addBlock(id, BACKGROUND);
        dossiers().addBlock(id, claim("granted"));
        dossiers().insertBlock(id, 0, INTRO);
        assertThat(outline()).containsExactly(INTRO, FINDINGS, claim("waste"), BACKGROUND, claim("granted"));

        // Background, with its claim, goes before the findings.
        dossiers().moveSection(id, 3, 1);
        assertThat(outline()).containsExactly(INTRO, BACKGROUND, claim("granted"), FINDINGS, claim("waste"));

        // A block moved right after a heading belongs to it: the intro becomes part of the findings.
        dossiers().moveBlock(id, 0, 4);
        assertThat(outline()).containsExactly(BACKGROUND, claim("granted"), FINDINGS, INTRO, claim("waste"));

        // Dropping a section onto another heading nests it one level down, sub-headings along.
        dossiers().insertBlock(id, 2, new DossierBlock.Heading(2, "Permits"));
        dossiers().moveSection(id, 0, 6, 2);
        assertThat(outline())
                .containsExactly(
                        FINDINGS,
                        INTRO,
                        claim("waste"),
                        new DossierBlock.Heading(2, "Background"),
                        claim("granted"),
                        new DossierBlock.Heading(3, "Permits"));

        dossiers().setHeadingLevel(id, 5, 1);
        assertThat(outline().get(5)).isEqualTo(new DossierBlock.Heading(1, "Permits"));
        assertThat(dossiers().undoLabel()).contains("promote heading");
        dossiers().replaceBlock(id, 1, new DossierBlock.Note("Written again."));
        dossiers().removeBlock(id, 2);
        assertThat(outline()).hasSize(5).doesNotContain(claim("waste"));
        assertThat(dossiers().undoLabel()).contains("remove claim card");
    }

    @Test
    void editsRefuseWhatIsNotInTheCaseAndPlacesNotInTheOutline() throws Exception {
        assertThatThrownBy(() -> dossiers().addBlock(id, new DossierBlock.ClaimCard(999_999)))
                .isInstanceOf(CaseException.class)
                .hasMessage("There is no claim 999999.");
        assertThatThrownBy(() -> dossiers().insertBlock(id, 0, new DossierBlock.TimelineFigure(888_888L, null)))
                .hasMessage("There is no actor 888888.");
        assertThatThrownBy(() -> dossiers().insertBlock(id, 2, INTRO))
                .hasMessageContaining("no place 2 in the outline of “Lake Tessin”: it has 0 blocks");
        dossiers().addBlock(id, INTRO);
        assertThatThrownBy(() -> dossiers().replaceBlock(id, 0, new DossierBlock.ActorProfile(777_777)))
                .hasMessage("There is no actor 777777.");
        assertThatThrownBy(() -> dossiers().moveBlock(id, 0, 5)).hasMessageContaining("no place 5");
        assertThatThrownBy(() -> dossiers().moveSection(id, 0, 1, 2)).hasMessageContaining("is not a heading");
        assertThatThrownBy(() -> dossiers().updateCover(id, " ", "", "", null, ""))
                .hasMessageContaining("needs a title");
        long statement = lake.sources.get("Statement on Lake Tessin");
        assertThatThrownBy(() ->
                        dossiers().addBlock(id, new DossierBlock.SourceExcerpt(statement, new TextSpan(0, 99_999))))
                .hasMessageContaining("beyond the end of source");

        assertThat(outline()).containsExactly(INTRO);
        assertThat(dossiers().undoLabel()).contains("add note");
    }

    @Test
    void undoAndRedoWalkBackEveryEditDeletingTheDossierIncluded() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        dossiers().onChange(heard::incrementAndGet);
        dossiers().addBlock(id, FINDINGS);
        dossiers().addBlock(id, claim("fish"));
        dossiers().updateCover(id, "Lake Tessin: the fish kill", "A dossier", "R. Vale", LocalDate.of(2024, 7, 1), "");
        dossiers().moveBlock(id, 1, 0);
        Dossier composed = dossiers().find(id).orElseThrow();
        dossiers().delete(id);
        assertThat(dossiers().find(id)).isEmpty();
        assertThat(heard).hasValue(5);

        assertThat(dossiers().undo()).hasValue(id);
        assertThat(dossiers().find(id)).contains(composed);
        assertThat(dossiers().undoLabel()).contains("move block");
        dossiers().undo();
        dossiers().undo();
        assertThat(dossiers().find(id).orElseThrow().title()).isEqualTo("Lake Tessin");
        assertThat(outline()).containsExactly(FINDINGS, claim("fish"));
        assertThat(dossiers().redoLabel()).contains("edit cover");

        dossiers().redo();
        dossiers().redo();
        assertThat(dossiers().find(id)).contains(composed);
        assertThat(heard).hasValue(5 + 5);

        // A new edit clears what could be redone.
        dossiers().redo();
        dossiers().undo();
        dossiers().removeBlock(id, 0);
        assertThat(dossiers().redoLabel()).isEmpty();
    }

    @Test
    void textTypedInPiecesUndoesInOneStepButNotAcrossOtherEdits() throws Exception {
        dossiers().addBlock(id, new DossierBlock.Note(""));
        dossiers().replaceBlock(id, 0, new DossierBlock.Note("The fish"));
        dossiers().replaceBlock(id, 0, new DossierBlock.Note("The fish died"));
        dossiers().replaceBlock(id, 0, new DossierBlock.Note("The fish died in March."));
        dossiers().addBlock(id, FINDINGS);
        dossiers().replaceBlock(id, 0, new DossierBlock.Note("The fish died in March, say anglers."));

        dossiers().undo();
        assertThat(outline().getFirst()).isEqualTo(new DossierBlock.Note("The fish died in March."));
        dossiers().undo();
        dossiers().undo();
        assertThat(outline()).containsExactly(new DossierBlock.Note(""));
        assertThat(dossiers().undoLabel()).contains("add note");
    }

    @Test
    void subjectsNameWhatEachBlockShowsAndFlagWhatIsGone() throws Exception {
        long statement = lake.sources.get("Statement on Lake Tessin");
        Source text = session.sources().details(statement).orElseThrow().source();
        int at = text.text().indexOf("denies that it released");
        long doomed = session.claims()
                .create(org.opendossier.model.Claim.draft("The plant closed in May"))
                .id();
        dossiers().addBlock(id, claim("waste"));
        dossiers().addBlock(id, new DossierBlock.ActorProfile(lake.harlow));
        dossiers().addBlock(id, new DossierBlock.SourceExcerpt(statement, new TextSpan(at, at + 23)));
        dossiers().addBlock(id, new DossierBlock.TimelineFigure(lake.guild, "pollution"));
        dossiers().addBlock(id, new DossierBlock.ClaimCard(doomed));
        session.claims().delete(doomed);

        assertThat(dossiers().subjects(dossiers().find(id).orElseThrow()))
                .containsExactly(
                        new BlockSubject(LakeTessinCase.WASTE, "", false),
                        new BlockSubject("Harlow Chemicals", "", false),
                        new BlockSubject("Statement on Lake Tessin", "denies that it released", false),
                        new BlockSubject("Fishermen’s Guild", "pollution", false),
                        new BlockSubject("", "", true));
    }

    @Test
    void thePreviewDrawsThePagesOfTheVeryPdfThatIsExported() throws Exception {
        dossiers().addBlock(id, FINDINGS);
        dossiers().addBlock(id, claim("waste"));
        dossiers().addBlock(id, new DossierBlock.ActorProfile(lake.harlow));
        Path pdf = tmp.resolve("lake.pdf");
        dossiers().export(id, DossierService.Format.PDF, pdf);
        int exported;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            exported = document.getNumberOfPages();
        }

        DossierPreview preview = dossiers().preview(id, 36, new CancelToken());

        assertThat(preview.pageCount()).isEqualTo(exported).isGreaterThan(2);
        assertThat(preview.pages()).hasSize(exported);
        // A4 at 36 dots per inch: 297 by 421 pixels.
        assertThat(preview.pages().getFirst().getWidth()).isCloseTo(298, within(1));
        assertThat(preview.pages().getFirst().getHeight()).isCloseTo(421, within(1));

        CancelToken stopped = new CancelToken();
        stopped.cancel();
        DossierPreview none = dossiers().preview(id, 36, stopped);
        assertThat(none.pages()).isEmpty();
        assertThat(none.pageCount()).isEqualTo(exported);
    }
}
