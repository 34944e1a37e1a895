package org.opendossier.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the dossier benchmark measured, as Markdown for people or as a map for {@code --json}. */
public record DossierReport(int claims, int quotes, int pdfPages, List<Export> exports, BenchReport.Machine machine) {

    /** The dossier's goal: a 200-page PDF in under 4 s on two cores (issue 6). */
    static final double PDF_GOAL_MS = 4_000;

    public DossierReport {
        exports = List.copyOf(exports);
    }

    /**
     * One format's exports: the first of the process (renderer and fonts loaded on the way) and the later ones.
     *
     * @param later wall time of the exports after the first
     * @param cpu CPU time of the exporting thread in those exports
     * @param bytes the size of the file written
     */
    public record Export(
            String format, double firstMs, BenchReport.Latency later, BenchReport.Latency cpu, long bytes) {}

    public Export export(String format) {
        return exports.stream()
                .filter(e -> e.format().equals(format))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no export " + format));
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "### Dossier export: %,d claims, %,d quotes, %,d PDF pages%n%n",
                claims,
                quotes,
                pdfPages));
        sb.append("| format | first export ms | later: runs | median ms | max ms | CPU, median ms | size |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Export e : exports) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %d | %.0f | %.0f | %.0f | %,d KB |%n",
                    e.format(),
                    e.firstMs(),
                    e.later().samples(),
                    e.later().p50(),
                    e.later().max(),
                    e.cpu().p50(),
                    e.bytes() / 1024));
        }
        Export pdf = export("pdf");
        sb.append(String.format(
                Locale.ROOT,
                "%nPDF goal: under %.0f ms for about 200 pages; median %.0f ms wall, %.0f ms CPU: %s.%n",
                PDF_GOAL_MS,
                pdf.later().p50(),
                pdf.cpu().p50(),
                pdf.later().p50() < PDF_GOAL_MS ? "met" : "NOT met"));
        sb.append(machine.markdown());
        return sb.toString();
    }

    /** The same numbers as plain maps and lists, for {@code --json}. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("claims", claims);
        out.put("quotes", quotes);
        out.put("pdfPages", pdfPages);
        out.put("exports", exports);
        out.put("machine", machine);
        return out;
    }
}
