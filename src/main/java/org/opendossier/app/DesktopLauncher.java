package org.opendossier.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and the desktop app on it. */
final class DesktopLauncher {
    /**
     * JavaFX warns when it is loaded from the class path rather than as modules. The single runnable jar is
     * a class-path application by design (LIBRARIES.md); the installers will ship a jlinked runtime. The
     * field keeps the logger, and so its level, alive.
     */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private DesktopLauncher() {}

    /**
     * The toolkit is started directly rather than through {@code Application.launch}, so the app is built
     * with plain constructors here in {@code app} instead of by reflection.
     */
    static void launch() {
        JAVAFX_STARTUP.setLevel(Level.SEVERE);
        Platform.startup(() -> Desktop.build(
                        new Stage(),
                        UserFolders.detect(),
                        EmbeddedCaseOpener.withDefaults(),
                        SystemViewers.forThisSystem())
                .start());
    }
}
