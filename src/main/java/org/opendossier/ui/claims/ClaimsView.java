package org.opendossier.ui.claims;

import static org.opendossier.ui.Controls.button;
import static org.opendossier.ui.Controls.fieldName;
import static org.opendossier.ui.Controls.heading;
import static org.opendossier.ui.Controls.small;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Stance;
import org.opendossier.service.ClaimListing;
import org.opendossier.service.ClaimWarning;
import org.opendossier.service.EvidenceCandidate;
import org.opendossier.service.QuotedEvidence;
import org.opendossier.service.Tally;
import org.opendossier.ui.DragData;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/**
 * The claims pane: a filterable table of claims with their counts for and against by independent outlet
 * and their warnings; on the right the selected claim's statement, status, date, actors, tags and notes,
 * its evidence grouped by stance with each quote in its context, and its relations to other claims.
 */
public final class ClaimsView extends SplitPane {
    private final ClaimsViewModel model;
    private final TableView<ClaimListing> table = new TableView<>();
    private final TextArea statement = new TextArea();
    private final ComboBox<ClaimStatus> status =
            new ComboBox<>(FXCollections.observableArrayList(ClaimStatus.values()));
    private final TextField eventDate = new TextField();
    private final TextField tags = new TextField();
    private final TextArea notes = new TextArea();
    private final FlowPane claimants = new FlowPane(6, 4);
    private final FlowPane subjects = new FlowPane(6, 4);
    private final Label tallies = new Label();
    private final VBox warnings = new VBox(2);
    private final VBox evidence = new VBox(10);
    private final ListView<ClaimsViewModel.RelationRow> relations = new ListView<>();
    private final VBox candidates = new VBox(8);

    public ClaimsView(ClaimsViewModel model) {
        this.model = model;
        setId("claims");
        // The table on top, full width, so statements can be read; the detail with its quotes below.
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(list(), detail());
        setDividerPositions(0.34);
        model.selectedProperty().addListener((obs, was, now) -> showClaim(now));
        model.evidence().addListener((ListChangeListener<QuotedEvidence>) c -> showEvidence());
        model.candidates().addListener((ListChangeListener<EvidenceCandidate>) c -> showCandidates());
    }

    public TableView<ClaimListing> table() {
        return table;
    }

    private Region list() {
        TextField filter = new TextField();
        filter.setId("claims-filter");
        filter.setPromptText(Messages.get("claims.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = button("claims-new", "claims.new", model::newClaim);
        Button undo = button("claims-undo", "claims.undo", model::undo);
        undo.disableProperty().bind(model.undoLabelProperty().isEmpty());
        undo.tooltipProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> new Tooltip(Messages.get(
                                "claims.undo.tip", model.undoLabelProperty().get())),
                        model.undoLabelProperty()));
        Button redo = button("claims-redo", "claims.redo", model::redo);
        redo.disableProperty().bind(model.redoLabelProperty().isEmpty());

        table.setId("claims-table");
        table.setItems(model.visibleClaims());
        table.setRowFactory(DragData.draggableRows(
                l -> DragData.claim(l.claim().id(), l.claim().statement())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        TableColumn<ClaimListing, String> statementColumn =
                column("claims.column.statement", l -> l.claim().statement());
        statementColumn.setPrefWidth(380);
        TableColumn<ClaimListing, String> statusColumn = column(
                "claims.column.status",
                l -> Formats.enumName("claim.status", l.claim().status()));
        statusColumn.setCellFactory(
                c -> new StyledCell("status-", l -> l.claim().status().name()));
        statusColumn.setMinWidth(96);
        statusColumn.setPrefWidth(100);
        TableColumn<ClaimListing, String> dateColumn = column(
                "claims.column.date",
                l -> l.claim().eventDate() == null ? "" : l.claim().eventDate().toString());
        dateColumn.setMinWidth(76);
        dateColumn.setPrefWidth(80);
        TableColumn<ClaimListing, String> forColumn = column("claims.column.for", l -> count(l.backing()));
        forColumn.setCellFactory(c -> new StyledCell("tally-", l -> "for"));
        forColumn.setMinWidth(64);
        forColumn.setPrefWidth(72);
        TableColumn<ClaimListing, String> againstColumn = column("claims.column.against", l -> count(l.contesting()));
        againstColumn.setCellFactory(c -> new StyledCell("tally-", l -> "against"));
        againstColumn.setMinWidth(72);
        againstColumn.setPrefWidth(76);
        TableColumn<ClaimListing, String> warningColumn = column(
                "claims.column.warnings",
                l -> l.warnings().isEmpty() ? "" : "⚠ " + l.warnings().size());
        warningColumn.setCellFactory(
                c -> new StyledCell("warning-", l -> l.warnings().isEmpty() ? "none" : "some"));
        warningColumn.setMinWidth(44);
        warningColumn.setPrefWidth(48);
        table.getColumns()
                .setAll(List.of(statementColumn, statusColumn, dateColumn, forColumn, againstColumn, warningColumn));
        Label empty = new Label(Messages.get("claims.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        HBox bar = new HBox(6, filter, add, undo, redo);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, table);
        box.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** "2 / 3": independent outlets over articles; empty when there is none. */
    private static String count(Tally t) {
        return t.articles() == 0 ? "" : t.outlets() + " / " + t.articles();
    }

    private static <T> TableColumn<ClaimListing, T> column(String key, Function<ClaimListing, T> value) {
        TableColumn<ClaimListing, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        return c;
    }

    private Region detail() {
        statement.setId("claim-statement");
        statement.setPrefRowCount(2);
        statement.setWrapText(true);
        status.setId("claim-status");
        status.setConverter(Formats.enumConverter("claim.status"));
        eventDate.setId("claim-date");
        eventDate.setPromptText(Messages.get("claims.date.prompt"));
        eventDate.setPrefColumnCount(9);
        tags.setId("claim-tags");
        tags.setPromptText(Messages.get("claims.tags.prompt"));
        notes.setId("claim-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        Button save = button(
                "claim-save",
                "claims.save",
                () -> model.save(
                        statement.getText(), status.getValue(), eventDate.getText(), tags.getText(), notes.getText()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.add(fieldName("claims.statement"), 0, 0);
        form.add(statement, 1, 0, 3, 1);
        form.addRow(1, fieldName("claims.status"), status, fieldName("claims.date"), eventDate);
        form.add(fieldName("claims.tags"), 0, 2);
        form.add(tags, 1, 2, 3, 1);
        form.add(fieldName("claims.notes"), 0, 3);
        form.add(notes, 1, 3, 3, 1);
        form.add(fieldName("claims.claimants"), 0, 4);
        form.add(new HBox(6, claimants, button("claim-add-claimant", "claims.add", model::addClaimant)), 1, 4, 3, 1);
        form.add(fieldName("claims.subjects"), 0, 5);
        form.add(new HBox(6, subjects, button("claim-add-subject", "claims.add", model::addSubject)), 1, 5, 3, 1);
        GridPane.setHgrow(statement, Priority.ALWAYS);

        tallies.setId("claim-tallies");
        tallies.getStyleClass().add("claim-tallies");
        tallies.setWrapText(true);
        warnings.setId("claim-warnings");

        evidence.setId("claim-evidence");
        relations.setId("claim-relations");
        relations.setItems(model.relations());
        relations.setPrefHeight(80);
        relations.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimsViewModel.RelationRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        Button relate = button("claim-relate", "claims.relate", model::relate);
        Button unrelate = button("claim-unrelate", "claims.unrelate", () -> {
            var row = relations.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.unrelate(row);
            }
        });
        unrelate.disableProperty()
                .bind(relations.getSelectionModel().selectedItemProperty().isNull());
        Button delete = button("claim-delete", "claims.delete", model::delete);
        delete.getStyleClass().add("danger");

        Label evidenceHint = new Label(Messages.get("claims.evidence.hint"));
        evidenceHint.getStyleClass().add("muted");
        evidenceHint.setWrapText(true);
        VBox box = new VBox(
                8,
                form,
                new HBox(6, save, delete),
                tallies,
                warnings,
                heading("claims.evidence"),
                evidenceHint,
                evidence,
                heading("claims.relations"),
                relations,
                new HBox(6, relate, unrelate),
                heading("claims.more"),
                moreBar(),
                candidates);
        box.setPadding(new Insets(8));
        box.setId("claim-detail");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Label none = new Label(Messages.get("claims.detail.empty"));
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.visibleProperty().bind(model.selectedProperty().isNull());
        scroll.visibleProperty().bind(model.selectedProperty().isNotNull());
        StackPane pane = new StackPane(scroll, none);
        StackPane.setAlignment(none, Pos.CENTER);
        return pane;
    }

    private Region moreBar() {
        Button find = button("claim-find-more", "claims.more.find", model::findMore);
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.candidateStatusProperty());
        status.setWrapText(true);
        HBox bar = new HBox(8, find, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        candidates.setId("claim-candidates");
        return bar;
    }

    /** Each proposed passage with its source, what it shares with the claim, and one-click add or dismiss. */
    private void showCandidates() {
        candidates.getChildren().clear();
        for (EvidenceCandidate c : model.candidates()) {
            Text passage = new Text(c.passage().replaceAll("\\s+", " "));
            passage.getStyleClass().add("evidence-quote");
            TextFlow flow = new TextFlow(passage);
            flow.prefWidthProperty().bind(candidates.widthProperty().subtract(20));
            Label source = new Label(String.join(
                    "  ·  ",
                    java.util.stream.Stream.of(c.source().outlet(), c.source().title())
                            .filter(x -> x != null && !x.isBlank())
                            .toList()));
            source.getStyleClass().add("muted");
            source.setWrapText(true);
            Label shared = new Label(Messages.get("claims.more.shares", String.join(", ", c.shared())));
            shared.getStyleClass().add("candidate-shared");
            shared.setWrapText(true);
            ComboBox<Stance> stance = new ComboBox<>(FXCollections.observableArrayList(Stance.values()));
            stance.setConverter(Formats.enumConverter("stance"));
            stance.setValue(Stance.SUPPORTS);
            stance.getStyleClass().add("small");
            Button add = small("claims.more.add", () -> model.confirm(c, stance.getValue()));
            add.getStyleClass().add("accent");
            Button dismiss = small("claims.more.dismiss", () -> model.dismiss(c));
            Button read = small("claims.openEvidence", () -> model.openCandidate(c));
            HBox actions = new HBox(6, stance, add, dismiss, read);
            actions.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(4, flow, source, shared, actions);
            card.getStyleClass().add("candidate-card");
            candidates.getChildren().add(card);
        }
    }

    private void showClaim(ClaimListing listing) {
        if (listing == null) {
            evidence.getChildren().clear();
            return;
        }
        Claim c = listing.claim();
        statement.setText(c.statement());
        status.setValue(c.status());
        eventDate.setText(c.eventDate() == null ? "" : c.eventDate().toString());
        tags.setText(String.join(", ", c.tags()));
        notes.setText(c.notes());
        chips(claimants, c.claimantIds(), model::removeClaimant);
        chips(subjects, c.subjectIds(), model::removeSubject);
        tallies.setText(Messages.get(
                "claims.tallies",
                listing.backing().describe(),
                listing.contesting().describe()));
        warnings.getChildren().clear();
        for (ClaimWarning w : listing.warnings()) {
            Label l = new Label("⚠ " + Formats.enumName("claim.warning", w));
            l.getStyleClass().add("claim-warning");
            l.setWrapText(true);
            warnings.getChildren().add(l);
        }
    }

    private void chips(FlowPane pane, List<Long> ids, java.util.function.LongConsumer remove) {
        pane.getChildren().clear();
        for (long id : ids) {
            Label name = new Label(model.actorName(id));
            Button x = new Button("×");
            x.getStyleClass().addAll("chip-remove", "flat");
            x.setOnAction(e -> remove.accept(id));
            x.setTooltip(new Tooltip(Messages.get("claims.removeActor")));
            HBox chip = new HBox(2, name, x);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            pane.getChildren().add(chip);
        }
    }

    /** The evidence as one block per stance: a heading with its count, then each quote in context. */
    private void showEvidence() {
        evidence.getChildren().clear();
        ClaimListing listing = model.selectedProperty().get();
        for (Stance stance : Stance.values()) {
            List<QuotedEvidence> group = model.evidence().stream()
                    .filter(q -> q.evidence().stance() == stance)
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            String count =
                    listing == null ? "" : "  ·  " + listing.tally(stance).describe();
            Label head = new Label(Formats.enumName("stance", stance) + count);
            head.getStyleClass()
                    .addAll("stance-heading", "stance-" + stance.name().toLowerCase(Locale.ROOT));
            evidence.getChildren().add(head);
            group.forEach(q -> evidence.getChildren().add(card(q)));
        }
    }

    private Region card(QuotedEvidence q) {
        Text quote = new Text(q.evidence().quote());
        quote.getStyleClass().add("evidence-quote");
        Text before = new Text("…" + q.before());
        before.getStyleClass().add("evidence-context");
        Text after = new Text(q.after() + "…");
        after.getStyleClass().add("evidence-context");
        TextFlow context = new TextFlow(before, quote, after);
        context.getStyleClass().add("evidence-text");
        context.prefWidthProperty().bind(evidence.widthProperty().subtract(20));

        String published = Formats.publishedDate(q.source().publishedAt());
        String origin = String.join(
                "  ·  ",
                List.of(
                                q.source().outlet() == null ? "" : q.source().outlet(),
                                q.source().title(),
                                published == null ? "" : published)
                        .stream()
                        .filter(s -> !s.isBlank())
                        .toList());
        Label source = new Label(origin);
        source.getStyleClass().add("muted");
        source.setWrapText(true);

        ComboBox<Stance> stance = new ComboBox<>(FXCollections.observableArrayList(Stance.values()));
        stance.setConverter(Formats.enumConverter("stance"));
        stance.setValue(q.evidence().stance());
        stance.getStyleClass().add("small");
        stance.setOnAction(e -> model.changeStance(q, stance.getValue()));
        Label speaker = new Label(
                q.speaker().isEmpty()
                        ? Messages.get("claims.noSpeaker")
                        : Messages.get("claims.speakerIs", q.speaker()));
        speaker.getStyleClass().add("evidence-speaker");
        Button chooseSpeaker = small("claims.speaker.choose", () -> model.chooseSpeaker(q));
        Button note = small("claims.evidenceNote", () -> model.changeNote(q));
        Button open = small("claims.openEvidence", () -> model.openEvidence(q));
        Button remove = small("claims.removeEvidence", () -> model.removeEvidence(q));
        remove.getStyleClass().add("danger");
        HBox actions = new HBox(6, stance, speaker, chooseSpeaker, note, open, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(4, context, source);
        if (!q.evidence().note().isBlank()) {
            Label n = new Label(q.evidence().note());
            n.getStyleClass().add("evidence-note");
            n.setWrapText(true);
            card.getChildren().add(n);
        }
        if (q.evidence().state() != AnchorState.ANCHORED) {
            Label state = new Label(Formats.enumName("anchor", q.evidence().state()));
            state.getStyleClass()
                    .addAll(
                            "anchor-state",
                            "anchor-" + q.evidence().state().name().toLowerCase(Locale.ROOT));
            card.getChildren().add(state);
        }
        card.getChildren().add(actions);
        card.getStyleClass()
                .addAll(
                        "evidence-card",
                        "stance-" + q.evidence().stance().name().toLowerCase(Locale.ROOT));
        card.setId("evidence-" + q.evidence().id());
        return card;
    }

    /** A text cell that also carries a style class named after its row ("status-disputed"). */
    private static final class StyledCell extends TableCell<ClaimListing, String> {
        private final String prefix;
        private final Function<ClaimListing, String> style;

        StyledCell(String prefix, Function<ClaimListing, String> style) {
            this.prefix = prefix;
            this.style = style;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(prefix));
            setText(empty ? null : item);
            ClaimListing row =
                    empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                getStyleClass().add(prefix + style.apply(row).toLowerCase(Locale.ROOT));
                if (prefix.equals("warning-") && !row.warnings().isEmpty()) {
                    setTooltip(new Tooltip(String.join(
                            "\n",
                            row.warnings().stream()
                                    .map(w -> Formats.enumName("claim.warning", w))
                                    .toList())));
                } else {
                    setTooltip(null);
                }
            }
        }
    }
}
