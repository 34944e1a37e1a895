package org.opendossier.index;

/**
 * What was found when the index was opened. Anything but {@link Health#CURRENT} means the index must be
 * rebuilt from the case database; {@code appliedSeq} is the last change-log entry a current index holds.
 */
public record IndexState(Health health, long appliedSeq, String detail) {
    public enum Health {
        /** Readable, built for this case with the current schema; may still lag behind the change log. */
        CURRENT,
        MISSING,
        CORRUPT,
        OTHER_CASE,
        OLD_SCHEMA
    }

    public boolean needsRebuild() {
        return health != Health.CURRENT;
    }
}
