package org.opendossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendossier.model.Passage;
import org.opendossier.model.TextSpan;
import org.opendossier.testing.OfferedDrag;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the panes put on a dragboard is what a drop reads back, and nothing else passes for it. */
@ExtendWith(ApplicationExtension.class)
class DragDataTest {
    /** Reads {@code content} back through a dragboard, on the FX thread where dragboards live. */
    private static <T> T read(ClipboardContent content, Function<Dragboard, T> reading) throws Exception {
        Callable<T> onFx = () -> reading.apply(new OfferedDrag(content, Set.of(TransferMode.COPY)).board());
        return WaitForAsyncUtils.asyncFx(onFx).get(30, TimeUnit.SECONDS);
    }

    @Test
    void eachKindOfDragReadsBackAsItWasPut() throws Exception {
        ClipboardContent claim = DragData.claim(12, "The council skipped a tender");
        OptionalLong claimed = read(claim, DragData::claim);
        OptionalLong asActor = read(claim, DragData::actor);
        String words = read(claim, Dragboard::getString);
        assertThat(claimed).hasValue(12);
        assertThat(asActor).isEmpty();
        assertThat(words).isEqualTo("The council skipped a tender");

        OptionalLong actor = read(DragData.actor(7, "Varrow Maritime"), DragData::actor);
        assertThat(actor).hasValue(7);

        Passage passage = new Passage(3, new TextSpan(120, 180));
        Optional<Passage> dropped = read(DragData.passage(passage, "words"), DragData::passage);
        assertThat(dropped).contains(passage);

        ClipboardContent block = DragData.block(5, 2, "A note");
        OptionalInt same = read(block, b -> DragData.block(b, 5));
        OptionalInt other = read(block, b -> DragData.block(b, 6));
        assertThat(same).hasValue(2);
        assertThat(other).as("a block of another dossier").isEmpty();
    }

    @Test
    void textThatOnlyLooksLikeADragIsNotTakenForOne() throws Exception {
        ClipboardContent forged = new ClipboardContent();
        forged.put(DragData.PASSAGE, "3:120");
        forged.put(DragData.CLAIM, "12; DROP TABLE claim");
        forged.put(DataFormat.PLAIN_TEXT, "12");
        Optional<Passage> passage = read(forged, DragData::passage);
        OptionalLong claim = read(forged, DragData::claim);
        OptionalLong actor = read(forged, DragData::actor);
        assertThat(passage).isEmpty();
        assertThat(claim).isEmpty();
        assertThat(actor).isEmpty();
    }
}
