package org.opendossier.ui;

import java.util.Locale;

/** The look the user picked: follow the operating system, or always light, or always dark. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK;

    /** The name settings store it under. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme fromSetting(String name) {
        for (Theme t : values()) {
            if (t.settingName().equals(name)) {
                return t;
            }
        }
        return SYSTEM;
    }
}
