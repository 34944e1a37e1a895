package org.opendossier.service;

/**
 * How much evidence of one stance a claim has: {@code articles} sources, which are {@code outlets}
 * independent outlets once copies of one story and articles of one outlet count once.
 */
public record Tally(int outlets, int articles) {
    public static final Tally NONE = new Tally(0, 0);

    /** "3 outlets, 5 articles", "1 outlet, 1 article". */
    public String describe() {
        return outlets
                + (outlets == 1 ? " outlet, " : " outlets, ")
                + articles
                + (articles == 1 ? " article" : " articles");
    }
}
