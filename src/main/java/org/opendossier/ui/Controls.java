package org.opendossier.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The small pieces every pane's form is built of, labelled from the message bundle and styled alike. */
public final class Controls {
    private Controls() {}

    /** A text button that never shrinks below its label. */
    public static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A compact button for a row of actions inside a list entry. */
    public static Button small(String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The title of a section of a pane. */
    public static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    /** The name of a form field, beside it. */
    public static Label fieldName(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-name");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
