package org.opendossier.ui.dossier;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.opendossier.model.Actor;
import org.opendossier.model.Claim;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.DossierSections;
import org.opendossier.model.Passage;
import org.opendossier.service.ActorListing;
import org.opendossier.service.ActorService;
import org.opendossier.service.BlockSubject;
import org.opendossier.service.CaseException;
import org.opendossier.service.ClaimService;
import org.opendossier.service.DossierPreview;
import org.opendossier.service.DossierService;
import org.opendossier.ui.Messages;
import org.opendossier.ui.Undoable;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.task.BackgroundTask;
import org.opendossier.ui.task.TaskExecutor;
import org.opendossier.ui.task.TaskHandle;

/**
 * The dossier composer: the dossiers of the open case, the chosen one's outline as a tree with the selected
 * row's fields, the commands and drops that rearrange it, undo and redo, and a preview of its PDF.
 *
 * <p>Every change is saved as it is made. Structural edits (add, move, remove, a drop) go to the service at
 * once; typing is saved after a short pause, when the field loses focus, before any other edit, when another
 * row or dossier is chosen, and when the case closes ({@link #takeUnsaved}). Edits run one after another in
 * the order they were made, so a move can never overtake the typing before it. The preview is drawn from the
 * very PDF an export writes, in the background, a moment after the last edit; the newest drawing wins and the
 * previous pages stay on screen meanwhile.
 */
public final class DossierComposerViewModel implements Undoable {
    /** How long typing must pause before it is saved. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(600);

    private static final int KEEP = Integer.MIN_VALUE;

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final BlockFields fields = new BlockFields(this::typed, this::flush);
    private final ObservableList<Dossier> dossiers = FXCollections.observableArrayList();
    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final ObservableList<OutlineRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(OutlineRows.COVER);
    private final ObservableList<PaletteItem> palette = FXCollections.observableArrayList();
    private final FilteredList<PaletteItem> visiblePalette = new FilteredList<>(palette);
    private final StringProperty paletteFilter = new SimpleStringProperty("");
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final PreviewDrawing preview;
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty redoLabel = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final Deque<Queued> queue = new ArrayDeque<>();
    /** Commands waiting for the edits before them to be done (see {@link #whenSettled}). */
    private final Deque<Runnable> waiting = new ArrayDeque<>();

    private DossierService service;
    private ClaimService claimService;
    private ActorService actorService;
    private List<Claim> claims = List.of();
    private List<BlockSubject> subjects = List.of();
    /** Whether the pane is in front. */
    private boolean shown;
    /** Whether the case's dossiers have been read since it opened. */
    private boolean loaded;

    private boolean running;
    private long generation;
    private TaskHandle typingPause = TaskHandle.DONE;
    private PendingSave unsaved = PendingSave.NONE;

    /**
     * An edit waiting its turn, the row to select once it is done ({@link #KEEP}: the same), and whether the
     * fields are to be filled again from its result (undo and redo change what they show).
     */
    private record Queued(DossierEdit edit, int select, boolean refill) {}

    /** A dossier as the pane shows it: with what each block names. */
    private record Shown(Dossier dossier, List<BlockSubject> subjects) {}

    private record Loaded(List<Dossier> dossiers, Shown shown, List<Claim> claims, List<Actor> actors) {}

    public DossierComposerViewModel(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.preview = new PreviewDrawing(tasks, dossier::get, () -> service);
        paletteFilter.addListener((obs, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visiblePalette.setPredicate(
                    p -> q.isEmpty() || p.text().toLowerCase(Locale.ROOT).contains(q));
        });
    }

    /**
     * Works on the dossiers of a newly opened case ({@code null}s: none is open). What was not yet saved in the
     * previous case is kept for {@link #takeUnsaved}.
     */
    public void setCase(DossierService dossierService, ClaimService claimService, ActorService actorService) {
        keepUnsaved();
        generation++;
        this.service = dossierService;
        this.claimService = claimService;
        this.actorService = actorService;
        queue.clear();
        waiting.clear();
        running = false;
        saving.set(false);
        loaded = false;
        dossiers.clear();
        palette.clear();
        actors.clear();
        tags.clear();
        claims = List.of();
        show(null, List.of(), OutlineRows.COVER, true);
        preview.clear();
        status.set("");
        if (dossierService != null && shown) {
            reload();
        }
    }

    /** What the previous case had not saved yet when it closed: the workbench writes it before closing it. */
    public PendingSave takeUnsaved() {
        PendingSave left = unsaved;
        unsaved = PendingSave.NONE;
        return left;
    }

    private void keepUnsaved() {
        typingPause.cancel();
        DossierService to = service;
        if (to == null) {
            return;
        }
        List<DossierEdit> left = new ArrayList<>();
        queue.forEach(q -> left.add(q.edit()));
        if (fields.dirty()) {
            fields.saved().ifPresent(left::add);
        }
        PendingSave before = unsaved;
        unsaved = left.isEmpty()
                ? before
                : () -> {
                    before.save();
                    for (DossierEdit e : left) {
                        e.apply(to);
                    }
                };
    }

    /** The pane came to the front ({@code true}) or went behind another: the preview is drawn only in front. */
    public void setShown(boolean inFront) {
        this.shown = inFront;
        if (!inFront) {
            flush();
        } else if (!loaded) {
            reload();
        }
        preview.setShown(inFront);
    }

    /** Reads the dossiers, claims and actors again, keeping the chosen dossier and row. */
    public void reload() {
        Dossier now = dossier.get();
        reload(now == null ? -1 : now.id(), selected.get());
    }

    /**
     * Claims or actors changed elsewhere: what the outline shows of them, the palette and the preview follow,
     * once the pane has been looked at.
     */
    public void refresh() {
        if (loaded) {
            reload();
        }
    }

    private void reload(long wanted, int select) {
        DossierService from = service;
        ClaimService claimsFrom = claimService;
        ActorService actorsFrom = actorService;
        if (from == null) {
            return;
        }
        long mine = generation;
        tasks.execute(BackgroundTask.of(Messages.get("dossier.loading"), p -> {
                    List<Dossier> all = from.list();
                    Dossier shown = all.stream()
                            .filter(d -> d.id() == wanted)
                            .findFirst()
                            .orElse(all.isEmpty() ? null : all.getLast());
                    return new Loaded(
                            all,
                            new Shown(shown, shown == null ? List.of() : from.subjects(shown)),
                            claimsFrom == null ? List.of() : claimsFrom.all(),
                            actorsFrom == null
                                    ? List.of()
                                    : actorsFrom.list().stream()
                                            .map(ActorListing::actor)
                                            .toList());
                })
                .onSuccess(l -> {
                    if (mine == generation) {
                        boolean same = l.shown().dossier() != null
                                && l.shown().dossier().id() == wanted;
                        apply(l, same ? select : OutlineRows.COVER);
                    }
                })
                .onFailure(this::failed));
    }

    private void apply(Loaded l, int select) {
        loaded = true;
        claims = l.claims();
        dossiers.setAll(l.dossiers());
        fields.quietly(() -> {
            actors.setAll(l.actors());
            tags.setAll(l.claims().stream()
                    .flatMap(c -> c.tags().stream())
                    .distinct()
                    .sorted()
                    .toList());
        });
        List<PaletteItem> items = new ArrayList<>();
        l.claims().forEach(c -> items.add(new PaletteItem(BlockKind.CLAIM, c.id(), c.statement())));
        l.actors().forEach(a -> items.add(new PaletteItem(BlockKind.ACTOR, a.id(), a.name())));
        palette.setAll(items);
        show(l.shown().dossier(), l.shown().subjects(), select == KEEP ? selected.get() : select, true);
    }

    /**
     * Shows {@code d} with row {@code select} selected. The fields are filled again when another dossier or
     * row is shown, or when {@code refill} says the dossier changed under them (undo, a reload); after an edit
     * of the row itself they keep what is typed.
     */
    private void show(Dossier d, List<BlockSubject> blockSubjects, int select, boolean refill) {
        Dossier before = dossier.get();
        int row = d == null
                ? OutlineRows.COVER
                : Math.max(OutlineRows.COVER, Math.min(select, d.blocks().size() - 1));
        boolean other = d == null
                || before == null
                || before.id() != d.id()
                || row != fields.index()
                || d.id() != fields.dossierId();
        subjects = blockSubjects;
        dossier.set(d);
        rows.setAll(d == null ? List.of() : OutlineRows.of(d, blockSubjects));
        selected.set(row);
        if (d != null) {
            for (int i = 0; i < dossiers.size(); i++) {
                if (dossiers.get(i).id() == d.id() && !dossiers.get(i).equals(d)) {
                    dossiers.set(i, d);
                }
            }
        }
        if (other || (refill && !fields.dirty())) {
            loadFields();
        } else {
            fields.rebase(d);
        }
        updateUndo();
        preview.changed();
    }

    private void loadFields() {
        Dossier d = dossier.get();
        int row = selected.get();
        String shown = "";
        String quoted = "";
        if (d != null && row >= 0 && row + 1 < rows.size()) {
            shown = rows.get(row + 1).text();
            quoted = row < subjects.size() ? subjects.get(row).detail() : "";
        }
        fields.load(d, row, shown, quoted, actors);
    }

    /** Shows another dossier, saving what was typed in the one shown. */
    public void choose(Dossier other) {
        Dossier now = dossier.get();
        if (other == null || (now != null && now.id() == other.id())) {
            return;
        }
        flush();
        reload(other.id(), OutlineRows.COVER);
    }

    /** Asks for a title and starts a new dossier, which is then shown with its cover selected. */
    public void newDossier() {
        if (service == null) {
            return;
        }
        dialogs.askText(Messages.get("dossier.new.title"), Messages.get("dossier.new.prompt"), "")
                .ifPresent(title -> {
                    flush();
                    enqueue(s -> s.create(title, "", "", LocalDate.now(), ""), OutlineRows.COVER);
                });
    }

    /** Deletes the shown dossier once the person confirms; the edit can be undone. */
    public void deleteDossier() {
        Dossier d = dossier.get();
        if (d == null
                || !dialogs.confirm(
                        Messages.get("dossier.delete"), Messages.get("dossier.delete.confirm", d.title()))) {
            return;
        }
        flush();
        enqueue(
                s -> {
                    s.delete(d.id());
                    return null;
                },
                OutlineRows.COVER);
    }

    /** Selects row {@code index} ({@link OutlineRows#COVER} for the cover), saving the fields of the last one. */
    public void select(int index) {
        if (index == selected.get() && index == fields.index()) {
            return;
        }
        flush();
        selected.set(index);
        loadFields();
    }

    /** Adds a heading after the selected row's section, at the level of the section it lands in. */
    public void addHeading() {
        whenSettled(this::addHeadingNow);
    }

    private void addHeadingNow() {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        List<DossierBlock> blocks = d.blocks();
        int row = selected.get();
        int at = row == OutlineRows.COVER ? blocks.size() : DossierSections.end(blocks, row);
        int level = 1;
        for (int i = at - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof DossierBlock.Heading h) {
                level = h.level();
                break;
            }
        }
        insert(at, new DossierBlock.Heading(level, Messages.get("dossier.newSection")));
    }

    public void addNote() {
        insertAfterSelection(new DossierBlock.Note(""));
    }

    public void addTimeline() {
        insertAfterSelection(new DossierBlock.TimelineFigure(null, null));
    }

    public void addNetwork() {
        insertAfterSelection(new DossierBlock.NetworkFigure(null, 1));
    }

    /** Adds a claim card or an actor profile from the palette after the selected row. */
    public void add(PaletteItem item) {
        insertAfterSelection(block(item));
    }

    private void insertAfterSelection(DossierBlock block) {
        whenSettled(() -> insert(insertionPoint(), block));
    }

    /**
     * Adds a passage of a source (a reader selection) after the selected row; with no dossier yet, asks for the
     * title of a new one first.
     */
    public void addPassage(Passage passage) {
        if (service == null) {
            return;
        }
        DossierBlock excerpt = new DossierBlock.SourceExcerpt(passage.sourceId(), passage.span());
        if (dossier.get() != null) {
            insertAfterSelection(excerpt);
            return;
        }
        dialogs.askText(Messages.get("dossier.new.title"), Messages.get("dossier.new.prompt"), "")
                .ifPresent(title -> enqueue(
                        s -> {
                            long id =
                                    s.create(title, "", "", LocalDate.now(), "").id();
                            return s.addBlock(id, excerpt);
                        },
                        0));
    }

    /** Just after the selected block (as the first block of a selected heading); the end for the cover. */
    private int insertionPoint() {
        Dossier d = dossier.get();
        int row = selected.get();
        return d == null || row == OutlineRows.COVER
                ? (d == null ? 0 : d.blocks().size())
                : row + 1;
    }

    private void insert(int at, DossierBlock block) {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        flush();
        long id = d.id();
        enqueue(s -> s.insertBlock(id, at, block), at);
    }

    private static DossierBlock block(PaletteItem item) {
        return item.kind() == BlockKind.CLAIM
                ? new DossierBlock.ClaimCard(item.id())
                : new DossierBlock.ActorProfile(item.id());
    }

    /** Alt+Up: the selected block one row up, or the selected heading above the section before it. */
    public void moveUp() {
        step(OutlineMoves::up);
    }

    /** Alt+Down: the selected block one row down, or the selected heading below the section after it. */
    public void moveDown() {
        step(OutlineMoves::down);
    }

    @FunctionalInterface
    private interface Stepping {
        Optional<OutlineMoves.Move> of(List<DossierBlock> blocks, int index);
    }

    private void step(Stepping stepping) {
        whenSettled(() -> {
            Dossier d = dossier.get();
            int row = selected.get();
            if (d != null && row >= 0) {
                stepping.of(d.blocks(), row).ifPresent(this::move);
            }
        });
    }

    private void move(OutlineMoves.Move m) {
        move(m, null);
    }

    private void move(OutlineMoves.Move m, Integer level) {
        Dossier d = dossier.get();
        flush();
        if (fields.index() == m.from()) {
            // what is typed from now on belongs to the moved block, wherever it lands
            fields.movedTo(m.landing());
        }
        long id = d.id();
        DossierEdit edit;
        if (m.section() && level != null) {
            edit = s -> s.moveSection(id, m.from(), m.gap(), level);
        } else if (m.section()) {
            edit = s -> s.moveSection(id, m.from(), m.gap());
        } else {
            edit = s -> s.moveBlock(id, m.from(), m.gap());
        }
        enqueue(edit, m.landing());
    }

    /** Makes the selected heading one level deeper (2 under 1, 3 under 2). */
    public void demote() {
        relevel(1);
    }

    /** Makes the selected heading one level higher. */
    public void promote() {
        relevel(-1);
    }

    private void relevel(int by) {
        whenSettled(() -> relevelNow(by));
    }

    private void relevelNow(int by) {
        Dossier d = dossier.get();
        int row = selected.get();
        if (d == null || row < 0 || !(d.blocks().get(row) instanceof DossierBlock.Heading h)) {
            return;
        }
        int level = h.level() + by;
        if (level < 1 || level > 3) {
            return;
        }
        flush();
        long id = d.id();
        enqueue(s -> s.setHeadingLevel(id, row, level), row);
    }

    /** Takes the selected block out of the outline (undoable); the next one is selected. */
    public void remove() {
        whenSettled(this::removeNow);
    }

    private void removeNow() {
        Dossier d = dossier.get();
        int row = selected.get();
        if (d == null || row < 0) {
            return;
        }
        flush();
        long id = d.id();
        int next = row + 1 < d.blocks().size() ? row : row - 1;
        enqueue(s -> s.removeBlock(id, row), next);
    }

    /** Picks another claim for the selected claim card, or another actor for the selected profile. */
    public void changeSubject() {
        whenSettled(this::changeSubjectNow);
    }

    private void changeSubjectNow() {
        Dossier d = dossier.get();
        int row = selected.get();
        if (d == null || row < 0) {
            return;
        }
        DossierBlock b = d.blocks().get(row);
        Optional<DossierBlock> chosen = Optional.empty();
        if (b instanceof DossierBlock.ClaimCard) {
            chosen = dialogs.chooseClaim(Messages.get("dossier.changeClaim"), claims)
                    .map(c -> new DossierBlock.ClaimCard(c.id()));
        } else if (b instanceof DossierBlock.ActorProfile) {
            chosen = dialogs.chooseActor(Messages.get("dossier.changeActor"), "", List.copyOf(actors), false)
                    .filter(c -> !c.isNew())
                    .map(ActorChoice::actorId)
                    .map(DossierBlock.ActorProfile::new);
        }
        chosen.ifPresent(block -> {
            flush();
            long id = d.id();
            enqueue(s -> s.replaceBlock(id, row, block), row);
        });
    }

    /** The level of the heading at row {@code index}, or empty for any other row. */
    public OptionalInt headingLevel(int index) {
        Dossier d = dossier.get();
        return d != null
                        && index >= 0
                        && index < d.blocks().size()
                        && d.blocks().get(index) instanceof DossierBlock.Heading h
                ? OptionalInt.of(h.level())
                : OptionalInt.empty();
    }

    /** The gap of the outline a drop on row {@code row} means (see {@link OutlineMoves#gap}). */
    public int dropIndex(int row, DropPlace place, boolean expanded) {
        Dossier d = dossier.get();
        return d == null ? 0 : OutlineMoves.gap(d.blocks(), row, place, expanded);
    }

    /** Whether block {@code from}, dragged, may be dropped on row {@code row}. */
    public boolean canDropBlock(int from, int row) {
        Dossier d = dossier.get();
        return d != null && (row == OutlineRows.COVER || OutlineMoves.canDrop(d.blocks(), from, row));
    }

    /** A claim dragged from the palette or the claims pane, dropped on a row of the outline. */
    public void dropClaim(long claimId, int row, DropPlace place, boolean expanded) {
        dropNew(new DossierBlock.ClaimCard(claimId), row, place, expanded);
    }

    /** An actor dragged from the palette or the actors pane, dropped on a row of the outline. */
    public void dropActor(long actorId, int row, DropPlace place, boolean expanded) {
        dropNew(new DossierBlock.ActorProfile(actorId), row, place, expanded);
    }

    /** A passage selected in the reader, dropped on a row of the outline. */
    public void dropPassage(Passage passage, int row, DropPlace place, boolean expanded) {
        dropNew(new DossierBlock.SourceExcerpt(passage.sourceId(), passage.span()), row, place, expanded);
    }

    private void dropNew(DossierBlock block, int row, DropPlace place, boolean expanded) {
        whenSettled(() -> insert(dropIndex(row, place, expanded), block));
    }

    /**
     * Block {@code from} of the outline dragged onto row {@code row}: moved there, a heading with its section
     * and at the level its new place gives it (see {@link OutlineMoves#droppedLevel}).
     */
    public void dropBlock(int from, int row, DropPlace place, boolean expanded) {
        whenSettled(() -> dropBlockNow(from, row, place, expanded));
    }

    private void dropBlockNow(int from, int row, DropPlace place, boolean expanded) {
        Dossier d = dossier.get();
        if (!canDropBlock(from, row)) {
            return;
        }
        List<DossierBlock> blocks = d.blocks();
        OutlineMoves.Move m = OutlineMoves.to(blocks, from, OutlineMoves.gapFor(blocks, from, row, place, expanded));
        if (m.landing() == from && !m.section()) {
            return;
        }
        move(m, m.section() ? OutlineMoves.droppedLevel(blocks, from, row, place, expanded) : null);
    }

    /** Saves what was typed now rather than after the pause (focus left the field, another row is chosen). */
    public void flush() {
        typingPause.cancel();
        if (fields.dirty() && service != null) {
            fields.saved().ifPresent(e -> enqueue(e, KEEP, false));
        }
    }

    private void typed() {
        typingPause.cancel();
        typingPause = tasks.after(TYPING_PAUSE, this::flush);
    }

    @Override
    public void undo() {
        history(DossierService::undo);
    }

    @Override
    public void redo() {
        history(DossierService::redo);
    }

    @FunctionalInterface
    private interface Walk {
        OptionalLong run(DossierService service) throws CaseException;
    }

    private void history(Walk walk) {
        DossierService to = service;
        if (to == null) {
            return;
        }
        flush();
        Dossier current = dossier.get();
        enqueue(
                s -> {
                    OptionalLong touched = walk.run(s);
                    return touched.isPresent() ? s.find(touched.getAsLong()).orElse(null) : current;
                },
                selected.get());
    }

    /** Writes the shown dossier in {@code format} to a file the person picks, in the background. */
    public void export(DossierService.Format format) {
        Dossier d = dossier.get();
        DossierService from = service;
        if (d == null || from == null) {
            return;
        }
        flush();
        String name = d.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip() + "." + format.extension();
        dialogs.chooseSaveFile(Messages.get("dossier.export.title"), name)
                .ifPresent(target -> tasks.execute(BackgroundTask.of(Messages.get("dossier.exporting"), p -> {
                            from.export(d.id(), format, target);
                            return target;
                        })
                        .onSuccess(this::exported)
                        .onFailure(e -> dialogs.showError(Messages.get("dossier.error"), e.getMessage(), e))));
    }

    private void exported(Path target) {
        status.set(Messages.get("dossier.exported", target));
    }

    private void enqueue(DossierEdit edit, int select) {
        enqueue(edit, select, true);
    }

    /**
     * Runs {@code edit} once the edits before it are done; then shows the dossier it returns (or reads them all
     * again when it returns none: a deleted dossier) with row {@code select} selected, filling the fields again
     * with {@code refill} unless a person has typed since (a save of typing itself never refills them).
     */
    private void enqueue(DossierEdit edit, int select, boolean refill) {
        if (service == null) {
            return;
        }
        queue.add(new Queued(edit, select, refill));
        if (!running) {
            runNext();
        }
    }

    /**
     * Runs a command that places blocks by where they are shown once the edits before it are done and shown:
     * worked out on an outline that is about to change, it could move the wrong block.
     */
    private void whenSettled(Runnable command) {
        if (running) {
            waiting.add(command);
        } else {
            command.run();
        }
    }

    private void runNext() {
        Queued next = queue.poll();
        DossierService to = service;
        if (next == null || to == null) {
            running = false;
            saving.set(false);
            while (!running && !waiting.isEmpty()) {
                waiting.poll().run();
            }
            return;
        }
        running = true;
        saving.set(true);
        long mine = generation;
        tasks.execute(BackgroundTask.of(Messages.get("dossier.saving"), p -> {
                    Dossier d = next.edit().apply(to);
                    return new Shown(d, d == null ? List.of() : to.subjects(d));
                })
                .onSuccess(done -> {
                    if (mine != generation) {
                        return;
                    }
                    edited(done, next.select(), next.refill());
                    runNext();
                })
                .onFailure(e -> {
                    if (mine != generation) {
                        return;
                    }
                    failed(e);
                    runNext();
                }));
    }

    /** An edit is saved: shows its result. */
    private void edited(Shown done, int row, boolean refill) {
        status.set(Messages.get("dossier.saved"));
        if (done.dossier() == null) {
            reload(-1, OutlineRows.COVER);
            return;
        }
        boolean listed =
                dossiers.stream().anyMatch(d -> d.id() == done.dossier().id());
        show(done.dossier(), done.subjects(), row == KEEP ? selected.get() : row, refill);
        if (!listed) {
            reload(done.dossier().id(), row == KEEP ? selected.get() : row);
        }
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("dossier.error"), e.getMessage(), e);
        reload();
    }

    private void updateUndo() {
        DossierService s = service;
        undoLabel.set(s == null ? "" : s.undoLabel().orElse(""));
        redoLabel.set(s == null ? "" : s.redoLabel().orElse(""));
    }

    public ObservableList<Dossier> dossiers() {
        return dossiers;
    }

    /** The dossier shown, or {@code null} when the case has none. */
    public ReadOnlyObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    /** The outline: the cover, then every block, in order, each with its depth in the tree. */
    public ObservableList<OutlineRow> rows() {
        return rows;
    }

    /** The selected row's index: a block's place in the outline, or {@link OutlineRows#COVER}. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected;
    }

    /** What the editor shows: the cover's form or one kind of block's; {@code null} with no dossier. */
    public ReadOnlyObjectProperty<BlockKind> editingProperty() {
        return fields.kindProperty();
    }

    public StringProperty titleProperty() {
        return fields.title();
    }

    public StringProperty subtitleProperty() {
        return fields.subtitle();
    }

    public StringProperty authorProperty() {
        return fields.author();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return fields.date();
    }

    public StringProperty summaryProperty() {
        return fields.summary();
    }

    public IntegerProperty headingLevelProperty() {
        return fields.level();
    }

    public StringProperty headingTextProperty() {
        return fields.headingText();
    }

    public StringProperty noteProperty() {
        return fields.noteText();
    }

    /** The actor a timeline or network figure is narrowed to; {@code null} for the whole case. */
    public ObjectProperty<Actor> figureActorProperty() {
        return fields.figureActor();
    }

    public StringProperty tagProperty() {
        return fields.tag();
    }

    public IntegerProperty minWeightProperty() {
        return fields.minWeight();
    }

    /** What a claim card, actor profile or excerpt shows: the statement, the name, the source's title. */
    public ReadOnlyStringProperty subjectProperty() {
        return fields.subject();
    }

    /** The quoted words of an excerpt. */
    public ReadOnlyStringProperty quoteProperty() {
        return fields.quote();
    }

    /** Why a field's text was not saved (a blank title), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return fields.problem();
    }

    public ObservableList<PaletteItem> palette() {
        return visiblePalette;
    }

    public StringProperty paletteFilterProperty() {
        return paletteFilter;
    }

    /** The actors a figure can be narrowed to. */
    public ObservableList<Actor> actors() {
        return actors;
    }

    /** The claims' tags a timeline can be narrowed to. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** The latest preview drawn; kept while a newer one is drawn. */
    public ReadOnlyObjectProperty<DossierPreview> previewProperty() {
        return preview.previewProperty();
    }

    /** True from an edit until the preview drawn after it is shown. */
    public ReadOnlyBooleanProperty previewUpdatingProperty() {
        return preview.updatingProperty();
    }

    /** "3 pages", or why the preview could not be drawn. */
    public ReadOnlyStringProperty previewStatusProperty() {
        return preview.statusProperty();
    }

    @Override
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    @Override
    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    /** True while edits are being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** "All changes saved", "Saved /path/file.pdf". */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
