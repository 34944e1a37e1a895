package org.opendossier.analysis.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndependentOutletsTest {
    private static final Signature WIRE = MinHash.of(Stories.WIRE);
    private static final Signature DAILY = MinHash.of(Stories.ON_DAILY_SITE);
    private static final Signature EDITED = MinHash.of(Stories.EDITED);
    private static final Signature OWN = MinHash.of(Stories.OWN_REPORT);

    private static Signature other(long seed) {
        return MinHash.of(Stories.filler(seed, 400));
    }

    @Test
    void twoArticlesOfOneOutletAreOneOutlet() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(1, "The Harbour Gazette", "https://harbourgazette.example/a", other(1)),
                new SourceOrigin(2, "harbour   GAZETTE", "https://harbourgazette.example/b", other(2))));

        assertThat(result.outlets()).isEqualTo(1);
        assertThat(result.articles()).isEqualTo(2);
        assertThat(result.groups().get(0).name()).isEqualTo("The Harbour Gazette");
        assertThat(result.groups().get(0).copiesOfOneStory()).isFalse();
        assertThat(result.onlyCopiesOfOneStory()).isFalse();
    }

    @Test
    void threeSitesCarryingOneWireStoryAndOneOwnReportAreTwoOutlets() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(10, "Coastline Wire", "https://coastlinewire.example/x", WIRE),
                new SourceOrigin(11, "Daily Tide", "https://www.dailytide.example/y", DAILY),
                new SourceOrigin(12, "Estuary Post", "https://estuarypost.example/z", EDITED),
                new SourceOrigin(13, "Kessling Courier", "https://courier.example/w", OWN)));

        assertThat(result.outlets()).isEqualTo(2);
        assertThat(result.articles()).isEqualTo(4);
        OutletGroup wire = result.groups().get(0);
        assertThat(wire.sourceIds()).containsExactly(10L, 11L, 12L);
        assertThat(wire.copiesOfOneStory()).isTrue();
        assertThat(wire.outlets()).containsExactly("Coastline Wire", "Daily Tide", "Estuary Post");
        assertThat(wire.name()).isEqualTo("Coastline Wire / Daily Tide / Estuary Post");
        OutletGroup own = result.groups().get(1);
        assertThat(own.sourceIds()).containsExactly(13L);
        assertThat(own.copiesOfOneStory()).isFalse();
        assertThat(result.onlyCopiesOfOneStory()).isFalse();
    }

    @Test
    void supportThatIsAllCopiesOfOneStoryIsFlagged() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(10, "Coastline Wire", null, WIRE),
                new SourceOrigin(11, "Daily Tide", null, DAILY),
                new SourceOrigin(12, null, "https://estuarypost.example/z", MinHash.of(Stories.TRUNCATED))));

        assertThat(result.outlets()).isEqualTo(1);
        assertThat(result.articles()).isEqualTo(3);
        assertThat(result.onlyCopiesOfOneStory()).isTrue();
        assertThat(result.groups().get(0).outlets())
                .containsExactly("Coastline Wire", "Daily Tide", "estuarypost.example");
    }

    @Test
    void anOutletThatCarriesTheWireStoryBringsItsOtherArticlesAlong() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(1, "Coastline Wire", null, WIRE),
                new SourceOrigin(2, "Daily Tide", null, DAILY),
                new SourceOrigin(3, "Daily Tide", null, other(3)),
                new SourceOrigin(4, "Daily Tide", null, other(4))));

        assertThat(result.outlets()).isEqualTo(1);
        // the outlet with more articles first
        assertThat(result.groups().get(0).outlets()).containsExactly("Daily Tide", "Coastline Wire");
    }

    @Test
    void withoutAnOutletTheHostLessWwwDecides() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(1, null, "https://www.Estuary-Post.example/2026/a", other(1)),
                new SourceOrigin(2, "  ", "http://estuary-post.example/b?x=1", other(2)),
                new SourceOrigin(3, null, "https://m.estuary-post.example/c", other(3)),
                new SourceOrigin(4, null, "https://other.example/d", other(4))));

        assertThat(result.outlets()).isEqualTo(2);
        assertThat(result.groups().get(0).sourceIds()).containsExactly(1L, 2L, 3L);
        assertThat(result.groups().get(0).name()).isEqualTo("estuary-post.example");
        assertThat(result.groups().get(1).name()).isEqualTo("other.example");
    }

    @Test
    void aSourceWithoutOutletJoinsTheOutletItsHostIsKnownFor() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(1, "Estuary Post", "https://estuarypost.example/a", other(1)),
                new SourceOrigin(2, null, "https://www.estuarypost.example/b", other(2))));

        assertThat(result.outlets()).isEqualTo(1);
        assertThat(result.groups().get(0).name()).isEqualTo("Estuary Post");
    }

    @Test
    void aHostShowingSeveralOutletsDecidesNothing() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(1, "Coastline Wire", "https://news.aggregator.example/a", other(1)),
                new SourceOrigin(2, "Daily Tide", "https://news.aggregator.example/b", other(2)),
                new SourceOrigin(3, null, "https://news.aggregator.example/c", other(3))));

        assertThat(result.outlets()).isEqualTo(3);
    }

    @Test
    void sourcesWithNeitherOutletNorAddressAreEachTheirOwn() {
        IndependentOutlets result = IndependentOutlets.of(List.of(
                new SourceOrigin(1, null, null, other(1)),
                new SourceOrigin(2, null, "not a url at all", other(2)),
                new SourceOrigin(1, null, null, other(1))));

        assertThat(result.outlets()).isEqualTo(2);
        assertThat(result.articles()).isEqualTo(2);
        assertThat(result.groups()).allSatisfy(g -> {
            assertThat(g.name()).isEmpty();
            assertThat(g.outlets()).isEmpty();
        });
    }

    @Test
    void nothingIsNoOutlet() {
        IndependentOutlets result = IndependentOutlets.of(List.of());

        assertThat(result.outlets()).isZero();
        assertThat(result.articles()).isZero();
        assertThat(result.onlyCopiesOfOneStory()).isFalse();
    }
}
