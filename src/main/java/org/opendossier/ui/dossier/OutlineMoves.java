package org.opendossier.ui.dossier;

import java.util.List;
import java.util.Optional;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.DossierSections;

/**
 * Where the outline's gestures put things, worked out on the flat outline: a drop above, below or onto a row,
 * and a step up or down. A heading always travels with its section; the nesting that results follows from the
 * heading levels ({@link DossierSections}).
 */
final class OutlineMoves {
    private OutlineMoves() {}

    /**
     * A move of block {@code from} (with its section when it is a heading) to gap {@code gap} of the outline as
     * it is, after which it stands at {@code landing}.
     */
    record Move(int from, int gap, boolean section, int landing) {}

    /**
     * The gap a drop on row {@code row} means: above it; below it (for an open heading with blocks, that is
     * its first block's place; for a closed one, after its section); onto a heading, as the last of the blocks
     * directly under it. The cover row takes drops at the end of the outline.
     */
    static int gap(List<DossierBlock> blocks, int row, DropPlace place, boolean expanded) {
        if (row == OutlineRows.COVER) {
            return blocks.size();
        }
        boolean heading = blocks.get(row) instanceof DossierBlock.Heading;
        return switch (place) {
            case BEFORE -> row;
            case AFTER -> heading && !(expanded && hasBlocks(blocks, row)) ? DossierSections.end(blocks, row) : row + 1;
            case INTO -> heading ? DossierSections.lastDirectSlot(blocks, row) : row + 1;
        };
    }

    /**
     * The gap a dragged block {@code from} goes to when dropped on row {@code row}: as {@link #gap}, except that
     * a heading dropped onto another heading goes at the end of its section, as its last sub-section.
     */
    static int gapFor(List<DossierBlock> blocks, int from, int row, DropPlace place, boolean expanded) {
        boolean sections = blocks.get(from) instanceof DossierBlock.Heading
                && row != OutlineRows.COVER
                && blocks.get(row) instanceof DossierBlock.Heading;
        return sections && place == DropPlace.INTO
                ? DossierSections.end(blocks, row)
                : gap(blocks, row, place, expanded);
    }

    /**
     * The level a heading dropped on row {@code row} takes: one below a heading it is dropped onto (or at the top
     * of), the level of a heading it is dropped beside, one below the heading that holds the block it is dropped
     * beside; at the top level, among blocks under no heading, it keeps its own.
     */
    static int droppedLevel(List<DossierBlock> blocks, int from, int row, DropPlace place, boolean expanded) {
        int own = ((DossierBlock.Heading) blocks.get(from)).level();
        if (row == OutlineRows.COVER) {
            return own;
        }
        if (blocks.get(row) instanceof DossierBlock.Heading target) {
            boolean firstInside = place == DropPlace.AFTER && expanded && hasBlocks(blocks, row);
            return place == DropPlace.INTO || firstInside ? Math.min(3, target.level() + 1) : target.level();
        }
        int parent = DossierSections.parent(blocks, row);
        return parent < 0 ? own : Math.min(3, ((DossierBlock.Heading) blocks.get(parent)).level() + 1);
    }

    /** Whether a dragged block may land on row {@code row}: a heading cannot go into its own section. */
    static boolean canDrop(List<DossierBlock> blocks, int from, int row) {
        if (from < 0 || from >= blocks.size()) {
            return false;
        }
        return row < from || row >= DossierSections.end(blocks, from);
    }

    /** The move that brings block {@code from} to gap {@code gap}, with where it lands. */
    static Move to(List<DossierBlock> blocks, int from, int gap) {
        boolean section = blocks.get(from) instanceof DossierBlock.Heading;
        int end = section ? DossierSections.end(blocks, from) : from + 1;
        int landing = gap > end ? gap - (end - from) : gap >= from ? from : gap;
        return new Move(from, gap, section, landing);
    }

    /**
     * One step up: a block goes above the row above it (out of its section if that row is its heading); a
     * heading and its section go above the section of the heading before it at the same level, and nowhere
     * when there is none.
     */
    static Optional<Move> up(List<DossierBlock> blocks, int index) {
        if (!(blocks.get(index) instanceof DossierBlock.Heading)) {
            return index == 0 ? Optional.empty() : Optional.of(new Move(index, index - 1, false, index - 1));
        }
        int parent = DossierSections.parent(blocks, index);
        for (int i = index - 1; i > parent; i--) {
            if (DossierSections.parent(blocks, i) == parent) {
                return blocks.get(i) instanceof DossierBlock.Heading
                        ? Optional.of(new Move(index, i, true, i))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * One step down: a block goes below the row below it (into a section, when that row is its heading); a
     * heading and its section go below the next heading's section at the same level, and nowhere when there
     * is none.
     */
    static Optional<Move> down(List<DossierBlock> blocks, int index) {
        if (!(blocks.get(index) instanceof DossierBlock.Heading)) {
            return index + 1 >= blocks.size()
                    ? Optional.empty()
                    : Optional.of(new Move(index, index + 2, false, index + 1));
        }
        int next = DossierSections.end(blocks, index);
        if (next >= blocks.size() || DossierSections.parent(blocks, next) != DossierSections.parent(blocks, index)) {
            return Optional.empty();
        }
        int after = DossierSections.end(blocks, next);
        return Optional.of(new Move(index, after, true, index + (after - next)));
    }

    private static boolean hasBlocks(List<DossierBlock> blocks, int heading) {
        return DossierSections.end(blocks, heading) > heading + 1;
    }
}
