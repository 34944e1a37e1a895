package org.opendossier.index;

/**
 * A query the user typed cannot be understood. {@code position} is the 0-based character offset where
 * the problem was found, or -1 when the parser could not say.
 */
public final class QuerySyntaxException extends Exception {
    private final String query;
    private final int position;

    public QuerySyntaxException(String message, String query, int position) {
        super(message);
        this.query = query;
        this.position = position;
    }

    public String query() {
        return query;
    }

    public int position() {
        return position;
    }
}
