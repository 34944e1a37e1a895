package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ReviewState;
import org.opendossier.model.SourceSummary;
import org.opendossier.service.ActorListing;
import org.opendossier.service.MentionInContext;
import org.opendossier.service.Suggested;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.library.Facet;
import org.opendossier.ui.library.FacetValue;
import org.opendossier.ui.library.LibraryViewModel;

/**
 * The actors, suggestions and network panes without a window, on the sample case: accepting suggestions,
 * merging and undoing through the dialogs a person answers, the network they make, and the library's
 * actor facet following them.
 */
class ActorPanesViewModelTest extends OnTheSampleCase {
    @AfterEach
    void noErrorWasShown() {
        assertThat(dialogs.errors).isEmpty();
    }

    private Suggested suggestion(String name) {
        return model.suggestions().suggestions().stream()
                .filter(s -> s.suggestion().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not suggested: "
                        + model.suggestions().suggestions().stream()
                                .map(s -> s.suggestion().name())
                                .toList()));
    }

    private ActorListing listing(String name) {
        return model.actors().all().stream()
                .filter(l -> l.actor().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void acceptingAndRejectingSuggestionsFillsTheActorListAndTheNetwork() {
        model.suggestions().refresh();
        Suggested agency = suggestion("Coastal Environment Agency");
        assertThat(agency.suggestion().abbreviation()).isEqualTo("CEA");
        Suggested holt = suggestion("Maren Holt");
        int before = model.suggestions().suggestions().size();

        model.suggestions().accept(agency, ActorKind.ORGANISATION);
        model.suggestions().accept(holt, ActorKind.PERSON);
        Suggested rejected = model.suggestions().suggestions().getLast();
        model.suggestions().reject(rejected);

        assertThat(model.suggestions().suggestions()).hasSize(before - 3);
        assertThat(listing("Coastal Environment Agency").actor().names()).contains("CEA");
        assertThat(listing("Coastal Environment Agency").sources()).isGreaterThan(1);
        assertThat(listing("Maren Holt").actor().kind()).isEqualTo(ActorKind.PERSON);

        // Neither the accepted names nor the rejected one come back.
        model.suggestions().refresh();
        assertThat(model.suggestions().suggestions())
                .extracting(s -> s.suggestion().name())
                .doesNotContain(
                        "Coastal Environment Agency",
                        "Maren Holt",
                        rejected.suggestion().name());

        model.network().reload();
        var shown = model.network().shownProperty().get();
        assertThat(shown.graph().nodes()).hasSize(2);
        assertThat(shown.positions()).hasSize(2);
        model.network().kinds().retainAll(Set.of(ActorKind.PERSON));
        assertThat(model.network().shownProperty().get().graph().nodes())
                .extracting(n -> n.label())
                .containsExactly("Maren Holt");
        model.network().focusOn(listing("Maren Holt").actor().id());
        assertThat(model.network().shownProperty().get().graph().nodes()).hasSize(1);
    }

    @Test
    void theNetworkPictureIsWrittenAsAPng() throws Exception {
        Path target = home.resolve("network.png");
        int red = 0xFFD00000;
        int[] pixels = {red, 0xFF000000, 0xFFFFFFFF, red, red, red};
        model.network().writePng(target, 3, 2, pixels);
        var image = javax.imageio.ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(red);
        assertThat(image.getRGB(2, 0)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void mergingThroughTheDialogCanBeUndone() {
        model.suggestions().refresh();
        model.suggestions().accept(suggestion("Coastal Environment Agency"), ActorKind.ORGANISATION);
        model.suggestions().accept(suggestion("Maren Holt"), ActorKind.PERSON);
        ActorListing agency = listing("Coastal Environment Agency");
        ActorListing holt = listing("Maren Holt");

        model.actors().selectedProperty().set(agency);
        dialogs.actors.add(ActorChoice.existing(holt.actor().id()));
        model.actors().mergeInto();

        assertThat(model.actors().all()).hasSize(1);
        assertThat(listing("Coastal Environment Agency").actor().names()).contains("Maren Holt");
        assertThat(model.actors().lastMergeProperty().get()).isNotNull();

        model.actors().undoMerge();
        assertThat(model.actors().all()).hasSize(2);
        assertThat(listing("Maren Holt").mentions()).isEqualTo(holt.mentions());
        assertThat(listing("Coastal Environment Agency").actor().names()).doesNotContain("Maren Holt");
    }

    private static FacetValue actorIn(LibraryViewModel library, String name) {
        return library.facetValues(Facet.ACTOR).stream()
                .filter(v -> v.label().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        name + " is not in the library's actor facet: " + library.facetValues(Facet.ACTOR)));
    }

    private Set<Long> sourcesMentioning(String name) throws Exception {
        return model
                .sessionProperty()
                .get()
                .actors()
                .mentionsOf(listing(name).actor().id())
                .stream()
                .filter(m -> m.mention().review() != ReviewState.REJECTED)
                .map(m -> m.mention().sourceId())
                .collect(Collectors.toSet());
    }

    @Test
    void theLibraryFiltersByTheActorsSourcesMentionAndFollowsChangesToTheirMentions() throws Exception {
        LibraryViewModel library = model.library();
        assertThat(library.facetValues(Facet.ACTOR))
                .as("the sample case starts without actors")
                .isEmpty();
        model.suggestions().refresh();
        model.suggestions().accept(suggestion("Coastal Environment Agency"), ActorKind.ORGANISATION);
        model.suggestions().accept(suggestion("Maren Holt"), ActorKind.PERSON);
        Set<Long> agency = sourcesMentioning("Coastal Environment Agency");
        Set<Long> holt = sourcesMentioning("Maren Holt");
        Set<Long> either = new HashSet<>(agency);
        either.addAll(holt);
        int all = library.visibleSources().size();
        assertThat(agency).as("the agency is not in every source").hasSizeLessThan(all);
        assertThat(either).as("nor Maren Holt in the same sources only").hasSizeGreaterThan(agency.size());

        assertThat(actorIn(library, "Coastal Environment Agency").count()).isEqualTo(agency.size());
        library.toggle(
                Facet.ACTOR, actorIn(library, "Coastal Environment Agency").value());
        assertThat(library.visibleSources()).extracting(SourceSummary::id).containsExactlyInAnyOrderElementsOf(agency);
        library.toggle(Facet.ACTOR, actorIn(library, "Maren Holt").value());
        assertThat(library.visibleSources()).extracting(SourceSummary::id).containsExactlyInAnyOrderElementsOf(either);
        assertThat(library.facetValues(Facet.TYPE).stream()
                        .mapToInt(FacetValue::count)
                        .sum())
                .as("the other facets count the sources that mention either actor")
                .isEqualTo(either.size());

        // Rejecting Maren Holt in one source takes that source out of her count; both picks stay.
        ActorListing holtListing = listing("Maren Holt");
        model.actors().selectedProperty().set(holtListing);
        long dropped = model.actors().mentions().getFirst().mention().sourceId();
        for (MentionInContext m : List.copyOf(model.actors().mentions())) {
            if (m.mention().sourceId() == dropped) {
                model.actors().review(m, ReviewState.REJECTED);
            }
        }
        assertThat(actorIn(library, "Maren Holt").count()).isEqualTo(holt.size() - 1);
        assertThat(library.facetValues(Facet.ACTOR))
                .filteredOn(FacetValue::selected)
                .hasSize(2);

        // Renamed, the agency stays picked; merged away, Maren Holt is no longer there to pick.
        model.actors().selectedProperty().set(listing("Coastal Environment Agency"));
        model.actors().save(ActorKind.ORGANISATION, "Coastal Agency", "", "", "");
        dialogs.actors.add(ActorChoice.existing(holtListing.actor().id()));
        model.actors().mergeInto();

        assertThat(library.facetValues(Facet.ACTOR))
                .filteredOn(FacetValue::selected)
                .extracting(FacetValue::label)
                .containsExactly("Coastal Agency");
        assertThat(library.visibleSources())
                .extracting(SourceSummary::id)
                .containsExactlyInAnyOrderElementsOf(sourcesMentioning("Coastal Agency"));
        library.clearFilters();
        assertThat(library.visibleSources()).hasSize(all);
    }
}
