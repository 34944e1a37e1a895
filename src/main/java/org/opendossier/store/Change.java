package org.opendossier.store;

/** One numbered entry of the change log: an entity whose searchable content was created, changed or removed. */
public record Change(long seq, String entity, long entityId, Op op) {
    public enum Op {
        UPSERT,
        DELETE
    }

    public static final String SOURCE = "source";
}
