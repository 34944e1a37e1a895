package org.opendossier.ui.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.opendossier.model.Actor;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.ui.Messages;

/**
 * The editor's fields for the row being edited: the cover's, or one block's. It remembers which dossier and
 * block it was filled from, notices when a person changes a field (typing, or a choice), and turns the fields
 * back into the edit that saves them, refusing only what the model refuses: a blank title or heading keeps
 * the one stored, with a word under the field saying so.
 */
final class BlockFields {
    private final ObjectProperty<BlockKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final IntegerProperty level = new SimpleIntegerProperty(1);
    private final StringProperty headingText = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final ObjectProperty<Actor> figureActor = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty("");
    private final IntegerProperty minWeight = new SimpleIntegerProperty(1);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty quote = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    private Dossier from;
    private int index = OutlineRows.COVER;
    private boolean loading;
    private boolean dirty;
    /** The figure's actor as stored, kept when it is not in the list to choose from (deleted since). */
    private Long storedActorId;

    private boolean actorChosen;

    /**
     * @param typed runs after a person changes a field by typing
     * @param chosen runs after a person picks a value (a level, a date, an actor, a weight)
     */
    BlockFields(Runnable typed, Runnable chosen) {
        for (ObservableValue<?> v : List.of(title, subtitle, author, summary, headingText, noteText, tag)) {
            v.addListener((obs, was, now) -> changed(typed));
        }
        for (ObservableValue<?> v : List.of(date, level, minWeight)) {
            v.addListener((obs, was, now) -> changed(chosen));
        }
        figureActor.addListener((obs, was, now) -> {
            if (!loading) {
                actorChosen = true;
            }
            changed(chosen);
        });
    }

    private void changed(Runnable then) {
        if (!loading) {
            dirty = true;
            then.run();
        }
    }

    /**
     * Fills the fields from row {@code index} of {@code dossier} (the cover for {@link OutlineRows#COVER}),
     * {@code shown} being what the row shows (a claim's statement, an actor's name).
     */
    void load(Dossier dossier, int index, String shown, String quoted, List<Actor> actors) {
        loading = true;
        try {
            this.from = dossier;
            this.index = index;
            this.dirty = false;
            this.actorChosen = false;
            this.storedActorId = null;
            problem.set("");
            if (dossier == null) {
                kind.set(null);
                return;
            }
            title.set(dossier.title());
            subtitle.set(dossier.subtitle());
            author.set(dossier.author());
            date.set(dossier.date());
            summary.set(dossier.summary());
            if (index == OutlineRows.COVER) {
                kind.set(BlockKind.COVER);
                return;
            }
            DossierBlock b = dossier.blocks().get(index);
            subject.set(shown);
            quote.set(quoted);
            if (b instanceof DossierBlock.Heading h) {
                level.set(h.level());
                headingText.set(h.text());
            } else if (b instanceof DossierBlock.Note n) {
                noteText.set(n.markdown());
            } else if (b instanceof DossierBlock.TimelineFigure t) {
                storedActorId = t.actorId();
                tag.set(t.tag() == null ? "" : t.tag());
            } else if (b instanceof DossierBlock.NetworkFigure f) {
                storedActorId = f.actorId();
                minWeight.set(f.minWeight());
            }
            figureActor.set(actors.stream()
                    .filter(a -> storedActorId != null && a.id() == storedActorId)
                    .findFirst()
                    .orElse(null));
            kind.set(BlockKind.of(b));
        } finally {
            loading = false;
        }
    }

    /**
     * The dossier as it now is, after an edit of the same row: later edits compare with it, and the fields keep
     * what a person typed (reloading them would move the caret and drop a trailing space mid-word).
     */
    void rebase(Dossier dossier) {
        if (dossier != null && from != null && dossier.id() == from.id()) {
            from = dossier;
        }
    }

    /**
     * Runs {@code change} (new lists for the choice boxes) without counting what the controls do meanwhile as a
     * person's choice: a combo box whose items are replaced may clear its value for a moment.
     */
    void quietly(Runnable change) {
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
    }

    /** Whether a person changed a field since it was filled or saved. */
    boolean dirty() {
        return dirty;
    }

    /** The dossier the fields belong to, or -1. */
    long dossierId() {
        return from == null ? -1 : from.id();
    }

    int index() {
        return index;
    }

    /** The fields now belong to the block that an edit moved to {@code index}. */
    void movedTo(int index) {
        this.index = index;
    }

    /**
     * The edit that writes what a person changed, or empty when it changes nothing; the fields count as saved
     * from then on.
     */
    Optional<DossierEdit> saved() {
        dirty = false;
        if (from == null) {
            return Optional.empty();
        }
        long id = from.id();
        if (kind.get() == BlockKind.COVER) {
            boolean blank = title.get().isBlank();
            problem.set(blank ? Messages.get("dossier.title.blank") : "");
            String t = blank ? from.title() : title.get().strip();
            if (t.equals(from.title())
                    && subtitle.get().equals(from.subtitle())
                    && author.get().equals(from.author())
                    && Objects.equals(date.get(), from.date())
                    && summary.get().equals(from.summary())) {
                return Optional.empty();
            }
            String sub = subtitle.get();
            String by = author.get();
            LocalDate on = date.get();
            String about = summary.get();
            return Optional.of(s -> s.updateCover(id, t, sub, by, on, about));
        }
        if (index < 0 || index >= from.blocks().size()) {
            return Optional.empty();
        }
        DossierBlock stored = from.blocks().get(index);
        DossierBlock edited = edited(stored);
        if (edited == null || edited.equals(stored)) {
            return Optional.empty();
        }
        int at = index;
        return Optional.of(s -> s.replaceBlock(id, at, edited));
    }

    /** The block as the fields say it should be; {@code null} for blocks whose fields are read-only. */
    private DossierBlock edited(DossierBlock stored) {
        if (stored instanceof DossierBlock.Heading h) {
            boolean blank = headingText.get().isBlank();
            problem.set(blank ? Messages.get("dossier.heading.blank") : "");
            return new DossierBlock.Heading(
                    level.get(), blank ? h.text() : headingText.get().strip());
        }
        if (stored instanceof DossierBlock.Note) {
            return new DossierBlock.Note(noteText.get());
        }
        Long actorId =
                figureActor.get() != null ? Long.valueOf(figureActor.get().id()) : actorChosen ? null : storedActorId;
        if (stored instanceof DossierBlock.TimelineFigure) {
            return new DossierBlock.TimelineFigure(actorId, tag.get().strip());
        }
        if (stored instanceof DossierBlock.NetworkFigure) {
            return new DossierBlock.NetworkFigure(actorId, Math.max(1, minWeight.get()));
        }
        return null;
    }

    ReadOnlyObjectProperty<BlockKind> kindProperty() {
        return kind;
    }

    StringProperty title() {
        return title;
    }

    StringProperty subtitle() {
        return subtitle;
    }

    StringProperty author() {
        return author;
    }

    ObjectProperty<LocalDate> date() {
        return date;
    }

    StringProperty summary() {
        return summary;
    }

    IntegerProperty level() {
        return level;
    }

    StringProperty headingText() {
        return headingText;
    }

    StringProperty noteText() {
        return noteText;
    }

    ObjectProperty<Actor> figureActor() {
        return figureActor;
    }

    StringProperty tag() {
        return tag;
    }

    IntegerProperty minWeight() {
        return minWeight;
    }

    ReadOnlyStringProperty subject() {
        return subject;
    }

    ReadOnlyStringProperty quote() {
        return quote;
    }

    ReadOnlyStringProperty problem() {
        return problem;
    }
}
