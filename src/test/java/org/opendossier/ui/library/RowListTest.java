package org.opendossier.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

class RowListTest {
    private static final long SEED = 7L;

    @Test
    void aReorderIsOnePermutationAndAFilteredListAboveFollowsIt() {
        Random random = new Random(SEED);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add(Integer.toString(random.nextInt(1_000_000), 36));
        }
        RowList<String> rows = new RowList<>();
        rows.replaceAll(words);
        FilteredList<String> startingWithA = new FilteredList<>(rows, w -> w.startsWith("a"));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.wasPermutated() ? "permutation" : "other");
            }
        });

        rows.reorder(RowList.permutation(List.copyOf(rows), Comparator.<String>naturalOrder()));

        assertThat(changes).containsExactly("permutation");
        assertThat(rows).as("seed %d", SEED).isSorted().containsExactlyInAnyOrderElementsOf(words);
        assertThat(startingWithA)
                .isSorted()
                .containsExactlyElementsOf(
                        words.stream().filter(w -> w.startsWith("a")).sorted().toList());
    }

    @Test
    void equalRowsKeepTheirOrder() {
        List<String> rows = List.of("b1", "a1", "b2", "a2", "b3");
        int[] permutation = RowList.permutation(rows, Comparator.comparing(s -> s.charAt(0)));

        String[] moved = new String[rows.size()];
        for (int i = 0; i < permutation.length; i++) {
            moved[permutation[i]] = rows.get(i);
        }
        assertThat(moved).containsExactly("a1", "a2", "b1", "b2", "b3");
    }

    @Test
    void aPermutationOfOtherRowsIsRefused() {
        RowList<String> rows = new RowList<>();
        rows.replaceAll(List.of("x", "y"));

        assertThatThrownBy(() -> rows.reorder(new int[] {0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rows.reorder(new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThat(rows).containsExactly("x", "y");
    }
}
