package org.opendossier.ui.reader;

import static org.opendossier.ui.Controls.heading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.model.Acquisition;
import org.opendossier.model.Mention;
import org.opendossier.model.Passage;
import org.opendossier.model.Source;
import org.opendossier.model.TextSpan;
import org.opendossier.service.ClaimQuote;
import org.opendossier.ui.DragData;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/**
 * The reader: the source's clean text in a styled-text area (never a web view: the text is the evidence,
 * shown exactly as stored, and no page content runs), search hits highlighted and navigable, and beside
 * it the metadata and provenance of the source.
 */
public final class ReaderView extends BorderPane {
    private static final String HIT = "hit";
    private static final String CURRENT_HIT = "hit-current";
    private static final String MENTION = "mention";
    private static final String EVIDENCE = "evidence";

    private final ReaderViewModel model;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final SplitPane split = new SplitPane();
    private final VBox provenance = new VBox(10);
    /** The passage pressed on inside the selection, until the press is released or becomes a drag. */
    private Passage dragging;

    private Runnable onAddToDossier;

    public ReaderView(ReaderViewModel model) {
        this.model = model;
        this.onAddToDossier = model::addSelectionToDossier;
        setId("reader");
        getStyleClass().add("reader");

        text.setId("reader-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("reader-text");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);

        Label empty = new Label(Messages.get("reader.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.sourceProperty().isNull());

        provenance.setId("provenance");
        provenance.getStyleClass().add("provenance");
        ScrollPane side = new ScrollPane(provenance);
        side.setFitToWidth(true);
        side.getStyleClass().add("provenance-scroll");

        split.setId("reader-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(scroll, side);
        split.visibleProperty().bind(model.sourceProperty().isNotNull());
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);

        setTop(header());
        setCenter(new StackPane(split, empty));

        model.sourceProperty().addListener((obs, was, now) -> showSource(now));
        model.hits().addListener((ListChangeListener<TextSpan>) c -> restyle());
        model.mentions().addListener((ListChangeListener<Mention>) c -> restyle());
        model.quotes().addListener((ListChangeListener<ClaimQuote>) c -> {
            restyle();
            text.setParagraphGraphicFactory(this::margin);
        });
        installMentionHandling();
        installDragOut();
        model.revealProperty().addListener((obs, was, now) -> {
            if (now != null && now.end() <= text.getLength()) {
                // The caret at the quote's start, so following it brings the quote's first line into view.
                text.selectRange(now.end(), now.start());
                text.showParagraphAtTop(text.getCurrentParagraph());
                text.requestFollowCaret();
            }
        });
        model.currentHitProperty().addListener((obs, was, now) -> {
            restyle();
            reveal(now.intValue());
        });
        text.selectionProperty()
                .addListener((obs, was, now) -> model.selectionProperty().set(span(now)));
    }

    /** Hovering a mention names its actor; clicking it opens the actor; the context menu tags words. */
    private void installMentionHandling() {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("mention-tooltip");
        text.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<String> lines = new ArrayList<>();
            model.mentionAt(e.getCharacterIndex())
                    .flatMap(m -> model.actor(m.actorId()))
                    .ifPresent(actor -> lines.add(Messages.get(
                            "reader.mention.tooltip", actor.name(), Formats.enumName("actor.kind", actor.kind()))));
            for (ClaimQuote q : model.quotesAt(e.getCharacterIndex())) {
                lines.add(Messages.get(
                        "reader.evidence.tooltip",
                        Formats.enumName("stance", q.evidence().stance()),
                        q.claim().statement()));
            }
            if (!lines.isEmpty()) {
                tip.setText(String.join("\n", lines));
                tip.show(
                        text,
                        e.getScreenPosition().getX() + 8,
                        e.getScreenPosition().getY() + 12);
            }
        });
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        text.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY
                    || !e.isStillSincePress()
                    || text.getSelection().getLength() > 0) {
                return;
            }
            int at = text.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            if (at >= 0) {
                var mention = model.mentionAt(at);
                if (mention.isPresent()) {
                    model.openActor(mention.get().actorId());
                } else {
                    model.quotesAt(at).stream()
                            .findFirst()
                            .ifPresent(q -> model.openClaim(q.claim().id()));
                }
            }
        });
        MenuItem tag = new MenuItem(Messages.get("action.tagActor"));
        tag.setId("reader-tag-actor");
        tag.setAccelerator(org.opendossier.ui.Shortcut.TAG_ACTOR.keys());
        tag.setOnAction(e -> model.tagSelection());
        tag.disableProperty().bind(model.selectionProperty().isNull());
        MenuItem evidence = new MenuItem(Messages.get("action.useAsEvidence"));
        evidence.setId("reader-use-as-evidence");
        evidence.setAccelerator(org.opendossier.ui.Shortcut.USE_AS_EVIDENCE.keys());
        evidence.setOnAction(e -> model.useSelectionAsEvidence());
        evidence.disableProperty().bind(model.selectionProperty().isNull());
        MenuItem dossier = new MenuItem(Messages.get("action.addToDossier"));
        dossier.setId("reader-add-to-dossier");
        dossier.setOnAction(e -> onAddToDossier.run());
        dossier.disableProperty().bind(model.selectionProperty().isNull());
        text.setContextMenu(new ContextMenu(tag, evidence, dossier));
    }

    /**
     * A selection is dragged out by pressing inside it (into the dossier outline, say): the press keeps the
     * selection instead of starting a new one, and a press released without a drag places the caret as a
     * click does.
     */
    private void installDragOut() {
        text.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            dragging = null;
            IndexRange sel = text.getSelection();
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || sel.getLength() == 0) {
                return;
            }
            int at = text.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            if (at >= sel.getStart() && at < sel.getEnd()) {
                dragging = model.selectedPassage().orElse(null);
                text.requestFocus();
                e.consume();
            }
        });
        text.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            Passage p = dragging;
            if (p == null) {
                return;
            }
            Dragboard board = text.startDragAndDrop(TransferMode.COPY);
            board.setContent(DragData.passage(p, text.getSelectedText()));
            e.consume();
        });
        text.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging != null && e.isStillSincePress()) {
                text.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(text::moveTo);
            }
            dragging = null;
        });
    }

    /** What "Add to dossier" in the text's menu does; the workbench also brings the composer to the front. */
    public void setOnAddToDossier(Runnable action) {
        this.onAddToDossier = action;
    }

    public SplitPane split() {
        return split;
    }

    public StyleClassedTextArea textArea() {
        return text;
    }

    private Region header() {
        Label title = new Label();
        title.setId("reader-title");
        title.getStyleClass().add("reader-title");
        title.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.sourceProperty().get() == null
                                ? ""
                                : model.sourceProperty().get().title(),
                        model.sourceProperty()));
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);

        Label hits = new Label();
        hits.setId("reader-hits");
        hits.getStyleClass().add("status-text");
        hits.textProperty().bind(model.hitStatusProperty());
        hits.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = Icons.iconButton("reader-previous", Material2MZ.NAVIGATE_BEFORE, "action.previousHit");
        previous.setOnAction(e -> model.previousHit());
        Button next = Icons.iconButton("reader-next", Material2MZ.NAVIGATE_NEXT, "action.nextHit");
        next.setOnAction(e -> model.nextHit());
        HBox navigation = new HBox(2, hits, previous, next);
        navigation.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        navigation.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.hits()));
        navigation.managedProperty().bind(navigation.visibleProperty());

        Button original = Icons.iconButton("reader-open-original", Material2AL.LAUNCH, "action.openOriginal");
        original.setOnAction(e -> model.openOriginal());
        original.disableProperty().bind(model.sourceProperty().isNull());

        HBox bar = new HBox(8, title, navigation, original);
        bar.getStyleClass().add("pane-header");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void showSource(Source source) {
        text.clear();
        provenance.getChildren().clear();
        if (source == null) {
            return;
        }
        text.replaceText(source.text());
        text.moveTo(0);
        text.requestFollowCaret();
        provenance.getChildren().addAll(metadata(source), acquisitions(), warnings(source));
        restyle();
        text.setParagraphGraphicFactory(this::margin);
    }

    /**
     * Hits and mentions as one style-span pass over the text: a single change for the area however many
     * marks. Where a hit and a mention overlap, the stretch carries both styles.
     */
    private void restyle() {
        Source source = model.sourceProperty().get();
        if (source == null || text.getLength() != source.text().length()) {
            return;
        }
        List<Mark> marks = new ArrayList<>();
        List<TextSpan> hits = model.hits();
        int current = model.currentHitProperty().get();
        for (int i = 0; i < hits.size(); i++) {
            marks.add(new Mark(hits.get(i), i == current ? List.of(HIT, CURRENT_HIT) : List.of(HIT)));
        }
        for (Mention m : model.mentions()) {
            String kind = model.actor(m.actorId())
                    .map(a -> MENTION + "-" + a.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .orElse(MENTION);
            marks.add(new Mark(m.span(), List.of(MENTION, kind)));
        }
        for (ClaimQuote q : model.quotes()) {
            String stance = EVIDENCE + "-" + q.evidence().stance().name().toLowerCase(java.util.Locale.ROOT);
            marks.add(new Mark(q.evidence().span(), List.of(EVIDENCE, stance)));
        }
        text.setStyleSpans(0, styleSpans(marks, text.getLength()));
    }

    private record Mark(TextSpan span, List<String> styles) {}

    /**
     * The margin of a paragraph: a badge for each claim whose evidence lies in it, in the stance's colour,
     * numbered as the claims are; clicking one opens the claim.
     */
    private javafx.scene.Node margin(int paragraph) {
        VBox badges = new VBox(2);
        badges.getStyleClass().add("evidence-margin");
        badges.setMinWidth(48);
        badges.setPrefWidth(48);
        Source source = model.sourceProperty().get();
        if (source == null
                || paragraph >= text.getParagraphs().size()
                || text.getLength() != source.text().length()) {
            return badges;
        }
        int start = text.getAbsolutePosition(paragraph, 0);
        int end = start + text.getParagraphLength(paragraph);
        java.util.Set<Long> shown = new java.util.HashSet<>();
        for (ClaimQuote q : model.quotes()) {
            TextSpan s = q.evidence().span();
            if (s.start() <= end && s.end() > start && shown.add(q.claim().id())) {
                Label badge = new Label("C" + q.claim().id());
                badge.setMinWidth(Region.USE_PREF_SIZE);
                badge.getStyleClass()
                        .addAll(
                                "evidence-badge",
                                "stance-" + q.evidence().stance().name().toLowerCase(java.util.Locale.ROOT));
                badge.setTooltip(
                        new Tooltip(Formats.enumName("stance", q.evidence().stance()) + ": "
                                + q.claim().statement()));
                badge.setOnMouseClicked(e -> model.openClaim(q.claim().id()));
                badges.getChildren().add(badge);
            }
        }
        return badges;
    }

    /** Sweeps the marks' boundaries in order, giving each stretch the styles of every mark covering it. */
    private static StyleSpans<Collection<String>> styleSpans(List<Mark> marks, int length) {
        java.util.TreeMap<Integer, List<Mark>> starts = new java.util.TreeMap<>();
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            if (m.span().end() > length || m.span().start() == m.span().end()) {
                continue;
            }
            starts.computeIfAbsent(m.span().start(), k -> new ArrayList<>()).add(m);
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<Mark> open = new ArrayList<>();
        int from = cuts.pollFirst();
        for (int to : cuts) {
            int at = from;
            open.removeIf(m -> m.span().end() <= at);
            open.addAll(starts.getOrDefault(at, List.of()));
            java.util.LinkedHashSet<String> styles = new java.util.LinkedHashSet<>();
            open.forEach(m -> styles.addAll(m.styles()));
            spans.add(List.copyOf(styles), to - from);
            from = to;
        }
        return spans.create();
    }

    private void reveal(int hit) {
        if (hit < 0 || hit >= model.hits().size()) {
            return;
        }
        TextSpan h = model.hits().get(hit);
        if (h.end() > text.getLength()) {
            return;
        }
        text.moveTo(h.start());
        text.showParagraphAtCenter(text.getCurrentParagraph());
    }

    private static TextSpan span(IndexRange range) {
        return range == null || range.getLength() == 0 ? null : new TextSpan(range.getStart(), range.getEnd());
    }

    private Region metadata(Source s) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("metadata");
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        row = field(grid, row, "reader.meta.outlet", s.outlet());
        row = field(grid, row, "reader.meta.byline", s.byline());
        row = field(grid, row, "reader.meta.published", Formats.publishedDate(s.publishedAt()));
        row = field(grid, row, "reader.meta.url", s.url());
        row = field(grid, row, "reader.meta.language", s.language());
        row = field(grid, row, "reader.meta.type", s.mediaType());
        row = field(grid, row, "reader.meta.size", Formats.bytes(s.byteSize()));
        field(grid, row, "reader.meta.imported", Formats.localTime(s.importedAt()));

        // The whole hash, wrapped, never cut: it is what a reader compares against the file.
        Label sha = new Label(s.sha256());
        sha.setId("provenance-sha256");
        sha.setWrapText(true);
        sha.getStyleClass().addAll("mono", "sha256");
        HBox.setHgrow(sha, Priority.ALWAYS);
        Button copy = Icons.iconButton("provenance-copy-sha256", Material2AL.CONTENT_COPY, "reader.copySha256");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(s.sha256());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label shaLabel = new Label(Messages.get("reader.meta.sha256"));
        shaLabel.getStyleClass().add("field-name");
        VBox box = new VBox(6, heading("reader.section.metadata"), grid, shaLabel, new HBox(4, sha, copy));
        return box;
    }

    private static int field(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("field-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add("field-value");
        grid.addRow(row, name, v);
        return row + 1;
    }

    private Region acquisitions() {
        VBox box = new VBox(6, heading("reader.section.acquisitions"));
        box.setId("provenance-acquisitions");
        for (Acquisition a : model.acquisitions()) {
            Label path = new Label(a.part() == null ? a.path() : a.path() + " › " + a.part());
            path.setWrapText(true);
            path.getStyleClass().add("acquisition-path");
            Label when = new Label(Formats.localTime(a.importedAt()));
            when.getStyleClass().add("muted");
            VBox entry = new VBox(1, path, when);
            if (a.url() != null) {
                Label url = new Label(a.url());
                url.setWrapText(true);
                url.getStyleClass().add("muted");
                entry.getChildren().add(url);
            }
            box.getChildren().add(entry);
        }
        return box;
    }

    private static Region warnings(Source s) {
        VBox box = new VBox(4);
        if (s.warnings().isEmpty()) {
            return box;
        }
        box.getChildren().add(heading("reader.section.warnings"));
        for (String w : s.warnings()) {
            Label l = new Label(w);
            l.setWrapText(true);
            l.getStyleClass().add("warning-text");
            box.getChildren().add(l);
        }
        return box;
    }
}
