package org.opendossier.ingest;

/**
 * What a document says about itself. Every field may be {@code null} when the document does not say.
 *
 * @param publishedAt ISO-8601: a date ({@code 2022-04-05}) or an instant in UTC ({@code 2022-04-05T10:15:00Z})
 * @param language ISO 639-1 code as declared by the document ({@code en}), not detected
 */
public record DocumentMetadata(
        String title, String byline, String outlet, String publishedAt, String url, String language) {

    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null, null);

    public DocumentMetadata withTitle(String newTitle) {
        return new DocumentMetadata(newTitle, byline, outlet, publishedAt, url, language);
    }
}
