package org.opendossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --case DIR} option every command that works on a case takes. */
final class CaseOption {
    @Option(names = "--case", required = true, paramLabel = "DIR", description = "The case folder.")
    Path folder;
}
