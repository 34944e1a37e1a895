package org.opendossier.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.opendossier.ui.DesktopApp;

/** Starts the JavaFX toolkit with the desktop app. */
final class DesktopLauncher {
    /**
     * JavaFX warns when it is loaded from the class path rather than as modules. The single runnable jar is
     * a class-path application by design (LIBRARIES.md); the installers will ship a jlinked runtime. The
     * field keeps the logger, and so its level, alive.
     */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private DesktopLauncher() {}

    static void launch() {
        JAVAFX_STARTUP.setLevel(Level.SEVERE);
        Application.launch(DesktopApp.class);
    }
}
