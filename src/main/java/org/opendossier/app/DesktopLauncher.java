package org.opendossier.app;

import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and the desktop app on it. */
final class DesktopLauncher {
    /**
     * JavaFX warns, on its "javafx" logger, when it is loaded from the class path rather than as modules.
     * The single runnable jar is a class-path application by design (LIBRARIES.md); the installers will
     * ship a jlinked runtime. Only that one notice is dropped: JavaFX's other warnings (CSS, say) still
     * show. The field keeps the logger, and so its filter, alive.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private DesktopLauncher() {}

    /**
     * The toolkit is started directly rather than through {@code Application.launch}, so the app is built
     * with plain constructors here in {@code app} instead of by reflection.
     */
    static void launch() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Platform.startup(() -> Desktop.build(
                        new Stage(),
                        UserFolders.detect(),
                        EmbeddedCaseOpener.withDefaults(),
                        SystemViewers.forThisSystem())
                .start());
    }
}
