/**
 * Import: detecting a file's type from its content, extracting text and metadata within size and time
 * limits, with no network access. Sub-packages hold one format family each ({@code ingest.html} for web
 * pages, {@code ingest.tika} for office, PDF and mail). Depends on {@code model} and parsing libraries only.
 */
package org.opendossier.ingest;
