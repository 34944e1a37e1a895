package org.opendossier.export.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opendossier.model.SourceSummary;

/**
 * The sources a dossier cites as a table for a spreadsheet or a script: CSV as RFC 4180 writes it (a header row,
 * CRLF after every row, a field quoted when it holds a comma, a double quote, CR or LF, and a double quote inside
 * written twice), in UTF-8 without a byte-order mark.
 *
 * <p>One row per source, in the order of the dossier's sources appendix. The columns: {@code citations}, the
 * numbers of every citation quoting the source as the PDF, HTML and Markdown print them ("2 5 7"); {@code
 * source_id}; {@code outlet}; {@code title}; {@code authors} (the byline); {@code published}; {@code url}; {@code
 * retrieved_at} (when the case took it in, ISO-8601 UTC); {@code media_type}; {@code sha256} (of the original, in
 * full).
 *
 * <p><b>Formula injection</b>: titles, bylines and URLs come from documents anyone could have written, and a
 * spreadsheet may run a cell as a formula, such as {@code =HYPERLINK(…)} that sends data away, when it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Every cell that starts so is written with
 * a leading apostrophe, which spreadsheets read as "this is text" (OWASP, "CSV Injection"); the value is otherwise
 * unchanged, so a script reading the file strips one leading apostrophe from such a cell to get it back.
 */
public final class SourcesCsvWriter {
    /** The header row's column names, in order. */
    public static final List<String> COLUMNS = List.of(
            "citations",
            "source_id",
            "outlet",
            "title",
            "authors",
            "published",
            "url",
            "retrieved_at",
            "media_type",
            "sha256");

    /**
     * Writes the cited sources of {@code citations} to {@code out}, which is flushed, not closed.
     *
     * @param bylines the byline of each cited source by source id, as its document gives it; a source without
     *     one is missing or maps to {@code null}
     */
    public void write(Citations citations, Map<Long, String> bylines, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        for (SourceSummary s : citations.sources()) {
            row(
                    csv,
                    List.of(
                            citations.numbersOf(s.id()).stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(" ")),
                            String.valueOf(s.id()),
                            text(s.outlet()),
                            text(s.title()),
                            text(bylines.get(s.id())),
                            text(s.publishedAt()),
                            text(s.url()),
                            s.importedAt() == null ? "" : s.importedAt().toString(),
                            text(s.mediaType()),
                            text(s.sha256())));
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field: defused if a spreadsheet would read it as a formula, then quoted if RFC 4180 needs it. */
    static String field(String value) {
        String v = startsFormula(value) ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static boolean startsFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
