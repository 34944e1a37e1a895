package org.opendossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The tree a dossier's flat outline stands for. Headings nest by level: a heading holds every block after it
 * up to the next heading of the same or a higher rank (a smaller or equal level), and any other block belongs
 * to the nearest heading above it. The outline stays a flat list (that is what is stored and rendered); the
 * composer and its edits read the nesting from here, so the two cannot disagree.
 */
public final class DossierSections {
    private DossierSections() {}

    /**
     * Where the section that block {@code index} starts ends (exclusive): for a heading, at the next heading of
     * the same or a higher rank, or the end of the outline; any other block is a section of one.
     */
    public static int end(List<DossierBlock> blocks, int index) {
        check(blocks, index);
        if (!(blocks.get(index) instanceof DossierBlock.Heading h)) {
            return index + 1;
        }
        for (int i = index + 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DossierBlock.Heading next && next.level() <= h.level()) {
                return i;
            }
        }
        return blocks.size();
    }

    /** The heading whose section directly holds block {@code index}, or -1 when it is at the top level. */
    public static int parent(List<DossierBlock> blocks, int index) {
        check(blocks, index);
        int level = blocks.get(index) instanceof DossierBlock.Heading h ? h.level() : Integer.MAX_VALUE;
        for (int i = index - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof DossierBlock.Heading above && above.level() < level) {
                return i;
            }
        }
        return -1;
    }

    /** How many headings hold block {@code index}: 0 at the top level. */
    public static int depth(List<DossierBlock> blocks, int index) {
        int depth = 0;
        for (int p = parent(blocks, index); p >= 0; p = parent(blocks, p)) {
            depth++;
        }
        return depth;
    }

    /**
     * Where a block goes to become the last of those directly under heading {@code heading}: before its first
     * sub-heading, or at the end of its section when it has none.
     */
    public static int lastDirectSlot(List<DossierBlock> blocks, int heading) {
        int end = end(blocks, heading);
        for (int i = heading + 1; i < end; i++) {
            if (blocks.get(i) instanceof DossierBlock.Heading) {
                return i;
            }
        }
        return end;
    }

    /**
     * {@code blocks} with the run {@code [from, end)} taken out and put back at gap {@code to}, a position in
     * the list as it was (0 is before the first block, {@code size} after the last). A gap inside the run
     * itself leaves the list as it was.
     */
    public static List<DossierBlock> moved(List<DossierBlock> blocks, int from, int end, int to) {
        if (from < 0 || end > blocks.size() || from >= end) {
            throw new IndexOutOfBoundsException(
                    "No blocks " + from + " to " + end + " in an outline of " + blocks.size() + ".");
        }
        if (to < 0 || to > blocks.size()) {
            throw new IndexOutOfBoundsException("No place " + to + " in an outline of " + blocks.size() + " blocks.");
        }
        if (to >= from && to <= end) {
            return List.copyOf(blocks);
        }
        List<DossierBlock> run = blocks.subList(from, end);
        List<DossierBlock> rest = new ArrayList<>(blocks.subList(0, from));
        rest.addAll(blocks.subList(end, blocks.size()));
        int at = to > end ? to - run.size() : to;
        rest.addAll(at, run);
        return List.copyOf(rest);
    }

    private static void check(List<DossierBlock> blocks, int index) {
        if (index < 0 || index >= blocks.size()) {
            throw new IndexOutOfBoundsException("No block " + index + " in an outline of " + blocks.size() + ".");
        }
    }
}
