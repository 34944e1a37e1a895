package org.opendossier.ui;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a local file with the program the operating system uses for its type. Called off the FX thread. */
@FunctionalInterface
public interface SystemViewer {
    void open(Path file) throws IOException;
}
