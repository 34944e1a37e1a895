package org.opendossier.cli;

import picocli.CommandLine.Command;

@Command(
        name = "opendossier",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline workbench for investigators: import documents into a case, search them, verify them.",
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            SourcesCommand.class,
            VerifyCommand.class,
            ReindexCommand.class,
            ActorsCommand.class,
            MentionsCommand.class,
            ClaimsCommand.class,
            EvidenceCommand.class,
            DossierCommand.class,
            ExportCommand.class
        })
final class RootCommand {}
