package org.opendossier.app;

import javafx.application.Application;
import org.opendossier.ui.DesktopApp;

/** Starts the JavaFX toolkit with the desktop app. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static void launch() {
        Application.launch(DesktopApp.class);
    }
}
