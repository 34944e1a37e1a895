package org.opendossier.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every piece of text the desktop app shows, from {@code messages.properties} beside this class. Views
 * and view models ask for a key; {@link MessageFormat} fills in the arguments, so numbers and plurals
 * ({@code {0,choice,...}}) follow the bundle, not the code. Every pattern goes through MessageFormat, so
 * the bundle writes apostrophes as the typographic ’ (a plain one would start a quote).
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.opendossier.ui.messages");

    private Messages() {}

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug, but a visible one: show the key rather than crash the window.
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
