package org.opendossier.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a timed path's processor time went: the whole process's CPU seconds (every thread, the JIT and the
 * garbage collector included), the time the JIT compilers reported compiling, and user and kernel seconds
 * per group of live threads (a pool's threads {@code od-import-1}, {@code od-import-2}... make one group).
 * On a machine with few cores, a path that needs more CPU seconds than its elapsed time times the cores
 * cannot be sped up by threads, only by doing less; this is what shows it.
 */
final class CpuMeter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private CpuMeter() {}

    /** A thread's user and total CPU nanoseconds at one moment. */
    private record ThreadTimes(String name, long userNanos, long cpuNanos) {}

    /** Everything measured at one moment, to subtract from a later reading. */
    record Reading(long processCpuNanos, long compileMillis, Map<Long, ThreadTimes> threads) {}

    /** One group of threads: user and kernel seconds between two readings. */
    record ThreadGroup(String name, double userSeconds, double kernelSeconds) {
        double seconds() {
            return userSeconds + kernelSeconds;
        }
    }

    /**
     * What a path used between two readings.
     *
     * @param jitSeconds compilation time the JVM reports (elapsed time of its compiler threads), or 0 when
     *     the JVM does not report it
     * @param threads per group of threads alive at the end, busiest first; threads that ended during the
     *     path (and the JVM's own compiler and GC threads) are in {@code cpuSeconds} only
     */
    record Usage(double cpuSeconds, double jitSeconds, List<ThreadGroup> threads) {
        Usage {
            threads = List.copyOf(threads);
        }
    }

    static Reading read() {
        if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        Map<Long, ThreadTimes> threads = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue; // ended between listing and asking
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            long user = THREADS.getThreadUserTime(info.getThreadId());
            if (cpu >= 0 && user >= 0) {
                threads.put(info.getThreadId(), new ThreadTimes(info.getThreadName(), user, cpu));
            }
        }
        long compile = JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
        return new Reading(processCpuNanos(), compile, threads);
    }

    static Usage since(Reading before) {
        Reading now = read();
        Map<String, long[]> groups = new LinkedHashMap<>();
        now.threads().forEach((id, t) -> {
            ThreadTimes then = before.threads().get(id);
            long user = t.userNanos() - (then == null ? 0 : then.userNanos());
            long cpu = t.cpuNanos() - (then == null ? 0 : then.cpuNanos());
            if (cpu > 0) {
                long[] sums = groups.computeIfAbsent(group(t.name()), g -> new long[2]);
                sums[0] += user;
                sums[1] += cpu - user;
            }
        });
        List<ThreadGroup> out = new ArrayList<>();
        groups.forEach((name, sums) -> out.add(new ThreadGroup(name, sums[0] / 1e9, Math.max(0, sums[1]) / 1e9)));
        out.sort((a, b) -> Double.compare(b.seconds(), a.seconds()));
        return new Usage(
                (now.processCpuNanos() - before.processCpuNanos()) / 1e9,
                (now.compileMillis() - before.compileMillis()) / 1e3,
                out);
    }

    /** A pool's threads share a name up to their number: {@code od-import-3} is in {@code od-import}. */
    static String group(String threadName) {
        return threadName.replaceFirst("[-#\\s]*\\d+$", "");
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
