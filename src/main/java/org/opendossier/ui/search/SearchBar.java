package org.opendossier.ui.search;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.opendossier.ui.Icons;
import org.opendossier.ui.Messages;

/**
 * The search field. Enter searches; a query the index cannot read is explained right under the field,
 * with a caret under the place it went wrong, and the previous results stay.
 */
public final class SearchBar extends VBox {
    private final TextField field = new TextField();

    public SearchBar(SearchViewModel model) {
        setId("search-bar");
        getStyleClass().add("search-bar");
        field.setId("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        field.setAccessibleText(Messages.get("action.search"));
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> model.search());
        HBox.setHgrow(field, Priority.ALWAYS);

        Button go = Icons.iconButton("search-go", Material2MZ.SEARCH, "action.search");
        go.setOnAction(e -> model.search());
        Button clear = Icons.iconButton("search-clear", Material2AL.CLEAR, "search.clear");
        clear.setOnAction(e -> model.clear());
        clear.visibleProperty().bind(model.queryProperty().isNotEmpty());
        HBox row = new HBox(4, field, clear, go);
        row.getStyleClass().add("search-row");

        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add("search-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label pointer = new Label();
        pointer.setId("search-error-pointer");
        pointer.getStyleClass().add("search-error-pointer");
        pointer.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> pointer(
                                model.queryProperty().get(),
                                model.errorPositionProperty().get()),
                        model.errorPositionProperty()));
        VBox errorBox = new VBox(2, error, pointer);
        errorBox.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        model.errorProperty()
                .addListener((obs, was, now) -> field.pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("danger"), now != null && !now.isEmpty()));

        getChildren().addAll(row, errorBox);
        setSpacing(4);
    }

    /** The query with a caret under {@code position}; empty when the position is unknown. */
    static String pointer(String query, int position) {
        if (query == null || position < 0 || position > query.length()) {
            return "";
        }
        return query + "\n" + " ".repeat(position) + "^";
    }

    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
