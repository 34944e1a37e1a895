package org.opendossier.ui.actors;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.opendossier.model.ActorKind;
import org.opendossier.model.ActorSuggestion;
import org.opendossier.service.Excerpt;
import org.opendossier.service.Suggested;
import org.opendossier.ui.Formats;
import org.opendossier.ui.Messages;

/**
 * Suggested actors, best first: the name (with its abbreviation and other spellings), how many sources and
 * outlets name it, where, and the kind the texts suggest, which the person can change before accepting.
 */
public final class SuggestionsView extends BorderPane {
    private final SuggestionsViewModel model;
    private final ListView<Suggested> list = new ListView<>();
    private final Map<Suggested, ActorKind> chosenKinds = new HashMap<>();

    public SuggestionsView(SuggestionsViewModel model) {
        this.model = model;
        setId("suggestions");
        Button refresh = new Button(Messages.get("suggestions.refresh"));
        refresh.setId("suggestions-refresh");
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label(Messages.get("suggestions.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        HBox bar = new HBox(10, refresh, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, hint);
        top.setPadding(new Insets(6));
        top.getStyleClass().add("pane-header");
        setTop(top);
        list.setId("suggestions-list");
        list.setItems(model.suggestions());
        list.setCellFactory(v -> new SuggestionCell());
        Label empty = new Label(Messages.get("suggestions.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        setCenter(list);
    }

    private final class SuggestionCell extends ListCell<Suggested> {
        @Override
        protected void updateItem(Suggested s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            ActorSuggestion a = s.suggestion();
            Label name = new Label(a.abbreviation() == null ? a.name() : a.name() + " (" + a.abbreviation() + ")");
            name.getStyleClass().add("suggestion-name");
            Label counts = new Label(Messages.get("suggestions.counts", a.sources(), a.outlets(), a.occurrences()));
            counts.getStyleClass().add("muted");
            ComboBox<ActorKind> kind = new ComboBox<>(FXCollections.observableArrayList(ActorKind.values()));
            kind.setConverter(Formats.enumConverter("actor.kind"));
            kind.setValue(chosenKinds.getOrDefault(s, a.kind()));
            kind.setOnAction(e -> chosenKinds.put(s, kind.getValue()));
            Button accept = new Button(Messages.get("suggestions.accept"));
            accept.getStyleClass().add("accent");
            accept.setOnAction(e -> model.accept(s, kind.getValue()));
            Button alias = new Button(Messages.get("suggestions.acceptAsAlias"));
            alias.setOnAction(e -> model.acceptAsAlias(s));
            Button reject = new Button(Messages.get("suggestions.reject"));
            reject.setOnAction(e -> model.reject(s));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox head = new HBox(8, name, counts, spacer, kind, accept, alias, reject);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, head);
            if (!s.variants().isEmpty()) {
                Label variants = new Label(Messages.get("suggestions.variants", String.join("; ", s.variants())));
                variants.getStyleClass().add("muted");
                box.getChildren().add(variants);
            }
            for (Excerpt e : s.examples()) {
                Text words = new Text(e.words());
                words.getStyleClass().add("mention-words");
                Text source = new Text("  — " + e.source().title());
                source.getStyleClass().add("excerpt-source");
                TextFlow flow = new TextFlow(new Text("…" + e.before()), words, new Text(e.after() + "…"), source);
                flow.getStyleClass().add("mention-context");
                flow.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.getChildren().add(flow);
            }
            setGraphic(box);
        }
    }
}
