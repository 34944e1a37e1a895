package org.opendossier.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The app's own settings, kept in the user's configuration folder and never in a case (DESIGN.md, "A
 * case on disk"): theme, recent cases, the case to reopen, and the window's layout.
 *
 * @param theme {@code system}, {@code light} or {@code dark}
 * @param recentCases case folders, most recent first
 * @param lastCase the case open when the app was closed, or {@code null}
 * @param window the main window's bounds, or {@code null} before the first close
 * @param dividers split-pane divider positions by pane name
 */
public record Settings(
        String theme, List<String> recentCases, String lastCase, Window window, Map<String, List<Double>> dividers) {
    public static final int MAX_RECENT = 8;

    public static final Settings DEFAULTS = new Settings("system", List.of(), null, null, Map.of());

    public Settings {
        theme = theme == null ? "system" : theme;
        recentCases = recentCases == null ? List.of() : List.copyOf(recentCases);
        dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
    }

    /** Where the main window was and how big. */
    public record Window(double x, double y, double width, double height, boolean maximized) {}

    public Settings withTheme(String newTheme) {
        return new Settings(newTheme, recentCases, lastCase, window, dividers);
    }

    /** {@code folder} becomes the open case and the first of the recent ones. */
    public Settings withOpenCase(String folder) {
        List<String> recent = new ArrayList<>(recentCases);
        recent.remove(folder);
        recent.addFirst(folder);
        return new Settings(theme, recent.subList(0, Math.min(MAX_RECENT, recent.size())), folder, window, dividers);
    }

    public Settings withoutOpenCase() {
        return new Settings(theme, recentCases, null, window, dividers);
    }

    public Settings withoutRecent(String folder) {
        List<String> recent = new ArrayList<>(recentCases);
        recent.remove(folder);
        return new Settings(theme, recent, Objects.equals(lastCase, folder) ? null : lastCase, window, dividers);
    }

    public Settings withWindow(Window newWindow) {
        return new Settings(theme, recentCases, lastCase, newWindow, dividers);
    }

    public Settings withDividers(String pane, List<Double> positions) {
        Map<String, List<Double>> all = new LinkedHashMap<>(dividers);
        all.put(pane, List.copyOf(positions));
        return new Settings(theme, recentCases, lastCase, window, all);
    }
}
