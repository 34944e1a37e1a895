package org.opendossier.service;

/**
 * A query that cannot be understood. {@code position} is the 0-based offset in {@code query} where the
 * problem is, or -1. The service's face of {@code index.QuerySyntaxException}: the same facts, so that the
 * command line and the UI never depend on the index port (the layer rule in DESIGN.md).
 */
public final class SearchException extends Exception {
    private final String query;
    private final int position;

    public SearchException(String message, String query, int position) {
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
