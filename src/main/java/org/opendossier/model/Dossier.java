package org.opendossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The investigator's deliverable as composed: a cover (title, subtitle, author, date, summary) and an ordered
 * outline of blocks that point at claims, actors and sources by id. It holds no copies of what it cites, so a
 * dossier always shows the case as it is when exported (decision record 0017).
 *
 * @param subtitle "" when none
 * @param author "" when none
 * @param date the date the dossier carries on its cover, or {@code null}; a dossier is issued on a known day,
 *     so this is a full date, unlike the partial dates of events
 * @param summary plain text, "" when none
 */
public record Dossier(
        long id,
        String title,
        String subtitle,
        String author,
        LocalDate date,
        String summary,
        List<DossierBlock> blocks) {

    public Dossier {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A dossier needs a title.");
        }
        subtitle = subtitle == null ? "" : subtitle;
        author = author == null ? "" : author;
        summary = summary == null ? "" : summary;
        blocks = List.copyOf(blocks);
    }
}
