package org.opendossier.analysis.anchor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.opendossier.model.QuoteAnchor;
import org.opendossier.model.TextQuote;
import org.opendossier.model.TextSpan;

/**
 * How long re-anchoring takes, run by hand, not by the build (no timed assertions in tests):
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes org.opendossier.analysis.anchor.AnchoringSpeed
 * </pre>
 *
 * Places 600 quotes (3 in each of 200 texts of 20 KB) three ways: every text edited before its quotes only
 * (found by exact search), every quote edited inside (fuzzy search), and every quote gone (a fuzzy search
 * that finds nothing); then a 3,000-character quote edited inside a 1 MB text. Each is run five times and
 * the fastest run reported, the first runs warming the JIT; the thread's CPU time is reported beside the
 * wall time because the machine may be shared.
 */
final class AnchoringSpeed {
    private record Trial(String text, QuoteAnchor anchor) {}

    public static void main(String[] args) {
        Random random = new Random(42);
        List<Trial> moved = new ArrayList<>();
        List<Trial> edited = new ArrayList<>();
        List<Trial> gone = new ArrayList<>();
        int[] change = new int[3];
        for (int t = 0; t < 200; t++) {
            String text = NewsProse.text(random, 20_000);
            for (int q = 0; q < 3; q++) {
                int start = 200 + random.nextInt(text.length() - 1_000);
                int end = start + 40 + random.nextInt(300);
                TextSpan span = new TextSpan(start, end);
                QuoteAnchor anchor = new QuoteAnchor(TextQuote.of(text, span), span, "old");
                moved.add(new Trial(NewsProse.edit(random, text, 0, start, change), anchor));
                edited.add(new Trial(NewsProse.edit(random, text, start + 5, end - 5, change), anchor));
                gone.add(new Trial(text.substring(0, start) + text.substring(end), anchor));
            }
        }
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append(NewsProse.text(random, 20_000));
        }
        String text = big.toString();
        TextSpan span = new TextSpan(500_000, 503_000);
        QuoteAnchor anchor = new QuoteAnchor(TextQuote.of(text, span), span, "old");
        String edit = NewsProse.edit(random, text, 501_000, 502_000, change);
        List<Trial> large = List.of(new Trial(edit, anchor));

        QuoteAnchoring anchoring = new QuoteAnchoring();
        report("600 quotes, 200 texts of 20 KB, text edited before them", anchoring, moved);
        report("600 quotes, 200 texts of 20 KB, each quote edited inside", anchoring, edited);
        report("600 quotes, 200 texts of 20 KB, each quote gone", anchoring, gone);
        report("one 3,000-char quote edited inside a 1 MB text", anchoring, large);
    }

    private static void report(String what, QuoteAnchoring anchoring, List<Trial> trials) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        int placed = 0;
        for (int run = 0; run < 5; run++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            placed = 0;
            for (Trial trial : trials) {
                if (anchoring.place(trial.text, trial.anchor).placed()) {
                    placed++;
                }
            }
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
        }
        System.out.printf(
                Locale.ROOT,
                "%-60s %7.1f ms CPU %7.1f ms wall  (%d of %d placed)%n",
                what,
                bestCpu / 1e6,
                bestWall / 1e6,
                placed,
                trials.size());
    }
}
