package org.opendossier.export.annotation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.opendossier.model.AnchorState;
import org.opendossier.model.Claim;
import org.opendossier.model.ClaimStatus;
import org.opendossier.model.Evidence;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.Sha256;
import org.opendossier.model.Source;
import org.opendossier.model.Stance;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/**
 * An invented case for the annotation tests: two sources, two claims and five pieces of evidence whose texts carry
 * everything that breaks hand-written JSON or offset arithmetic: quotes, backslashes, line breaks, a closing
 * script tag, Arabic, and emoji (characters outside the Basic Multilingual Plane, two UTF-16 units each).
 */
final class AnnotationFixtures {
    /** A case id with spaces, a slash, a colon, a hash and accents: all must survive in URNs. */
    static final String CASE_ID = "Étude du port / 2026: cas #1";

    static final String ARTICLE = "Le maire a dit : \"Nous n'avons rien déversé\" \\ selon C:\\dossiers\\port.\n"
            + "<script>alert(1)</script> 🐟🐟 The harbour master said: \"The barrels were 😱 dumped at night\".\n"
            + "قال المتحدث إن الشركة لم تُلقِ أي نفايات في الميناء.\n";
    static final String EMAIL = "From: a source\n\nThey keep the logs in a drawer </script> and a tab\t here.\n"
            + "Everything else was shredded on Friday.";

    static final Source ARTICLE_SOURCE = source(
            1,
            "text/html",
            "Harbour \"night shift\" </script>",
            "https://example.org/news/harbour?id=1&lang=fr",
            ARTICLE);
    static final Source EMAIL_SOURCE = source(2, "message/rfc822", "Re: logs", null, EMAIL);

    static final Claim DUMPING =
            claim(11, "Barrels were dumped at night in the \"old\" harbour \\ basin </script>", ClaimStatus.DISPUTED);
    static final Claim DENIAL = claim(12, "الشركة تنفي إلقاء النفايات 🛢️", ClaimStatus.UNVERIFIED);

    static final Map<Long, String> ACTORS = Map.of(
            31L, "Harbour master \"Old Tom\" O'Neil \\ </script>",
            32L, "المتحدث باسم الشركة");

    private AnnotationFixtures() {}

    /** Every piece of evidence of the case, the last one orphaned: its source's text changed since. */
    static List<Evidence> evidence() {
        return List.of(
                evidence(
                        101,
                        DUMPING,
                        ARTICLE_SOURCE,
                        "The barrels were 😱 dumped at night",
                        Stance.SUPPORTS,
                        31L,
                        "Said on camera.\nSecond line with </script> and \"quotes\" \\ too."),
                evidence(102, DENIAL, ARTICLE_SOURCE, "الشركة لم تُلقِ أي نفايات", Stance.DENIES, 32L, "نفي رسمي 📄"),
                evidence(
                        103,
                        DUMPING,
                        ARTICLE_SOURCE,
                        "\"Nous n'avons rien déversé\" \\ selon C:\\dossiers",
                        Stance.REPORTS,
                        null,
                        ""),
                evidence(104, DUMPING, EMAIL_SOURCE, "</script> and a tab\t", Stance.MENTIONS, null, "tab\tinside"),
                orphaned(105, DUMPING, EMAIL_SOURCE));
    }

    static List<AnnotatedEvidence> annotated() {
        return AnnotatedEvidence.join(
                evidence(), List.of(DUMPING, DENIAL), List.of(ARTICLE_SOURCE, EMAIL_SOURCE), ACTORS);
    }

    static Source source(long id, String mediaType, String title, String url, String text) {
        return new Source(
                id,
                Sha256.hex("original bytes of source " + id),
                mediaType,
                title,
                "",
                "The Harbour Gazette",
                "2026-03-0" + id,
                url,
                "fr",
                text,
                Sha256.hex(text),
                text.length(),
                List.of(),
                Instant.parse("2026-04-01T08:00:00Z"));
    }

    static Claim claim(long id, String statement, ClaimStatus status) {
        return new Claim(id, statement, status, null, List.of(), List.of(), List.of(), "", null, null);
    }

    static Evidence evidence(
            long id, Claim claim, Source source, String quote, Stance stance, Long speaker, String note) {
        int start = source.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("fixture quote not in its source: " + quote);
        }
        QuoteAnchor anchor = QuoteAnchor.of(source, new TextSpan(start, start + quote.length()));
        return new Evidence(id, claim.id(), source.id(), stance, speaker, note, anchor, AnchorState.ANCHORED);
    }

    /** Evidence anchored on an earlier text of {@code source}, which no longer holds the quote. */
    static Evidence orphaned(long id, Claim claim, Source source) {
        TextQuote quote = new TextQuote("burnt on Thursday", "Everything else was ", ".");
        QuoteAnchor anchor = new QuoteAnchor(quote, new TextSpan(80, 97), Sha256.hex("an earlier extraction"));
        return new Evidence(id, claim.id(), source.id(), Stance.SUPPORTS, null, "", anchor, AnchorState.ORPHANED);
    }
}
