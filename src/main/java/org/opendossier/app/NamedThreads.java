package org.opendossier.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Every thread the app starts has a name that says which executor it belongs to. */
final class NamedThreads {
    private NamedThreads() {}

    static ThreadFactory factory(String prefix, boolean daemon) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(daemon);
            return t;
        };
    }

    static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(factory(name, true));
    }

    static ExecutorService fixed(String prefix, int threads) {
        return Executors.newFixedThreadPool(threads, factory(prefix, true));
    }
}
