package org.opendossier.analysis.anchor;

import java.util.Random;

/**
 * Invented news-like prose from a seeded generator: sentences built from a few hundred words about ports,
 * ministries, convoys and courts, so texts repeat the same words and phrases the way wire copy does, which
 * is what makes near copies of a quote likely and re-anchoring hard. Also the random edits a re-extraction
 * or a correction makes to such a text: words and characters inserted, deleted and replaced.
 */
final class NewsProse {
    private static final String[] PEOPLE = {
        "Amara Keita", "Jonas Vell", "Irina Sobol", "Marc Dufresne", "Nadia Okafor", "Tomas Brenn", "Leila Haddad",
        "Pavel Ostrov", "Grace Mbeki", "Ruth Calder", "Omar Selim", "Hana Kiriu", "Diego Farre", "Elise Moreau"
    };
    private static final String[] ROLES = {
        "the interior minister", "a port official", "the harbour master", "a spokesperson for the ministry",
        "the regional governor", "a senior prosecutor", "the company's chief executive", "an aid worker",
        "a customs inspector", "the opposition leader", "a diplomat in the capital", "the shipping agent"
    };
    private static final String[] PLACES = {
        "Port Calvane",
        "the northern province",
        "Velmora",
        "the river delta",
        "Ostrava Bay",
        "the capital",
        "the border crossing at Tessin",
        "Marrow Island",
        "the eastern district",
        "Lake Sarn",
        "Kessel"
    };
    private static final String[] ORGS = {
        "the Harbour Authority",
        "Calvane Shipping",
        "the Red Crescent",
        "the customs service",
        "the port union",
        "Norvik Logistics",
        "the election commission",
        "the coast guard",
        "the ministry of transport",
        "the national assembly",
        "the audit office",
        "Delta Fuel"
    };
    private static final String[] THINGS = {
        "the cargo", "three containers", "the fuel shipment", "the convoy", "the contract", "the inquiry",
        "the vessel", "the permits", "the audit report", "two tankers", "the grain deliveries", "the payments"
    };
    private static final String[] VERBS = {
        "inspected",
        "seized",
        "delayed",
        "approved",
        "suspended",
        "investigated",
        "released",
        "rerouted",
        "cancelled",
        "confirmed",
        "questioned",
        "blocked",
        "reviewed",
        "authorised"
    };
    private static final String[] SAYS = {"said", "told reporters", "wrote", "confirmed", "denied", "claimed"};
    private static final String[] WHEN = {
        "on Monday", "on Tuesday", "late on Wednesday", "last week", "in March", "earlier this year",
        "on 14 June", "before dawn", "after the storm", "during the strike", "two days later", "on Friday night"
    };
    private static final String[] LINKS = {
        "According to",
        "In a statement,",
        "Speaking to reporters,",
        "Separately,",
        "Meanwhile,",
        "However,",
        "Officials said that",
        "Documents seen by this newspaper show that",
        "It was not clear whether"
    };
    private static final String[] REASONS = {
        "because of missing paperwork",
        "after a tip from dockworkers",
        "pending an audit",
        "over unpaid fees",
        "for safety reasons",
        "at the request of the prosecutor",
        "without explanation",
        "following complaints from residents",
        "while the inquiry continues",
        "amid allegations of bribery"
    };
    private static final String[] WORDS = {
        "port",
        "cargo",
        "ministry",
        "official",
        "convoy",
        "vessel",
        "fuel",
        "audit",
        "inquiry",
        "harbour",
        "statement",
        "report",
        "contract",
        "permit",
        "shipment",
        "court",
        "union",
        "strike",
        "payment",
        "border",
        "the",
        "a",
        "of",
        "and",
        "to",
        "in",
        "on",
        "was",
        "were",
        "had",
        "said",
        "not",
        "by",
        "with",
        "after"
    };

    private NewsProse() {}

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    static String sentence(Random random) {
        int n = random.nextInt(100);
        String number = String.valueOf(2 + random.nextInt(9_998));
        return switch (random.nextInt(8)) {
            case 0 ->
                cap(pick(random, ORGS)) + " " + pick(random, VERBS) + " " + pick(random, THINGS) + " in "
                        + pick(random, PLACES) + " " + pick(random, WHEN) + " " + pick(random, REASONS) + ".";
            case 1 ->
                "\u201C" + cap(pick(random, THINGS)) + " " + (n % 2 == 0 ? "was" : "were") + " "
                        + pick(random, VERBS) + " " + pick(random, REASONS) + ",\u201D " + pick(random, PEOPLE) + ", "
                        + pick(random, ROLES) + ", " + pick(random, SAYS) + ".";
            case 2 ->
                pick(random, LINKS) + " " + pick(random, ROLES) + ", " + pick(random, THINGS) + " worth "
                        + number + " dollars " + (n % 2 == 0 ? "had been" : "was") + " " + pick(random, VERBS) + " "
                        + pick(random, WHEN) + ".";
            case 3 ->
                cap(pick(random, PEOPLE)) + " " + pick(random, SAYS) + " that " + pick(random, ORGS) + " had "
                        + pick(random, VERBS) + " " + pick(random, THINGS) + " " + pick(random, REASONS) + ".";
            case 4 ->
                "At least " + number + " people gathered in " + pick(random, PLACES) + " " + pick(random, WHEN)
                        + " after " + pick(random, ORGS) + " " + pick(random, VERBS) + " " + pick(random, THINGS) + ".";
            case 5 ->
                cap(pick(random, ROLES)) + ", who asked not to be named, " + pick(random, SAYS) + " that "
                        + pick(random, THINGS) + " would be " + pick(random, VERBS) + " " + pick(random, WHEN) + ".";
            case 6 ->
                "The " + (n % 2 == 0 ? "decision" : "move") + " \u2013 " + pick(random, REASONS) + " \u2013 "
                        + "affected " + pick(random, THINGS) + " bound for " + pick(random, PLACES) + ".";
            default ->
                cap(pick(random, ORGS)) + " did not respond to a request for comment " + pick(random, WHEN)
                        + "; " + pick(random, PEOPLE) + "\u2019s office " + pick(random, SAYS) + " it had "
                        + pick(random, VERBS) + " " + pick(random, THINGS) + ".";
        };
    }

    /** Paragraphs of sentences, about {@code length} characters in all. */
    static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 200);
        while (sb.length() < length) {
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                sb.append(i == 0 ? "" : " ").append(sentence(random));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * One random edit of {@code text} at a position in {@code [from, to)}: a word or a character inserted,
     * deleted or replaced. Returns the edited text; {@code change[0]} receives the change in length,
     * {@code change[1]} where the edit starts and {@code change[2]} how many characters it inserted and
     * deleted, a bound on the edit distance it adds.
     */
    static String edit(Random random, String text, int from, int to, int[] change) {
        int at = from + random.nextInt(Math.max(1, to - from));
        at = Math.min(at, text.length());
        String replaced;
        int removed;
        switch (random.nextInt(6)) {
            case 0 -> { // insert a word
                replaced = pick(random, WORDS) + " ";
                removed = 0;
            }
            case 1 -> { // delete a character
                replaced = "";
                removed = Math.min(1, to - at);
            }
            case 2 -> { // replace a character
                replaced = String.valueOf((char) ('a' + random.nextInt(26)));
                removed = Math.min(1, to - at);
            }
            case 3 -> { // insert a character
                replaced = String.valueOf((char) ('a' + random.nextInt(26)));
                removed = 0;
            }
            case 4 -> { // delete up to a word
                replaced = "";
                removed = Math.min(1 + random.nextInt(8), to - at);
            }
            default -> { // replace up to a word
                replaced = pick(random, WORDS);
                removed = Math.min(1 + random.nextInt(8), to - at);
            }
        }
        removed = Math.max(0, removed);
        change[0] = replaced.length() - removed;
        change[1] = at;
        change[2] = replaced.length() + removed;
        return text.substring(0, at) + replaced + text.substring(at + removed);
    }
}
