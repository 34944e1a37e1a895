package org.opendossier.export.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opendossier.model.Actor;
import org.opendossier.model.ActorKind;
import org.opendossier.model.Alias;
import org.opendossier.model.AliasKind;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.Evidence;
import org.opendossier.model.PartialDate;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.Stance;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/** An invented dossier whose every user and source string is hostile, for the writers' tests. */
final class DossierFixtures {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ONLOAD = "\" onload=\"x";
    static final String STYLE_END = "</style><b>bold</b>";
    static final String ARABIC = "قال المتحدث إن الشحنة وصلت";
    static final String EMOJI = "🚢 cargo";
    static final String JS_URL = "javascript:alert(document.domain)";
    static final String REMOTE_URL = "https://tracker.example.net/pixel.gif?a=1&b=2";

    static final SourceSummary HARBOUR =
            source(1, "Harbour Gazette " + SCRIPT, "Ships leave " + ONLOAD, REMOTE_URL, 'a');
    static final SourceSummary COAST = source(2, "Coast Radio " + STYLE_END, "صحيفة الساحل " + EMOJI, JS_URL, 'b');
    static final SourceSummary WIRE = source(3, "Wire [x](javascript:y)", "# Not a heading", "", 'c');

    static final CitedQuote SHIP_LEFT =
            new CitedQuote("The ship left port at dawn " + SCRIPT, HARBOUR, new TextSpan(120, 170), 3, "Port office");
    static final CitedQuote ARABIC_DENIAL = new CitedQuote(ARABIC + " " + ONLOAD, COAST, new TextSpan(10, 60), 0, "");
    static final CitedQuote WIRE_REPORT =
            new CitedQuote("*Reportedly* the cargo was grain\n\n- not arms", WIRE, new TextSpan(0, 44), 1, "");
    /** The same words as {@link #SHIP_LEFT}, quoted again in an excerpt: one citation. */
    static final CitedQuote SHIP_LEFT_AGAIN =
            new CitedQuote("The ship left port at dawn " + SCRIPT, HARBOUR, new TextSpan(120, 170), 3, "");

    static final Claim CLAIM = new Claim(
            7,
            "The vessel carried arms " + SCRIPT,
            ClaimStatus.DISPUTED,
            PartialDate.parse("2025-03"),
            List.of(),
            List.of(11L),
            List.of("shipping"),
            "",
            null,
            null);

    static final Actor ACTOR = new Actor(
            11,
            ActorKind.ORGANISATION,
            "Blue Anchor Lines " + ONLOAD,
            "Notes " + STYLE_END,
            null,
            null,
            List.of(
                    new Alias(1, 11, "BAL " + SCRIPT, AliasKind.ABBREVIATION),
                    new Alias(2, 11, ARABIC, AliasKind.TRANSLITERATION)));

    /** The evidence behind {@code quote} on the card of {@code claim}, with a note the dossier does not show. */
    static Evidence evidence(long id, Claim claim, CitedQuote quote, Stance stance, Long speakerId) {
        return new Evidence(
                id,
                claim.id(),
                quote.source().id(),
                stance,
                speakerId,
                "Private note " + SCRIPT,
                new QuoteAnchor(new TextQuote(quote.text(), "", ""), quote.span(), "0".repeat(64)),
                AnchorState.ANCHORED);
    }

    static SourceSummary source(long id, String outlet, String title, String url, char hash) {
        return new SourceSummary(
                id,
                title,
                outlet,
                "2025-03-0" + id,
                url,
                "text/html",
                String.valueOf(hash).repeat(32) + "0123456789abcdef0123456789abcdef",
                "en",
                Instant.parse("2025-04-01T09:30:00Z"));
    }

    static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\""
            + " height=\"50\" onload=\"alert(1)\"><script>alert(2)</script>"
            + "<a href=\"https://evil.example/\"><text x=\"1\" y=\"20\" onclick=\"x()\">Blue Anchor Lines</text></a>"
            + "<image xlink:href=\"http://evil.example/i.png\" width=\"5\" height=\"5\"/>"
            + "<rect width=\"10\" height=\"10\" fill=\"url(http://evil.example/p)\" stroke=\"#123456\"/>"
            + "<use xlink:href=\"javascript:alert(3)\"/><foreignObject><div>x</div></foreignObject></svg>";

    /** Title, heading, note, claim card, profile, excerpt, figure and a missing block, all hostile. */
    static DossierDocument document() {
        Dossier dossier = new Dossier(
                42,
                "Shipments " + SCRIPT,
                "A subtitle " + ONLOAD + " " + ARABIC,
                "Investigator " + STYLE_END,
                LocalDate.of(2025, 5, 2),
                "Summary " + EMOJI + "\nsecond line " + SCRIPT,
                List.of(
                        new DossierBlock.Heading(1, "Findings " + SCRIPT),
                        new DossierBlock.Note(""),
                        new DossierBlock.ClaimCard(7),
                        new DossierBlock.Heading(2, "Who " + ONLOAD),
                        new DossierBlock.ActorProfile(11),
                        new DossierBlock.SourceExcerpt(1, new TextSpan(120, 170)),
                        new DossierBlock.TimelineFigure(null, null),
                        new DossierBlock.ClaimCard(99)));
        List<DossierDocument.Part> parts = List.of(
                new DossierDocument.Heading(1, "Findings " + SCRIPT),
                new DossierDocument.Note("A note with " + SCRIPT + "\n[link](" + JS_URL + ")\n\n" + STYLE_END + " "
                        + ARABIC + " " + EMOJI),
                new DossierDocument.ClaimCard(
                        CLAIM,
                        List.of("Everything that backs it comes from one article " + SCRIPT),
                        "1 outlet, 1 article",
                        "1 outlet, 1 article",
                        List.of(
                                new DossierDocument.StanceGroup(
                                        Stance.SUPPORTS, "1 outlet, 1 article", List.of(SHIP_LEFT)),
                                new DossierDocument.StanceGroup(
                                        Stance.REPORTS, "1 outlet, 1 article", List.of(WIRE_REPORT)),
                                new DossierDocument.StanceGroup(
                                        Stance.DENIES, "1 outlet, 1 article", List.of(ARABIC_DENIAL))),
                        List.of(
                                evidence(71, CLAIM, SHIP_LEFT, Stance.SUPPORTS, null),
                                evidence(72, CLAIM, WIRE_REPORT, Stance.REPORTS, null),
                                evidence(73, CLAIM, ARABIC_DENIAL, Stance.DENIES, ACTOR.id()))),
                new DossierDocument.Heading(2, "Who " + ONLOAD),
                new DossierDocument.ActorProfile(
                        ACTOR, List.of("Blue Anchor Lines owned by " + SCRIPT), List.of(ARABIC_DENIAL), List.of(CLAIM)),
                new DossierDocument.Excerpt(SHIP_LEFT_AGAIN),
                new DossierDocument.Figure("Timeline " + SCRIPT, SVG),
                new DossierDocument.Missing("Claim 99 is no longer in the case " + SCRIPT));
        return new DossierDocument(dossier, parts);
    }

    private DossierFixtures() {}
}
