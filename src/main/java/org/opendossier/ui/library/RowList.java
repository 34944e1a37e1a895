package org.opendossier.ui.library;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The library's rows, replaced as a whole (a new case, a reload) or reordered as a whole. A reorder is one
 * permutation change, computed elsewhere (off the FX thread) and applied here in one pass: the filtered
 * list above it and the table keep their selection through it, as they do through a {@code SortedList},
 * but nothing is compared on the FX thread.
 */
final class RowList<E> extends ObservableListBase<E> {
    private Object[] rows = new Object[0];

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, rows.length);
        return (E) rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Replaces every row. */
    @SuppressWarnings("unchecked")
    void replaceAll(List<? extends E> next) {
        List<E> removed = Collections.unmodifiableList(Arrays.asList((E[]) rows));
        Object[] added = next.toArray();
        if (removed.isEmpty() && added.length == 0) {
            return;
        }
        beginChange();
        rows = added;
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (added.length > 0) {
            nextAdd(0, added.length);
        }
        endChange();
    }

    /**
     * Moves the row at {@code i} to {@code permutation[i]}, for every row.
     *
     * @throws IllegalArgumentException if the permutation is not one of these rows
     */
    void reorder(int[] permutation) {
        if (permutation.length != rows.length) {
            throw new IllegalArgumentException(
                    "a permutation of " + permutation.length + " rows for a list of " + rows.length);
        }
        Object[] next = new Object[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (next[permutation[i]] != null) {
                throw new IllegalArgumentException("two rows moved to " + permutation[i]);
            }
            next[permutation[i]] = rows[i];
        }
        if (rows.length == 0) {
            return;
        }
        beginChange();
        rows = next;
        nextPermutation(0, next.length, permutation);
        endChange();
    }

    /**
     * Where each of {@code rows} goes in {@code order}: {@code result[i]} is the new index of
     * {@code rows.get(i)}. Equal rows keep their relative order. Meant to run off the FX thread.
     */
    static <E> int[] permutation(List<E> rows, java.util.Comparator<? super E> order) {
        Integer[] byOrder = new Integer[rows.size()];
        for (int i = 0; i < byOrder.length; i++) {
            byOrder[i] = i;
        }
        Arrays.sort(byOrder, (a, b) -> order.compare(rows.get(a), rows.get(b)));
        int[] permutation = new int[byOrder.length];
        for (int k = 0; k < byOrder.length; k++) {
            permutation[byOrder[k]] = k;
        }
        return permutation;
    }
}
