package org.opendossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Stance;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseSession;
import org.opendossier.service.ClaimListing;
import org.opendossier.service.ClaimWarning;
import org.opendossier.service.QuotedEvidence;
import org.opendossier.service.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opendossier claims}: the claims of a case with who backs and contests them, and adding claims. */
@Command(
        name = "claims",
        description = "List the claims of a case with their evidence counted by independent outlet.",
        subcommands = {ClaimsCommand.Add.class, ClaimsCommand.Relate.class, ClaimsCommand.Export.class})
final class ClaimsCommand implements Callable<Integer> {
    private final Cli.Context context;

    @Option(names = "--case", paramLabel = "DIR", description = "The case folder.")
    Path folder;

    @Option(names = "--json", description = "Print the claims with their evidence as a JSON array.")
    boolean json;

    ClaimsCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (folder == null) {
            throw new CaseException("Missing --case DIR: which case's claims to list?");
        }
        try (CaseSession session = context.opener().open(folder)) {
            List<ClaimListing> listing = session.claims().list();
            List<org.opendossier.model.ClaimRelation> relations =
                    session.claims().relations();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ClaimListing l : listing) {
                    Map<String, Object> row = claimJson(session, l);
                    row.put(
                            "relations",
                            relations.stream()
                                    .filter(r -> r.fromClaimId() == l.claim().id())
                                    .map(r -> Map.of("type", lower(r.type()), "claim", r.toClaimId()))
                                    .toList());
                    rows.add(row);
                }
                context.out().println(Json.write(rows));
                return 0;
            }
            for (ClaimListing l : listing) {
                Claim c = l.claim();
                context.out()
                        .printf(
                                "#%-4d %-12s %-8s %s%n",
                                c.id(), lower(c.status()), c.eventDate() == null ? "" : c.eventDate(), c.statement());
                context.out()
                        .printf(
                                "      for: %s · against: %s%n",
                                l.backing().describe(), l.contesting().describe());
                for (ClaimWarning w : l.warnings()) {
                    context.out().println("      warning: " + lower(w).replace('_', ' '));
                }
                for (var r : relations) {
                    if (r.fromClaimId() == c.id()) {
                        context.out().printf("      %s #%d%n", lower(r.type()), r.toClaimId());
                    }
                }
            }
            context.out().println(listing.size() + (listing.size() == 1 ? " claim" : " claims"));
        }
        return 0;
    }

    private static Map<String, Object> claimJson(CaseSession session, ClaimListing l) throws CaseException {
        Claim c = l.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("statement", c.statement());
        m.put("status", lower(c.status()));
        m.put("eventDate", c.eventDate() == null ? null : c.eventDate().toString());
        m.put("claimants", c.claimantIds());
        m.put("subjects", c.subjectIds());
        m.put("tags", c.tags());
        m.put("notes", c.notes());
        m.put("for", tally(l.backing()));
        m.put("against", tally(l.contesting()));
        m.put("warnings", l.warnings().stream().map(ClaimsCommand::lower).toList());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Map.Entry<Stance, List<QuotedEvidence>> group :
                session.claims().evidenceOf(c.id()).entrySet()) {
            for (QuotedEvidence q : group.getValue()) {
                evidence.add(EvidenceCommand.evidenceJson(q));
            }
        }
        m.put("evidence", evidence);
        return m;
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outlets", t.outlets());
        m.put("articles", t.articles());
        return m;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Command(name = "add", description = "Record a claim in your own words.")
    static final class Add implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(names = "--statement", required = true, description = "The claim, in your own words.")
        String statement;

        @Option(
                names = "--status",
                defaultValue = "unverified",
                description = "unverified, corroborated, disputed, refuted or retracted (default: ${DEFAULT-VALUE}).",
                converter = Enums.ClaimStatuses.class)
        ClaimStatus status;

        @Option(names = "--date", paramLabel = "DATE", description = "When it happened: 2022, 2022-03 or 2022-03-27.")
        String date;

        @Option(names = "--claimant", paramLabel = "ACTOR", description = "Who makes the claim; repeatable.")
        List<String> claimants = new ArrayList<>();

        @Option(names = "--subject", paramLabel = "ACTOR", description = "Whom the claim is about; repeatable.")
        List<String> subjects = new ArrayList<>();

        @Option(names = "--tag", description = "A tag; repeatable.")
        List<String> tags = new ArrayList<>();

        @Option(names = "--notes", description = "Free notes.")
        String notes = "";

        Add(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            PartialDate when;
            try {
                when = PartialDate.parseOrNull(date);
            } catch (IllegalArgumentException e) {
                throw new CaseException(e.getMessage(), e);
            }
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                List<Long> claimantIds = new ArrayList<>();
                for (String a : claimants) {
                    claimantIds.add(ActorRef.resolve(session.actors(), a).id());
                }
                List<Long> subjectIds = new ArrayList<>();
                for (String a : subjects) {
                    subjectIds.add(ActorRef.resolve(session.actors(), a).id());
                }
                Claim claim = session.claims()
                        .create(Claim.draft(statement)
                                .withStatus(status)
                                .withEventDate(when)
                                .withClaimants(claimantIds)
                                .withSubjects(subjectIds)
                                .withTags(tags)
                                .withNotes(notes));
                context.out().printf("Added claim #%d: %s%n", claim.id(), claim.statement());
            }
            return 0;
        }
    }

    @Command(
            name = "relate",
            description = "Record that one claim denies, contradicts, supports or updates another:"
                    + " claims relate --case DIR 2 denies 1.")
    static final class Relate implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "FROM", description = "The claim that relates.")
        long from;

        @picocli.CommandLine.Parameters(
                index = "1",
                paramLabel = "RELATION",
                description = "denies, contradicts, supports or updates.",
                converter = Enums.ClaimRelationTypes.class)
        org.opendossier.model.ClaimRelationType type;

        @picocli.CommandLine.Parameters(index = "2", paramLabel = "TO", description = "The claim it relates to.")
        long to;

        Relate(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                session.claims().relate(from, type, to);
                context.out().printf("Claim #%d %s claim #%d.%n", from, lower(type), to);
            }
            return 0;
        }
    }

    /** The formats claims and evidence are written in. */
    enum Format {
        ANNOTATIONS,
        CLAIMREVIEW
    }

    @Command(
            name = "export",
            description = "Write the evidence as W3C Web Annotations (JSON-LD) or the claims as schema.org"
                    + " ClaimReview (JSON-LD).")
    static final class Export implements Callable<Integer> {
        private final Cli.Context context;

        @Mixin
        CaseOption caseOption;

        @Option(
                names = "--format",
                required = true,
                description = "annotations (every quote with its claim and stance) or claimreview.",
                converter = Formats.class)
        Format format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Option(names = "--author", description = "Who reviewed the claims (for claimreview).")
        String author;

        @Option(
                names = "--author-kind",
                defaultValue = "organisation",
                description = "person or organisation (default: ${DEFAULT-VALUE}).",
                converter = Enums.ActorKinds.class)
        org.opendossier.model.ActorKind authorKind;

        Export(Cli.Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            try (CaseSession session = context.opener().open(caseOption.folder)) {
                if (format == Format.ANNOTATIONS) {
                    int n = session.interchange().exportAnnotations(out);
                    context.out().printf("Wrote %d annotations to %s%n", n, out);
                } else {
                    int n = session.interchange().exportClaimReviews(out, author, authorKind);
                    context.out().printf("Wrote %d claim reviews to %s%n", n, out);
                }
            }
            return 0;
        }
    }

    static final class Formats implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Enums.parse(Format.class, value);
        }
    }
}
