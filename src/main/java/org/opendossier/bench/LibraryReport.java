package org.opendossier.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the library benchmark measured, as Markdown for people or as a map for {@code --json}. */
public record LibraryReport(
        int sources, LibraryCase.Built written, int repeat, List<Step> steps, BenchReport.Machine machine) {

    public LibraryReport {
        steps = List.copyOf(steps);
    }

    /** How a step was timed, which decides the table it goes in. */
    public enum Kind {
        /** On the benchmark's own thread, no window: the query, or the view model's work. */
        DIRECT,
        /** In the window: until the table is laid out again, and the longest FX-thread stall meanwhile. */
        WINDOW,
        /** In the window, many small steps: FX-thread time of each step and the layout after it. */
        SCROLL
    }

    /**
     * One thing a person does, timed several times: {@code time} is the wall time (DIRECT, WINDOW) or the
     * FX thread's time for the step and the layout after it (SCROLL); {@code cpu} the CPU time of the
     * thread doing the work (the FX thread in the window), which a busy machine inflates far less than
     * wall time; {@code stall} the longest time the FX thread could not react to anything (null for
     * DIRECT; for SCROLL, the longest over all the steps).
     */
    public record Step(
            Kind kind, String name, BenchReport.Latency time, BenchReport.Latency cpu, BenchReport.Latency stall) {}

    public Step step(String name) {
        return steps.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + name));
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        if (written == null) {
            sb.append(String.format(Locale.ROOT, "### Library: %,d sources of an existing case%n%n", sources));
        } else {
            sb.append(String.format(
                    Locale.ROOT,
                    "### Library: %,d sources (%,d outlets, %.1f MB of text, %,d actors, %,d mentions)%n%n",
                    sources,
                    written.outlets(),
                    written.textBytes() / 1e6,
                    written.actors(),
                    written.mentions()));
            sb.append(String.format(
                    Locale.ROOT,
                    "The case was written straight through the store in %.1f s (no parsing, originals or index).%n%n",
                    written.elapsed().toNanos() / 1e9));
        }
        sb.append("Without a window, on one thread:\n\n");
        sb.append("| step | runs | median ms | max ms | CPU, median ms |\n|---|---:|---:|---:|---:|\n");
        for (Step s : of(Kind.DIRECT)) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f |%n",
                    s.name(),
                    s.time().samples(),
                    s.time().p50(),
                    s.time().max(),
                    s.cpu().p50()));
        }
        sb.append("\nThe library window (JavaFX; times until the table is laid out again, and the longest stretch"
                + " in which the FX thread could not react):\n\n");
        sb.append(
                "| step | runs | laid out, median ms | max ms | FX CPU, median ms | FX stall, median ms | max ms |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Step s : of(Kind.WINDOW)) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    s.name(),
                    s.time().samples(),
                    s.time().p50(),
                    s.time().max(),
                    s.cpu().p50(),
                    s.stall().p50(),
                    s.stall().max()));
        }
        sb.append("\nScrolling (FX-thread time of each step with the CSS and layout passes after it):\n\n");
        sb.append("| step | steps | p50 ms | p95 ms | max ms | FX CPU p50 ms | p95 ms | longest FX stall ms |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Step s : of(Kind.SCROLL)) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    s.name(),
                    s.time().samples(),
                    s.time().p50(),
                    s.time().p95(),
                    s.time().max(),
                    s.cpu().p50(),
                    s.cpu().p95(),
                    s.stall().max()));
        }
        sb.append(machine.markdown());
        return sb.toString();
    }

    private List<Step> of(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The same numbers as plain maps and lists, for {@code --json}. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", sources);
        if (written != null) {
            out.put("outlets", written.outlets());
            out.put("textBytes", written.textBytes());
            out.put("actors", written.actors());
            out.put("mentions", written.mentions());
            out.put("writtenSeconds", written.elapsed().toNanos() / 1e9);
        }
        out.put("repeat", repeat);
        out.put("steps", steps);
        out.put("machine", machine);
        return out;
    }
}
