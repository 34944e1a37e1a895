/**
 * PDF, Word (DOCX and legacy DOC), OpenDocument text and RTF, read through Apache Tika parsers that are
 * chosen and configured here one by one (no auto-detecting parser, no recursion into embedded files, no
 * OCR, a write limit on the text). Depends on {@code ingest}, {@code model} and Tika.
 */
package org.opendossier.ingest.tika;
