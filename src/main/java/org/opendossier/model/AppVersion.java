package org.opendossier.model;

/** This build's version, from the jar's manifest; a build run from class folders has none. */
public final class AppVersion {
    private AppVersion() {}

    /** The version, or {@code null} for a development build run from class folders. */
    public static String current() {
        return AppVersion.class.getPackage().getImplementationVersion();
    }

    /** The version for people: "0.1.0" or "development build". */
    public static String describe() {
        String v = current();
        return v == null ? "(development build)" : v;
    }
}
