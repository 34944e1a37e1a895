package org.opendossier.bench;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.opendossier.model.Actor;
import org.opendossier.model.SourceActors;
import org.opendossier.model.SourceSummary;
import org.opendossier.service.CaseException;
import org.opendossier.service.CaseOpener;
import org.opendossier.service.SourceService;
import org.opendossier.store.StoreException;
import org.opendossier.store.files.FileOriginalStore;
import org.opendossier.store.sqlite.SqliteCaseStore;
import org.opendossier.ui.Workbench;
import org.opendossier.ui.dialog.ActorChoice;
import org.opendossier.ui.dialog.DialogService;
import org.opendossier.ui.dialog.RelationshipChoice;
import org.opendossier.ui.library.Facet;
import org.opendossier.ui.library.FacetValue;
import org.opendossier.ui.library.LibraryView;
import org.opendossier.ui.library.LibraryViewModel;
import org.opendossier.ui.task.CurrentThreadTaskExecutor;
import org.opendossier.ui.task.FxTaskExecutor;

/**
 * The library at scale: a case of N sources, then what a person waits for when opening, sorting, filtering
 * and scrolling it. Three layers are timed apart: the database queries ({@link SourceService#list()} and
 * {@link SourceService#mentionedActors()}), the view model's own work (loading the rows and counting the facets, on one thread with no window), and the
 * real {@link LibraryView} in a window on JavaFX's headless platform, where every step is timed until the
 * table is laid out again, together with the longest time the FX thread was unable to answer (measured
 * by a probe that keeps one tiny task queued on it all the time).
 *
 * <p>The window runs on the headless platform with software rendering unless {@code glass.platform} is
 * set, so the figures are the same with or without a display. Painting happens on JavaFX's render
 * thread; the FX thread waits for it only when a frame is still being painted as the next one starts.
 */
public final class LibraryBenchmark {
    private static final long FX_TIMEOUT_SECONDS = 300;
    /** Pages scrolled from the top (fewer when the table ends sooner). */
    private static final int SCROLL_PAGES = 150;

    private static final int SCROLL_JUMPS = 50;
    private static final double WINDOW_WIDTH = 1000;
    private static final double WINDOW_HEIGHT = 720;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What to run. */
    public record Options(int sources, long seed, Path work, boolean keep, int repeat, Path existingCase) {
        public Options {
            if (sources < 1 && existingCase == null) {
                throw new IllegalArgumentException("--docs must be at least 1");
            }
            if (repeat < 1) {
                throw new IllegalArgumentException("--repeat must be at least 1");
            }
        }
    }

    private final CaseOpener opener;
    private final Options options;
    private final Consumer<String> progress;
    /** How many sources the case holds: as asked, or as found in an existing case. */
    private int sources;

    public LibraryBenchmark(CaseOpener opener, Options options, Consumer<String> progress) {
        this.opener = opener;
        this.options = options;
        this.progress = progress;
    }

    public LibraryReport run() throws IOException, CaseException, StoreException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path root = null;
        Path folder;
        LibraryCase.Built built;
        if (options.existingCase() != null) {
            folder = options.existingCase();
            built = null;
        } else {
            Files.createDirectories(options.work());
            root = Files.createTempDirectory(options.work(), "opendossier-library-");
            folder = root.resolve("case");
            opener.create(folder).close();
            progress.accept(String.format("writing a library case of %,d sources", options.sources()));
            built = LibraryCase.fill(folder.resolve("case.db"), options.sources(), options.seed(), progress);
        }
        try {
            ExecutorService syncThreads = Executors.newSingleThreadExecutor(named("od-bench-fsync"));
            ExecutorService workers = Executors.newSingleThreadExecutor(named("od-bench-library"));
            try (SqliteCaseStore store = SqliteCaseStore.open(folder.resolve("case.db"))) {
                SourceService service =
                        new SourceService(store, new FileOriginalStore(folder.resolve("originals"), syncThreads));
                sources = service.list().size();
                List<LibraryReport.Step> steps = new ArrayList<>();
                progress.accept("list() and the view model, without a window");
                listAndViewModel(service, steps);
                progress.accept("the library window");
                new Window(service, workers, steps).run();
                double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                return new LibraryReport(
                        sources, built, options.repeat(), steps, Benchmark.machine(loadBefore, loadAfter));
            } finally {
                syncThreads.shutdownNow();
                workers.shutdownNow();
            }
        } finally {
            if (root != null && options.keep()) {
                progress.accept("kept the library case in " + folder);
            } else if (root != null) {
                Benchmark.deleteTree(root);
            }
        }
    }

    /** The query, then the view model's load and facet clicks on this thread, with no FX toolkit involved. */
    private void listAndViewModel(SourceService service, List<LibraryReport.Step> steps) throws CaseException {
        Samples list = new Samples(options.repeat());
        for (int r = 0; r < options.repeat(); r++) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            List<SourceSummary> rows = service.list();
            list.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, 0);
            check(rows.size() == sources, "list() returned " + rows.size() + " sources");
        }
        steps.add(list.direct("SourceService.list()"));

        Samples actors = new Samples(options.repeat());
        for (int r = 0; r < options.repeat(); r++) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            SourceActors pairs = service.mentionedActors();
            actors.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, 0);
            check(pairs.pairs() > 0 || sources < 10, "mentionedActors() found no actor in any source");
        }
        steps.add(actors.direct("SourceService.mentionedActors()"));

        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        LibraryViewModel model = new LibraryViewModel(tasks, new BenchDialogs(failure));
        Samples open = new Samples(options.repeat());
        for (int r = 0; r < options.repeat(); r++) {
            model.setCase(null);
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            model.setCase(service);
            open.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, 0);
            check(
                    tasks.unhandledFailures().isEmpty() && failure.get() == null,
                    "the view model failed: " + tasks.unhandledFailures() + " " + failure.get());
            check(model.visibleSources().size() == sources, "the view model holds the wrong rows");
        }
        steps.add(open.direct("view model: list(), actors, rows, facet counts"));

        String outlet = top(model, Facet.OUTLET);
        String language = top(model, Facet.LANGUAGE);
        Samples pick = new Samples(options.repeat() * 2);
        Samples clear = new Samples(options.repeat());
        for (int r = 0; r < options.repeat(); r++) {
            for (Facet facet : List.of(Facet.OUTLET, Facet.LANGUAGE)) {
                long start = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                model.toggle(facet, facet == Facet.OUTLET ? outlet : language);
                pick.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, 0);
            }
            check(model.visibleSources().size() < sources || sources < 10, "the filter kept all");
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            model.clearFilters();
            clear.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, 0);
        }
        steps.add(pick.direct("view model: tick a facet value"));
        steps.add(clear.direct("view model: clear the filters"));

        String actor = top(model, Facet.ACTOR);
        Samples tickActor = new Samples(options.repeat());
        for (int r = 0; r < options.repeat(); r++) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            model.toggle(Facet.ACTOR, actor);
            tickActor.add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, 0);
            check(model.visibleSources().size() < sources || sources < 10, "the actor filter kept all");
            model.clearFilters();
        }
        steps.add(tickActor.direct("view model: tick an actor"));
        model.setCase(null);
    }

    /** Wall time, CPU time and the longest FX stall of each run of a step. */
    private static final class Samples {
        private final long[] wall;
        private final long[] cpu;
        private final long[] stall;
        private int count;

        Samples(int size) {
            wall = new long[size];
            cpu = new long[size];
            stall = new long[size];
        }

        void add(long wallNanos, long cpuNanos, long stallNanos) {
            wall[count] = wallNanos;
            cpu[count] = cpuNanos;
            stall[count] = stallNanos;
            count++;
        }

        LibraryReport.Step scroll(String name, long longestStall) {
            java.util.Arrays.fill(stall, longestStall);
            return step(LibraryReport.Kind.SCROLL, name);
        }

        LibraryReport.Step direct(String name) {
            return step(LibraryReport.Kind.DIRECT, name);
        }

        LibraryReport.Step step(LibraryReport.Kind kind, String name) {
            int n = Math.max(1, count);
            return new LibraryReport.Step(
                    kind,
                    name,
                    BenchReport.Latency.of(java.util.Arrays.copyOf(wall, n)),
                    BenchReport.Latency.of(java.util.Arrays.copyOf(cpu, n)),
                    kind == LibraryReport.Kind.DIRECT
                            ? null
                            : BenchReport.Latency.of(java.util.Arrays.copyOf(stall, n)));
        }
    }

    private static String top(LibraryViewModel model, Facet facet) {
        List<FacetValue> values = model.facetValues(facet);
        check(!values.isEmpty(), "no values for " + facet);
        return values.getFirst().value();
    }

    /** The real library view in a window, driven from this thread and timed on the FX thread. */
    private final class Window {
        private final SourceService service;
        private final ExecutorService workers;
        private final List<LibraryReport.Step> steps;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final StallProbe probe = new StallProbe();
        private final PulseClock pulses = new PulseClock();
        private LibraryViewModel model;
        private LibraryView view;
        private Stage stage;
        private Thread fxThread;

        Window(SourceService service, ExecutorService workers, List<LibraryReport.Step> steps) {
            this.service = service;
            this.workers = workers;
            this.steps = steps;
        }

        void run() throws InterruptedException {
            startToolkit();
            long shown = onFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                model = new LibraryViewModel(new FxTaskExecutor(workers, failure::set), new BenchDialogs(failure));
                view = new LibraryView(model);
                Scene scene = new Scene(view, WINDOW_WIDTH, WINDOW_HEIGHT);
                scene.getStylesheets().add(Workbench.STYLESHEET);
                view.getStyleClass().add("theme-light");
                pulses.attach(scene);
                stage = new Stage();
                stage.setScene(scene);
                stage.show();
                return System.nanoTime();
            });
            pulses.after(shown);
            fxThread = onFx(Thread::currentThread);
            probe.start();
            try {
                open();
                sorts();
                facets();
                scroll();
            } finally {
                probe.stop();
                onFx(() -> {
                    model.setCase(null);
                    stage.close();
                    return null;
                });
            }
            check(failure.get() == null, "the library failed: " + failure.get());
        }

        private void open() throws InterruptedException {
            Samples open = new Samples(options.repeat());
            for (int r = 0; r < options.repeat(); r++) {
                pulses.after(onFx(() -> {
                    model.setCase(null);
                    return System.nanoTime();
                }));
                probe.reset();
                long start = System.nanoTime();
                long cpu = fxCpu();
                onFx(() -> {
                    model.setCase(service);
                    return null;
                });
                long loaded = awaitFx(() -> !model.loadingProperty().get()
                        && view.table().getItems().size() == sources);
                long end = pulses.after(loaded);
                open.add(end - start, fxCpu() - cpu, probe.reset());
            }
            steps.add(open.step(LibraryReport.Kind.WINDOW, "open: query, rows, facets, table laid out"));
        }

        private void sorts() throws InterruptedException {
            TableView<SourceSummary> table = view.table();
            TableColumn<SourceSummary, ?> title = table.getColumns().get(0);
            TableColumn<SourceSummary, ?> published = table.getColumns().get(2);
            TableColumn<SourceSummary, ?> imported = table.getColumns().get(5);
            timed("sort by title (alternately up and down)", () -> {
                title.setSortType(
                        title.getSortType() == TableColumn.SortType.ASCENDING
                                        && table.getSortOrder().contains(title)
                                ? TableColumn.SortType.DESCENDING
                                : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(title));
            });
            timed("sort by published", () -> table.getSortOrder().setAll(List.of(published)));
            timed("sort by imported", () -> table.getSortOrder().setAll(List.of(imported)));
            timed("back to unsorted", () -> table.getSortOrder().clear());
            pulses.after(onFx(() -> {
                title.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(title));
                return System.nanoTime();
            }));
        }

        /**
         * Ticks the commonest outlet, then the commonest language, then the commonest actor (the table sorted
         * by title), then clears; then the commonest actor alone. Each step runs {@code repeat} times, so a
         * box is ticked and unticked in turn.
         */
        private void facets() throws InterruptedException {
            timed("tick a facet value (table sorted by title)", () -> firstBox("#facet-outlet")
                    .fire());
            timed("tick a second facet's value", () -> firstBox("#facet-language")
                    .fire());
            timed("tick an actor as well", () -> firstBox("#facet-actor").fire());
            timed("clear the filters", () -> ((Button) view.lookup("#facet-clear")).fire());
            timed("tick an actor (table sorted by title)", () -> firstBox("#facet-actor")
                    .fire());
            pulses.after(onFx(() -> {
                model.clearFilters();
                return System.nanoTime();
            }));
        }

        private CheckBox firstBox(String facetId) {
            Parent values = (Parent) view.lookup(facetId);
            Parent row = (Parent) values.getChildrenUnmodifiable().getFirst();
            return (CheckBox) row.getChildrenUnmodifiable().getFirst();
        }

        /** Page by page from the top, then jumps to random rows; FX-thread time of each step and its pulse. */
        private void scroll() throws InterruptedException {
            VirtualFlow<?> flow = onFx(() -> (VirtualFlow<?>) view.table().lookup(".virtual-flow"));
            pulses.after(onFx(() -> {
                view.table().scrollTo(0);
                return System.nanoTime();
            }));
            Samples pages = new Samples(SCROLL_PAGES);
            probe.reset();
            for (int i = 0; i < SCROLL_PAGES && !onFx(() -> atEnd(flow)); i++) {
                fxStep(pages, () -> flow.scrollPixels(flow.getHeight()));
            }
            steps.add(pages.scroll("scroll down one page", probe.reset()));
            Random random = new Random(options.seed());
            Samples jumps = new Samples(SCROLL_JUMPS);
            for (int i = 0; i < SCROLL_JUMPS; i++) {
                int row = random.nextInt(sources);
                fxStep(jumps, () -> view.table().scrollTo(row));
            }
            steps.add(jumps.scroll("jump to a random row", probe.reset()));
        }

        private boolean atEnd(VirtualFlow<?> flow) {
            var last = flow.getLastVisibleCell();
            return last == null || last.getIndex() >= view.table().getItems().size() - 1;
        }

        /** Runs an action {@code repeat} times, each time until the next layout, with the longest stall. */
        private void timed(String name, Runnable action) throws InterruptedException {
            Samples samples = new Samples(options.repeat());
            for (int r = 0; r < options.repeat(); r++) {
                probe.reset();
                long start = System.nanoTime();
                long cpu = fxCpu();
                onFx(() -> {
                    action.run();
                    return null;
                });
                // a sort is worked out in the background; the step ends when its order is on screen
                long settled = awaitFx(() -> !model.sortingProperty().get());
                long end = pulses.after(settled);
                samples.add(end - start, fxCpu() - cpu, probe.reset());
            }
            steps.add(samples.step(LibraryReport.Kind.WINDOW, name));
        }

        /**
         * FX-thread time of an action plus the CSS and layout passes of the pulse after it, and the FX
         * thread's CPU time from the action to the end of that layout.
         */
        private void fxStep(Samples samples, Runnable action) throws InterruptedException {
            long[] acted = new long[2];
            long cpu = fxCpu();
            onFx(() -> {
                acted[0] = System.nanoTime();
                action.run();
                acted[1] = System.nanoTime();
                return null;
            });
            pulses.after(acted[1]);
            samples.add(acted[1] - acted[0] + pulses.lastLayoutNanos(), fxCpu() - cpu, 0);
        }

        private long fxCpu() {
            return THREADS.getThreadCpuTime(fxThread.threadId());
        }

        /** Polls until the condition holds on the FX thread; returns when it was seen to (nanoTime). */
        private long awaitFx(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FX_TIMEOUT_SECONDS);
            while (true) {
                long seen = onFx(() -> condition.getAsBoolean() ? System.nanoTime() : -1L);
                if (seen >= 0) {
                    return seen;
                }
                check(failure.get() == null, "the library failed: " + failure.get());
                check(System.nanoTime() < deadline, "the library did not load in " + FX_TIMEOUT_SECONDS + " s");
                Thread.sleep(2);
            }
        }
    }

    /**
     * When each pulse's CSS and layout passes started and ended. {@link #after} waits for the first pulse
     * that starts after a given moment, so "until laid out" includes the wait for that pulse (at most one
     * frame, 1/60 s, when the FX thread is idle).
     */
    private static final class PulseClock {
        private final Object lock = new Object();
        private long preLayout; // FX thread only
        private long lastStart;
        private long lastEnd;

        void attach(Scene scene) {
            scene.addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                synchronized (lock) {
                    lastStart = preLayout;
                    lastEnd = now;
                    lock.notifyAll();
                }
            });
        }

        /** Waits for the layout of a pulse that starts after {@code moment} (a nanoTime); returns its end. */
        long after(long moment) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FX_TIMEOUT_SECONDS);
            synchronized (lock) {
                while (lastStart <= moment) {
                    check(System.nanoTime() < deadline, "no JavaFX pulse for " + FX_TIMEOUT_SECONDS + " s");
                    Platform.runLater(Platform::requestNextPulse);
                    lock.wait(20);
                }
                return lastEnd;
            }
        }

        /** How long the CSS and layout passes of the last pulse took. */
        long lastLayoutNanos() {
            synchronized (lock) {
                return lastEnd - lastStart;
            }
        }
    }

    /**
     * Keeps one tiny task queued on the FX thread and records how long each waited to run: the longest
     * wait is the longest stretch in which the window could not react to anything.
     */
    private static final class StallProbe {
        private volatile boolean running;
        private long longest;
        private Thread thread;

        synchronized void start() {
            running = true;
            thread = new Thread(this::loop, "od-bench-fx-probe");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(TimeUnit.SECONDS.toMillis(FX_TIMEOUT_SECONDS));
        }

        /** The longest wait since the last reset. */
        synchronized long reset() {
            long l = longest;
            longest = 0;
            return l;
        }

        private void loop() {
            while (running) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                Platform.runLater(ran::countDown);
                try {
                    ran.await();
                    long waited = System.nanoTime() - posted;
                    synchronized (this) {
                        longest = Math.max(longest, waited);
                    }
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Starts JavaFX on its headless platform (unless {@code glass.platform} says otherwise), or joins a
     * toolkit that is already running, as it is in the test JVM.
     */
    private static void startToolkit() throws InterruptedException {
        setIfAbsent("glass.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        check(started.await(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS), "JavaFX did not start");
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static <T> T onFx(Callable<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the library window failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer in " + FX_TIMEOUT_SECONDS + " s", e);
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** The benchmark asks nothing; an error the library shows is kept, and fails the run. */
    private static final class BenchDialogs implements DialogService {
        private final AtomicReference<Throwable> failure;

        BenchDialogs(AtomicReference<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public void showError(String title, String message, Throwable details) {
            failure.compareAndSet(null, new IllegalStateException(title + ": " + message, details));
        }

        @Override
        public void showInfo(String title, String message) {}

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<Path> chooseNewCaseFolder(Path suggested) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseCaseFolder() {
            return Optional.empty();
        }

        @Override
        public List<Path> chooseFilesToImport() {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolderToImport() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<ActorChoice> chooseActor(String title, String words, List<Actor> actors, boolean allowNew) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.empty();
        }

        @Override
        public Optional<RelationshipChoice> chooseRelationship(Actor from, List<Actor> others) {
            return Optional.empty();
        }

        @Override
        public Optional<org.opendossier.ui.dialog.EvidenceChoice> chooseEvidence(
                String quote, List<org.opendossier.model.Claim> claims, List<Actor> actors) {
            return Optional.empty();
        }

        @Override
        public Optional<org.opendossier.model.Claim> chooseClaim(
                String title, List<org.opendossier.model.Claim> claims) {
            return Optional.empty();
        }

        @Override
        public Optional<org.opendossier.ui.dialog.ClaimRelationChoice> chooseClaimRelation(
                org.opendossier.model.Claim from, List<org.opendossier.model.Claim> others) {
            return Optional.empty();
        }
    }
}
