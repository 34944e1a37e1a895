package org.opendossier.ingest;

public record PartResult(DocumentPart part, ExtractedDocument document, ImportException failure) {}
