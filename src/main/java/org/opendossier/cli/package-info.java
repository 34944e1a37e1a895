/**
 * The command line ({@code opendossier init|import|search|show|sources|verify|reindex|bench}) on picocli.
 * Prints results to standard output (plain or {@code --json}) and problems to standard error. Talks to
 * {@code service} and {@code model} only; the composition root hands it a {@code CaseOpener}.
 */
package org.opendossier.cli;
