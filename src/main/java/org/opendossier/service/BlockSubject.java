package org.opendossier.service;

/**
 * What one block of a dossier shows, looked up in the case for the composer's outline: a heading's text, the
 * first line of a note, a claim's statement, an actor's name, the title of an excerpt's source with the quoted
 * words, the actor a figure is narrowed to.
 *
 * @param name the text that names the block; "" when there is none (a figure of the whole case)
 * @param detail the quoted words of an excerpt, the tag of a timeline; "" otherwise
 * @param missing the claim, actor or source (or passage) the block points at is no longer in the case
 */
public record BlockSubject(String name, String detail, boolean missing) {
    public BlockSubject {
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
    }
}
