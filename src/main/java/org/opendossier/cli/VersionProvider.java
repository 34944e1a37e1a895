package org.opendossier.cli;

import org.opendossier.model.AppVersion;
import picocli.CommandLine;

/** {@code --version}: the version in the jar's manifest, or a note that this is a development build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"OpenDossier " + AppVersion.describe()};
    }
}
