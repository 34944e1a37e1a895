package org.opendossier.app;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.opendossier.ui.SystemViewer;

/**
 * Opens a file with the system's own program for it: {@code xdg-open} on Linux, {@code open} on macOS,
 * the shell's file association on Windows. The file is local; nothing is fetched.
 */
final class SystemViewers {
    private SystemViewers() {}

    static SystemViewer forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler");
        } else if (os.contains("mac")) {
            command = List.of("open");
        } else {
            command = List.of("xdg-open");
        }
        return file -> {
            List<String> args = new java.util.ArrayList<>(command);
            args.add(file.toAbsolutePath().toString());
            try {
                new ProcessBuilder(args)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                throw new IOException("Cannot start " + command.getFirst() + ": " + e.getMessage(), e);
            }
        };
    }
}
