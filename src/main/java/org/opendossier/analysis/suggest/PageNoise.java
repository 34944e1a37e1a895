package org.opendossier.analysis.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a page leaves in its text besides the story: photo credits, bylines, related-link lists,
 * cookie and newsletter banners, share bars, headlines in Title Case. Extraction removes most of it, but
 * pasted articles and the pages it cannot clean keep some, and every name in it ("Getty Images", a
 * photographer, the author, a related story's headline) would otherwise become a suggestion. Works line by
 * line on the stored text, whose paragraphs are lines.
 */
final class PageNoise {
    private PageNoise() {}

    enum Kind {
        /** Part of the story. */
        CONTENT,
        /** Furniture: nothing in it is suggested. */
        NOISE,
        /** A byline or credit line: its names are the authors', remembered so they are not suggested. */
        BYLINE,
        /** A headline in Title Case, where capitals do not mark names. */
        HEADLINE
    }

    /** One line of the text, {@code [start, end)}, and the stretches of it that are credits. */
    record Line(int start, int end, Kind kind, List<int[]> masked) {
        boolean isMasked(int from, int to) {
            for (int[] m : masked) {
                if (from < m[1] && to > m[0]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Phrases that only page furniture uses; a short line holding one is not part of the story. */
    private static final Pattern FURNITURE = Pattern.compile(
            "cookie|privacy (policy|notice|settings|statement)|we value your privacy|newsletter"
                    + "|\\bsubscribe|unsubscribe|\\bsign (up|in)\\b|\\blog ?in\\b|all rights reserved|copyright|©"
                    + "|terms (of|and) (use|service|conditions)|^advert(isement)?$|^sponsored\\b|sponsored (content|by)|\\bshare (this|on|article|via)"
                    + "|follow (us|him|her|them) on|\\bread (more|next|also)\\b|^related\\b|more (from|on|stories)\\b"
                    + "|most (read|popular|viewed|shared)|^recommended\\b|^comments? ?(\\(\\d+\\))?$|^tags?:|^topics?:"
                    + "|lire aussi|en savoir plus|nous utilisons|publicité|abonnez|inscrivez|leer más|lea también"
                    + "|publicidad|suscr[ií]b|our standards|trust principles|continue reading|did you find this"
                    + "|powered by|\\bmin read\\b|top of page|bottom of page|writer'?’?s picture|back to top|skip to"
                    + "|click here|download (the|our) app|contributed to this report|contributed reporting"
                    + "|\\b(reporting|editing|writing|additional reporting) by\\b|^(published|updated|posted"
                    + "|first published|last updated|mis à jour|publié|actualizado|publicado)\\b(?=.{0,60}$)"
                    + "|^(source|credit|crédit photo|photo credit|cover photo|file photo|main image)s?\\s*:",
            FLAGS);

    /** A line that starts a list of other stories: the short lines after it are headlines of those. */
    private static final Pattern LIST_HEADER = Pattern.compile(
            "^(related( posts| articles| stories| coverage| content| news)?|more (from|on|stories)\\b.*"
                    + "|most (read|popular|viewed|shared)|recommended( for you)?|read (more|next|also)|see also"
                    + "|(à )?lire aussi|also read|you may also like|trending( now)?|popular|latest( news)?"
                    + "|top stories|más leídas|te puede interesar)\\s*:?\\s*$",
            FLAGS);

    /** A credit on a line of its own: "Photo: X/Reuters", "Getty Images", "Image: Navy handout". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^((photo(graph)?s?|images?|pictures?|illustration|video|graphic|foto(graf[ií]a)?|crédit photo)"
                    + "\\s*(credit)?\\s*[:/|–—-]|(photo )?credit\\b)",
            FLAGS);

    private static final Pattern AGENCY = Pattern.compile(
            "getty|reuters|\\bafp\\b|\\bap\\b|\\bepa\\b|shutterstock|handout|alamy|\\bdpa\\b|anadolu|xinhua"
                    + "|/|photo|images",
            FLAGS);

    /** A byline: "By Jenny Park", "Analysis by Dr X", "Par la rédaction", "Coastal Times staff". */
    private static final Pattern BYLINE = Pattern.compile(
            "^((analysis|opinion|words|text|interview|commentary|story)\\s+)?(by|par|por)\\s+\\S.*"
                    + "|.*\\b(staff|correspondent|reporter|desk|editor|contributor|team)\\s*$",
            FLAGS);

    /** Credits inside a line: "(AP Photo/X)", "(Thomas Coex/AFP/Getty Images)", "© X / AFP", "Photo by X". */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\((?:[^()]{0,100}?(?:photo|getty|images|reuters|afp|\\bap\\b|\\bepa\\b|shutterstock|handout|/)"
                    + "[^()]{0,100})\\)|©.*$|\\b(photo(graph)?|image|picture|credit)s?\\s*(by|:)\\s.*$"
                    + "|\\b(photo )?credit\\s+\\p{Lu}.{0,80}?(/|getty|reuters|afp|\\bap\\b|images|press).*$",
            FLAGS);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”»:;)]\\s*$");

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        boolean inList = false;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                Kind kind;
                if (LIST_HEADER.matcher(line).matches()) {
                    kind = Kind.NOISE;
                    inList = true;
                } else if (inList && looksLikeListedHeadline(line)) {
                    kind = Kind.NOISE;
                } else {
                    inList = false;
                    kind = classify(line);
                }
                out.add(new Line(start, end, kind, kind == Kind.CONTENT ? credits(text, start, end) : List.of()));
            }
            start = end + 1;
        }
        return out;
    }

    private static Kind classify(String line) {
        int words = countWords(line);
        if (words <= 1 && line.length() <= 3) {
            return Kind.NOISE; // a stray label such as "TT" or "1 / 5"
        }
        if (line.length() <= 250 && isFurniture(line)) {
            return line.toLowerCase(java.util.Locale.ROOT).matches("^\\(?(reporting|writing|editing) by.*")
                    ? Kind.BYLINE
                    : Kind.NOISE;
        }
        if (words <= 14
                && CREDIT_LINE.matcher(line).lookingAt()
                && AGENCY.matcher(line).find()) {
            return Kind.NOISE;
        }
        if (words <= 4
                && AGENCY.matcher(line).find()
                && !SENTENCE_END.matcher(line).find()) {
            return Kind.NOISE; // "Getty Images", "Reuters/Pool"
        }
        if (words <= 10
                && BYLINE.matcher(line).matches()
                && !SENTENCE_END.matcher(line).find()) {
            return Kind.BYLINE;
        }
        if (line.contains("|") && allSegmentsShort(line)) {
            return Kind.NOISE; // "Share on Facebook | Share on X", "Harbour Gazette | Shipping desk"
        }
        if (isShouting(line)) {
            return Kind.NOISE;
        }
        if (isTitleCase(line)) {
            return Kind.HEADLINE;
        }
        return Kind.CONTENT;
    }

    private static boolean looksLikeListedHeadline(String line) {
        return countWords(line) <= 16 && !SENTENCE_END.matcher(line).find() || isTitleCase(line) || isFurniture(line);
    }

    /**
     * Literal pieces, one of which every furniture phrase contains: most lines contain none, and checking
     * them is far cheaper than running the phrase pattern over every line of every text.
     */
    private static final String[] FURNITURE_HINTS = {
        "cookie",
        "privacy",
        "newsletter",
        "subscri",
        "sign ",
        "log",
        "rights reserved",
        "copyright",
        "©",
        "terms ",
        "advert",
        "sponsored",
        "share ",
        "follow ",
        "read ",
        "related",
        "more ",
        "most ",
        "recommended",
        "comment",
        "tag",
        "topic",
        "lire aussi",
        "savoir plus",
        "nous utilisons",
        "publicit",
        "abonnez",
        "inscrivez",
        "leer m",
        "lea tambi",
        "suscr",
        "standards",
        "trust principles",
        "continue reading",
        "did you find",
        "powered by",
        "min read",
        " of page",
        "picture",
        "back to top",
        "skip to",
        "click here",
        "app",
        "contributed",
        " by",
        "published",
        "updated",
        "posted",
        "mis à jour",
        "publié",
        "actualizado",
        "publicado",
        "source",
        "credit",
        "crédit",
        "photo",
        "image"
    };

    static boolean isFurniture(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        for (String hint : FURNITURE_HINTS) {
            if (lower.contains(hint)) {
                return FURNITURE.matcher(line).find();
            }
        }
        return false;
    }

    /** "BAMAKO, May 14 (West Africa Wire) -": the agency in a dateline is the outlet, not an actor. */
    private static final Pattern DATELINE_AGENCY =
            Pattern.compile("^\\p{Lu}{3,}[^()\\n]{0,40}(\\([^()\\n]{1,40}\\))\\s*[-–—]");

    private static List<int[]> credits(String text, int start, int end) {
        String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('(') < 0
                && lower.indexOf('©') < 0
                && !lower.contains("photo")
                && !lower.contains("image")
                && !lower.contains("picture")
                && !lower.contains("credit")) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher d = DATELINE_AGENCY.matcher(text).region(start, end);
        if (d.lookingAt()) {
            out.add(new int[] {d.start(1), d.end(1)});
        }
        Matcher m = INLINE_CREDIT.matcher(text).region(start, end);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean allSegmentsShort(String line) {
        for (String segment : line.split("\\|")) {
            if (countWords(segment) > 6) {
                return false;
            }
        }
        return true;
    }

    /** Mostly upper-case words: "SIGN UP FOR OUR NEWSLETTER", "X IS THE NETWORK'S POLITICAL EDITOR". */
    private static boolean isShouting(String line) {
        int words = 0;
        int upper = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!Character.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean allUpper = true;
            while (i < n && isWordChar(line.charAt(i))) {
                allUpper &= !Character.isLowerCase(line.charAt(i));
                i++;
            }
            if (i - start >= 2) {
                words++;
                upper += allUpper ? 1 : 0;
            }
        }
        return words >= 3 && upper >= 0.6 * words;
    }

    /**
     * A headline whose every significant word is capitalised ("White House Urges Hamas to Sign on to New
     * Deal"): its capitals say nothing about names.
     */
    static boolean isTitleCase(String line) {
        boolean sentence = SENTENCE_END.matcher(line).find() && !line.contains("|");
        int significant = 0;
        int capitalised = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!Character.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(line.charAt(i))) {
                i++;
            }
            boolean upper = Character.isUpperCase(line.charAt(start));
            if (i - start <= 4) {
                String w = line.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (i - start <= 3 && Lexicon.CONNECTORS.contains(w) || !upper && SMALL_WORDS.contains(w)) {
                    continue;
                }
            }
            significant++;
            capitalised += upper ? 1 : 0;
        }
        // a sentence full of names still has its verbs in lower case; a headline with a full stop has none
        return sentence
                ? significant >= 6 && capitalised >= 0.95 * significant
                : significant >= 4 && capitalised >= 0.8 * significant;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c)
                || c == '\''
                || c == '’'
                || c == '-'
                || c == '\u00AD'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Words a Title Case headline may leave in lower case. */
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "by", "from", "as", "is",
            "vs", "via", "into", "over", "after", "amid");

    private static int countWords(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = inWord ? isWordChar(c) : Character.isLetter(c);
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
