package org.opendossier.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.PartialDate;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextSpan;

/**
 * An invented case for the claims timeline: seven dated (and one undated) web pages from five outlets about
 * a fish kill in a lake, three actors and four claims quoted from the pages with every stance. Written into
 * a folder the test owns and imported into an open case, so the timeline is built from real pages, real
 * metadata and a real database.
 */
public final class LakeTessinCase {
    public static final String WASTE = "Harlow Chemicals released untreated waste into Lake Tessin from its plant on"
            + " the north shore in February";
    public static final String PERMITS = "Harlow Chemicals respected its discharge permits";
    public static final String GRANTED = "The Lake Authority granted the plant new discharge permits";
    public static final String FISH = "Thousands of fish died at Lake Tessin";

    public final Map<String, Long> sources = new HashMap<>();
    public final Map<String, Long> claims = new HashMap<>();
    public long harlow;
    public long guild;
    public long authority;

    private final CaseSession session;

    private LakeTessinCase(CaseSession session) {
        this.session = session;
    }

    /** Writes the pages into {@code inbox}, imports them into {@code session} and records the claims. */
    public static LakeTessinCase build(CaseSession session, Path inbox) throws Exception {
        Files.createDirectories(inbox);
        page(
                inbox,
                "observer-shore.html",
                "Tessin Observer",
                "2024-03-04T08:00:00Z",
                "Dead fish line the shore at Lake Tessin",
                "Residents found thousands of dead fish along the north shore on Sunday. Fishermen say the plant"
                        + " released untreated waste into the lake in February.");
        page(
                inbox,
                "radio-guild.html",
                "Valley Radio",
                "2024-03-06T12:00:00Z",
                "Fishermen blame the chemical plant",
                "The Fishermen’s Guild repeated that the plant released untreated waste into the lake last month.");
        page(
                inbox,
                "harlow-statement.html",
                "Harlow Chemicals",
                "2024-03-07",
                "Statement on Lake Tessin",
                "Harlow Chemicals denies that it released untreated waste into the lake. Our discharge permits"
                        + " were respected at all times.");
        page(
                inbox,
                "courier-samples.html",
                "Regional Courier",
                "2024-04-15T09:30:00Z",
                "Water samples show solvent traces",
                "Tests by the Lake Authority found solvent traces near the plant outlet. The authority says the"
                        + " plant released untreated waste into the lake in February.");
        page(
                inbox,
                "observer-letters.html",
                "Tessin Observer",
                null,
                "Letters: our lake",
                "A reader writes that the plant released untreated waste into the lake, as everyone here knows.");
        page(
                inbox,
                "radio-inquiry.html",
                "Valley Radio",
                "2024-06-02T07:15:00Z",
                "Authority opens an inquiry",
                "The Lake Authority opened an inquiry into the new discharge permits it granted the plant in 2023."
                        + " Harlow Chemicals said its permits were respected at all times.");
        page(
                inbox,
                "gazette-smell.html",
                "Mountain Gazette",
                "2024-02-27T18:00:00Z",
                "A strange smell at the lake",
                "Anglers report a strange smell at Lake Tessin this week, and a film on the water near the plant.");
        page(
                inbox,
                "gazette-fish.html",
                "Mountain Gazette",
                "2024-03-05",
                "Fish kill: what we know",
                "Thousands of dead fish were counted in the first days of the month.");
        session.imports().importPaths(List.of(inbox), ImportListener.NONE, new CancelToken());

        LakeTessinCase c = new LakeTessinCase(session);
        session.sources().list().forEach(s -> c.sources.put(s.title(), s.id()));
        c.harlow = session.actors()
                .create(ActorKind.ORGANISATION, "Harlow Chemicals", "")
                .id();
        c.guild = session.actors()
                .create(ActorKind.ORGANISATION, "Fishermen’s Guild", "")
                .id();
        c.authority = session.actors()
                .create(ActorKind.ORGANISATION, "Lake Authority", "")
                .id();
        c.record();
        return c;
    }

    private void record() throws Exception {
        ClaimService claims = session.claims();
        long waste = claims.create(Claim.draft(WASTE)
                        .withEventDate(PartialDate.parse("2024-02"))
                        .withStatus(ClaimStatus.DISPUTED)
                        .withClaimants(List.of(guild))
                        .withSubjects(List.of(harlow))
                        .withTags(List.of("pollution")))
                .id();
        quote(waste, "Dead fish line the shore at Lake Tessin", "released untreated waste", Stance.SUPPORTS, null);
        quote(waste, "Fishermen blame the chemical plant", "released untreated waste", Stance.REPORTS, guild);
        quote(waste, "Statement on Lake Tessin", "denies that it released", Stance.DENIES, harlow);
        quote(waste, "Water samples show solvent traces", "released untreated waste", Stance.REPORTS, authority);
        quote(waste, "Letters: our lake", "released untreated waste", Stance.REPORTS, null);
        quote(waste, "A strange smell at the lake", "a film on the water", Stance.MENTIONS, null);
        quote(waste, "Water samples show solvent traces", "found solvent traces", Stance.SUPPORTS, null);
        this.claims.put("waste", waste);

        long permits = claims.create(
                        Claim.draft(PERMITS).withClaimants(List.of(harlow)).withTags(List.of("permits")))
                .id();
        quote(permits, "Statement on Lake Tessin", "respected at all times", Stance.SUPPORTS, harlow);
        quote(permits, "Authority opens an inquiry", "respected at all times", Stance.REPORTS, harlow);
        quote(permits, "Water samples show solvent traces", "found solvent traces", Stance.DISPUTES, null);
        this.claims.put("permits", permits);

        long granted = claims.create(Claim.draft(GRANTED)
                        .withEventDate(PartialDate.parse("2023"))
                        .withSubjects(List.of(authority))
                        .withTags(List.of("permits")))
                .id();
        quote(granted, "Authority opens an inquiry", "new discharge permits it granted", Stance.SUPPORTS, null);
        this.claims.put("granted", granted);

        long fish = claims.create(Claim.draft(FISH)
                        .withEventDate(PartialDate.parse("2024-03-03"))
                        .withStatus(ClaimStatus.CORROBORATED)
                        .withTags(List.of("pollution")))
                .id();
        quote(fish, "Dead fish line the shore at Lake Tessin", "thousands of dead fish", Stance.SUPPORTS, null);
        quote(fish, "Fish kill: what we know", "Thousands of dead fish", Stance.REPORTS, null);
        this.claims.put("fish", fish);
    }

    private void quote(long claim, String title, String words, Stance stance, Long speaker) throws Exception {
        long id = sources.get(title);
        Source s = session.sources().details(id).orElseThrow().source();
        int at = s.text().indexOf(words);
        if (at < 0) {
            throw new IllegalStateException("\"" + words + "\" is not in " + title + ": " + s.text());
        }
        session.claims().addEvidence(claim, id, new TextSpan(at, at + words.length()), stance, speaker, "");
    }

    private static void page(Path dir, String name, String outlet, String published, String title, String body)
            throws Exception {
        String date =
                published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">";
        String html = "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + outlet
                + "\">" + date + "</head><body><article><h1>" + title + "</h1><p>" + body
                + "</p></article></body></html>";
        Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }
}
