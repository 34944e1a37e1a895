package org.opendossier.export.bundle;

/**
 * The files of a dossier bundle, each under the name it has in every bundle, so a recipient (or a script) finds
 * the same file under the same name every time. The manifest, {@value #MANIFEST}, lists them all.
 */
public enum BundleFile {
    /** The dossier as PDF. */
    PDF("dossier.pdf"),
    /** The dossier as one self-contained HTML file. */
    HTML("dossier.html"),
    /** The dossier as Markdown with footnotes. */
    MARKDOWN("dossier.md"),
    /** The carded claims as schema.org ClaimReview, JSON-LD. */
    CLAIMS("claims.jsonld"),
    /** Their evidence as a W3C Web Annotation collection, JSON-LD. */
    EVIDENCE("evidence.jsonld"),
    /** The actors named and the relationships stated, as FollowTheMoney JSON lines. */
    ACTORS("actors.ftm.json"),
    /** The cited sources, one row each, RFC 4180 CSV. */
    SOURCES("sources.csv");

    /** The manifest's name: the SHA-256 of every other file, in the format {@code sha256sum -c} reads. */
    public static final String MANIFEST = "MANIFEST.sha256";

    private final String fileName;

    BundleFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
