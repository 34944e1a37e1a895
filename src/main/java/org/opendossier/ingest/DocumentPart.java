package org.opendossier.ingest;

public record DocumentPart(String label, byte[] bytes) {}
