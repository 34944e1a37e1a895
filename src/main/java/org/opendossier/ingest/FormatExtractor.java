package org.opendossier.ingest;

/**
 * Turns the bytes of one document of a given media type into text and metadata. Implementations never
 * touch the network, never resolve external entities, and fail with an {@link ImportException}.
 */
public interface FormatExtractor {

    /** Whether this extractor reads documents of {@code mediaType} (as detected from content). */
    boolean accepts(String mediaType);

    ExtractedDocument extract(byte[] bytes, String fileName, String mediaType) throws ImportException;
}
