package org.opendossier.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files, following each system's convention: settings in the configuration
 * folder, the sample case in the data folder. The system property {@code opendossier.home} puts both under
 * one folder instead (for tests, screenshots and portable use).
 *
 * @param config settings
 * @param data the sample case and its articles
 */
public record UserFolders(Path config, Path data) {
    public static UserFolders detect() {
        String home = System.getProperty("opendossier.home");
        if (home != null && !home.isBlank()) {
            return under(Path.of(home));
        }
        Path user = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new UserFolders(
                    env("APPDATA", user.resolve("AppData/Roaming")).resolve("OpenDossier"),
                    env("LOCALAPPDATA", user.resolve("AppData/Local")).resolve("OpenDossier"));
        }
        if (os.contains("mac")) {
            Path support = user.resolve("Library/Application Support/OpenDossier");
            return new UserFolders(support, support);
        }
        return new UserFolders(
                env("XDG_CONFIG_HOME", user.resolve(".config")).resolve("opendossier"),
                env("XDG_DATA_HOME", user.resolve(".local/share")).resolve("opendossier"));
    }

    public static UserFolders under(Path home) {
        return new UserFolders(home.resolve("config"), home.resolve("data"));
    }

    Path settingsFile() {
        return config.resolve("settings.json");
    }

    Path sampleCase() {
        return data.resolve("Sample case");
    }

    Path sampleArticles() {
        return data.resolve("Sample articles");
    }

    private static Path env(String name, Path fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }
}
