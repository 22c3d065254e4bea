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
    private final long processStart = processNanos();

    private ThreadCpu() {
        for (long id : THREADS.getAllThreadIds()) {
            start.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
        }
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

    /** CPU ns since the start by group, sorted by name; "(ended threads, GC, JIT)" is the rest of the process. */
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
        out.put("(ended threads, GC, JIT)", Math.max(0, process - counted));
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
