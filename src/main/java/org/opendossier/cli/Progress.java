package org.opendossier.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, drawn only when it is a terminal. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream terminal;
    private int total;
    private long lastDraw;

    private Progress(PrintStream terminal) {
        this.terminal = terminal;
    }

    static Progress onTerminal() {
        var console = System.console();
        return new Progress(console != null && console.isTerminal() ? System.err : null);
    }

    void start(int files) {
        total = files;
    }

    void update(int done, String current) {
        if (terminal == null || total == 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        String name = current == null ? "" : shorten(current, 40);
        terminal.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name
                + "\u001b[K");
        terminal.flush();
    }

    void clear() {
        if (terminal != null) {
            terminal.print("\r\u001b[K");
            terminal.flush();
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
}
