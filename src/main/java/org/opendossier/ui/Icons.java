package org.opendossier.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon nodes and icon buttons. An icon-only button always gets a tooltip and an accessible text. */
public final class Icons {
    private Icons() {}

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("od-icon");
        return icon;
    }

    /** A button showing only {@code ikon}, described by message {@code key} for tooltips and screen readers. */
    public static Button iconButton(String id, Ikon ikon, String key) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(icon(ikon));
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        String text = Messages.get(key);
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        b.getStyleClass().add("flat");
        return b;
    }

    /** A button with an icon and a label. */
    public static Button button(String id, Ikon ikon, String key) {
        Button b = new Button(Messages.get(key), icon(ikon));
        b.setId(id);
        return b;
    }
}
