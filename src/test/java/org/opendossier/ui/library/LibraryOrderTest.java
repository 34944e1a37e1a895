package org.opendossier.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendossier.model.SourceSummary;

class LibraryOrderTest {
    @Test
    void textIgnoresCaseAndLatinAccentsThenBreaksTiesExactly() {
        List<String> titles = new ArrayList<>(List.of("eric", "Zoë", "Émile", "emile", "Eric", "Ångström", "zoe", "b"));

        titles.sort(LibraryOrder.TEXT);

        assertThat(titles).containsExactly("Ångström", "b", "emile", "Émile", "Eric", "eric", "Zoë", "zoe");
    }

    @Test
    void aPrefixSortsBeforeTheLongerTitle() {
        assertThat(LibraryOrder.TEXT.compare("Port", "Port authority")).isNegative();
        assertThat(LibraryOrder.TEXT.compare("port authority", "Port")).isPositive();
    }

    @Test
    void otherScriptsIgnoreCaseAndKeepTheirUnicodeOrder() {
        assertThat(LibraryOrder.TEXT.compare("москва", "Одесса"))
                .as("м before О")
                .isNegative();
        assertThat(LibraryOrder.TEXT.compare("Москва", "москва"))
                .as("folded equal, then exact")
                .isNegative();
    }

    @Test
    void blankValuesGoLastWhicheverWayAColumnIsSorted() {
        List<SourceSummary> rows =
                List.of(row(1, "Beta", null), row(2, "", null), row(3, "alpha", null), row(4, null, null));

        assertThat(sorted(rows, LibraryOrder.byText(SourceSummary::title, false)))
                .extracting(SourceSummary::id)
                .containsExactly(3L, 1L, 2L, 4L);
        assertThat(sorted(rows, LibraryOrder.byText(SourceSummary::title, true)))
                .extracting(SourceSummary::id)
                .containsExactly(1L, 3L, 2L, 4L);
    }

    @Test
    void partialDatesComeBeforeTheFullDatesTheyContainAndUnknownDatesLast() {
        List<SourceSummary> rows =
                List.of(row(1, "a", "2023-05-02"), row(2, "b", null), row(3, "c", "2023"), row(4, "d", "2023-05"));

        assertThat(sorted(rows, LibraryOrder.byPublished(false)))
                .extracting(SourceSummary::id)
                .containsExactly(3L, 4L, 1L, 2L);
        assertThat(sorted(rows, LibraryOrder.byPublished(true)))
                .extracting(SourceSummary::id)
                .containsExactly(1L, 4L, 3L, 2L);
    }

    private static List<SourceSummary> sorted(List<SourceSummary> rows, java.util.Comparator<SourceSummary> order) {
        List<SourceSummary> out = new ArrayList<>(rows);
        out.sort(order.thenComparing(LibraryOrder.byId()));
        return out;
    }

    private static SourceSummary row(long id, String title, String published) {
        return new SourceSummary(
                id, title, null, published, null, "text/plain", "0".repeat(64), "en", Instant.ofEpochSecond(id));
    }
}
