package org.codesign.cluster;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this JVM's threads between two moments, grouped by what the thread does (the
 * Hazelcast instance's name and the thread's number taken out of its name): where a cluster
 * evaluation's CPU goes. Threads that ended in between are only in the process total.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> start = new HashMap<>();
    private final Map<String, Long> jvmStart = jvmThreads();
    private final long processStart = processNanos();

    private ThreadCpu() {
        for (long id : THREADS.getAllThreadIds()) {
            start.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
        }
    }

    /**
     * CPU ns of the JVM's own threads (GC, JIT compilers, VM thread), which the thread bean does not
     * list, by native thread id and group, from /proc (Linux; 10 ms ticks): where the garbage and
     * the compiling of a configuration show. Empty elsewhere.
     */
    private static Map<String, Long> jvmThreads() {
        Map<String, Long> out = new HashMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return out;
        }
        long tick = 10_000_000L; // USER_HZ = 100 on Linux
        for (java.io.File t : tasks) {
            try {
                String comm = java.nio.file.Files.readString(t.toPath().resolve("comm"))
                        .trim();
                String group = jvmGroup(comm);
                if (group == null) {
                    continue;
                }
                String stat = java.nio.file.Files.readString(t.toPath().resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name
                out.put(group + "#" + t.getName(), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick);
            } catch (java.io.IOException | RuntimeException e) {
                // the thread ended between the listing and the read
            }
        }
        return out;
    }

    private static String jvmGroup(String comm) {
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "jvm GC";
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "jvm JIT";
        }
        if (comm.startsWith("VM Thread")) {
            return "jvm VM thread";
        }
        return null;
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Process CPU ns since the start. */
    long process() {
        return processNanos() - processStart;
    }

    /** CPU ns since the start by group, sorted by name; "(ended threads, rest)" is the rest of the process. */
    Map<String, Long> byGroup() {
        long process = process();
        Map<String, Long> out = new TreeMap<>();
        long counted = 0;
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = THREADS.getThreadCpuTime(info.getThreadId());
            long used = Math.max(0, now - start.getOrDefault(info.getThreadId(), 0L));
            if (used > 0) {
                out.merge(group(info.getThreadName()), used, Long::sum);
                counted += used;
            }
        }
        Map<String, Long> jvmNow = jvmThreads();
        jvmNow.forEach((thread, ns) -> {
            long used = Math.max(0, ns - jvmStart.getOrDefault(thread, 0L));
            out.merge(thread.substring(0, thread.indexOf('#')), used, Long::sum);
        });
        counted += jvmNow.keySet().stream()
                .mapToLong(t -> Math.max(0, jvmNow.get(t) - jvmStart.getOrDefault(t, 0L)))
                .sum();
        out.put("(ended threads, rest)", Math.max(0, process - counted));
        return out;
    }

    /** "hz.codesign-bench-1x2-….partition-operation.thread-3" → "hz partition-operation.thread". */
    static String group(String thread) {
        String name = thread;
        if (name.startsWith("hz.")) {
            // instance names ("codesign-NAME-UUID") hold no '.': the role follows the next dot
            int dot = name.indexOf('.', 3);
            name = "hz " + (dot < 0 ? name.substring(3) : name.substring(dot + 1));
        }
        return name.replaceAll("[-_]?\\d+$", "").replaceAll("-\\d+-", "-");
    }
}
