package org.codesign.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * This JVM's member of a cluster: a worker, which evaluates what coordinators send, or a run's
 * coordinator, which sends batches and receives their results ({@link #batches}).
 */
public final class ClusterMember implements AutoCloseable {
    private final HazelcastInstance instance;
    /** Designs each worker returned to this coordinator, by host:port (what a window shows as rates). */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> returned =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ClusterMember(HazelcastInstance instance) {
        this.instance = instance;
    }

    /** Starts a worker running {@code threads} evaluations at once (joins the cluster if it finds one). */
    public static ClusterMember worker(ClusterSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads: a worker needs at least 1 thread, got " + threads);
        }
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(MemberConfigs.worker(settings, threads));
        hz.getUserContext().put(WorkerRuntime.KEY, new WorkerRuntime(hz));
        return new ClusterMember(hz);
    }

    /** Starts a run's coordinator. */
    public static ClusterMember coordinator(ClusterSettings settings) {
        return new ClusterMember(Hazelcast.newHazelcastInstance(MemberConfigs.coordinator(settings)));
    }

    HazelcastInstance instance() {
        return instance;
    }

    /** host:port this member listens on. */
    public String address() {
        return format(instance.getCluster().getLocalMember());
    }

    /** Every member of the cluster, this one included. */
    public List<MemberInfo> members() {
        List<MemberInfo> out = new ArrayList<>();
        for (Member m : instance.getCluster().getMembers()) {
            out.add(new MemberInfo(format(m), isWorker(m), threads(m)));
        }
        return out;
    }

    /** Tells {@code to} in a sentence when a member joins or leaves (a worker's console shows it). */
    public void onMembershipChange(java.util.function.Consumer<String> to) {
        instance.getCluster().addMembershipListener(new com.hazelcast.cluster.MembershipListener() {
            @Override
            public void memberAdded(com.hazelcast.cluster.MembershipEvent e) {
                to.accept(role(e.getMember()) + " " + format(e.getMember()) + " joined");
            }

            @Override
            public void memberRemoved(com.hazelcast.cluster.MembershipEvent e) {
                to.accept(role(e.getMember()) + " " + format(e.getMember()) + " left");
            }
        });
    }

    private static String role(Member m) {
        return isWorker(m) ? "worker" : "coordinator";
    }

    /** Designs this member evaluated (0 unless a worker). */
    public long evaluated() {
        Object w = instance.getUserContext().get(WorkerRuntime.KEY);
        return w instanceof WorkerRuntime r ? r.evaluated() : 0;
    }

    /**
     * What this worker did, in a sentence (its console's last line): designs evaluated, shapes
     * its mapper searched and shapes it took from the shared map instead.
     */
    public String workSummary() {
        Object w = instance.getUserContext().get(WorkerRuntime.KEY);
        if (!(w instanceof WorkerRuntime r)) {
            return "evaluated nothing (not a worker)";
        }
        SharedMappings.Traffic t = r.mappingTraffic();
        return "evaluated " + r.evaluated() + " designs; searched " + t.published() + " layer shapes, took " + t.found()
                + " of " + t.gets() + " looked up in the cluster's map";
    }

    /** Batches evaluated on the cluster's workers with the study's mapper objective. */
    public ClusterEvaluator batches(String mapperObjective) {
        return new ClusterEvaluator(instance, mapperObjective, this::countReturned);
    }

    private void countReturned(String worker, int designs) {
        returned.computeIfAbsent(worker, w -> new java.util.concurrent.atomic.LongAdder())
                .add(designs);
    }

    /** Designs each worker (host:port) evaluated for this coordinator so far. */
    public java.util.Map<String, Long> returnedBy() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        returned.forEach((w, n) -> out.put(w, n.sum()));
        return out;
    }

    static boolean isWorker(Member m) {
        return MemberConfigs.WORKER.equals(m.getAttribute(MemberConfigs.ROLE));
    }

    static int threads(Member m) {
        try {
            return Integer.parseInt(m.getAttribute(MemberConfigs.THREADS));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String format(Member m) {
        return m.getAddress().getHost() + ":" + m.getAddress().getPort();
    }

    @Override
    public void close() {
        instance.shutdown();
    }
}
