package org.opendossier.export.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents of a dossier: its headings, and under the nearest heading each claim card, actor
 * profile and figure, each with the anchor its part carries. The HTML contents, the Markdown contents and the
 * PDF bookmarks all come from here.
 */
final class Outline {
    private Outline() {}

    /**
     * One entry.
     *
     * @param part the index of the part in the document
     * @param level 1 to 3 for headings; one deeper than the heading above for the rest (at most 4)
     */
    record Entry(int part, int level, String title) {
        String anchor() {
            return anchor(part);
        }

        static String anchor(int part) {
            return "part-" + (part + 1);
        }
    }

    static List<Entry> of(DossierDocument document) {
        List<Entry> entries = new ArrayList<>();
        int headingLevel = 0;
        List<DossierDocument.Part> parts = document.parts();
        for (int i = 0; i < parts.size(); i++) {
            DossierDocument.Part part = parts.get(i);
            int below = Math.min(headingLevel + 1, 4);
            if (part instanceof DossierDocument.Heading h) {
                headingLevel = h.level();
                entries.add(new Entry(i, h.level(), DossierText.line(h.text())));
            } else if (part instanceof DossierDocument.ClaimCard c) {
                entries.add(new Entry(
                        i, below, "Claim: " + DossierText.line(c.claim().statement())));
            } else if (part instanceof DossierDocument.ActorProfile a) {
                entries.add(new Entry(i, below, DossierText.line(a.actor().name())));
            } else if (part instanceof DossierDocument.Figure f) {
                entries.add(new Entry(i, below, DossierText.line(f.caption())));
            }
        }
        return entries;
    }
}
