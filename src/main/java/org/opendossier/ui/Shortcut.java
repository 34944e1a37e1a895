package org.opendossier.ui;

import javafx.scene.input.KeyCombination;

/**
 * The keyboard shortcuts of the main actions: menus and panes take their keys from here and the Help →
 * Shortcuts sheet lists them from here, so the two cannot disagree. The dossier outline's keys act where the
 * outline has the focus.
 */
public enum Shortcut {
    NEW_CASE("Shortcut+N", "action.newCase"),
    OPEN_CASE("Shortcut+O", "action.openCase"),
    IMPORT_FILES("Shortcut+I", "action.importFiles"),
    IMPORT_FOLDER("Shortcut+Shift+I", "action.importFolder"),
    SEARCH("Shortcut+F", "action.search"),
    SEARCH_ALT("Shortcut+K", "action.search"),
    NEXT_HIT("F3", "action.nextHit"),
    PREVIOUS_HIT("Shift+F3", "action.previousHit"),
    LIBRARY("Shortcut+L", "action.showLibrary"),
    TAG_ACTOR("Shortcut+T", "action.tagActor"),
    USE_AS_EVIDENCE("Shortcut+E", "action.useAsEvidence"),
    ACTORS("Shortcut+Shift+A", "action.showActors"),
    CLAIMS("Shortcut+Shift+C", "action.showClaims"),
    UNDO("Shortcut+Z", "action.undo"),
    REDO("Shortcut+Shift+Z", "action.redo"),
    BLOCK_UP("Alt+Up", "action.moveBlockUp"),
    BLOCK_DOWN("Alt+Down", "action.moveBlockDown"),
    HEADING_PROMOTE("Alt+Left", "action.promoteHeading"),
    HEADING_DEMOTE("Alt+Right", "action.demoteHeading"),
    BLOCK_REMOVE("Delete", "action.removeBlock"),
    CLOSE_CASE("Shortcut+W", "action.closeCase"),
    TOGGLE_THEME("Shortcut+Shift+D", "action.toggleTheme"),
    SHORTCUTS("F1", "action.shortcuts"),
    QUIT("Shortcut+Q", "action.quit");

    private final KeyCombination keys;
    private final String actionKey;

    Shortcut(String keys, String actionKey) {
        this.keys = KeyCombination.keyCombination(keys);
        this.actionKey = actionKey;
    }

    public KeyCombination keys() {
        return keys;
    }

    /** The message key of what the shortcut does. */
    public String actionKey() {
        return actionKey;
    }
}
