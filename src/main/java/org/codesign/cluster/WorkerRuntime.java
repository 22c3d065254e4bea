package org.codesign.cluster;

import com.hazelcast.core.HazelcastInstance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.DesignResult;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.study.ConfigJson;

/**
 * What a worker member evaluates with: one evaluator per mapper objective, whose mapper shares the
 * cluster's mapping cache, and a count of the designs it evaluated. Kept in the member's user
 * context, so members in one JVM (tests) keep theirs apart.
 */
final class WorkerRuntime {
    static final String KEY = "codesign.worker";

    private final HazelcastInstance member;
    private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();
    private final AtomicLong evaluated = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();
    private final SharedMappings mappings;

    WorkerRuntime(HazelcastInstance member) {
        this.member = member;
        this.mappings = new SharedMappings(member.getMap(SharedMappings.MAP));
    }

    static WorkerRuntime of(HazelcastInstance member) {
        Object runtime = member.getUserContext().get(KEY);
        if (!(runtime instanceof WorkerRuntime w)) {
            throw new IllegalStateException("this member is not a worker");
        }
        return w;
    }

    long evaluated() {
        return evaluated.get();
    }

    /** Wall time spent in tasks, summed over this member's threads: 1 - busy / (threads × elapsed) is its idle share. */
    long busyNanos() {
        return busyNanos.get();
    }

    SharedMappings.Traffic mappingTraffic() {
        return mappings.traffic();
    }

    BatchReply evaluate(String mapperObjective, String[] networks, String[] hardware) {
        String me = ClusterMember.format(member.getCluster().getLocalMember());
        long start = System.nanoTime();
        try {
            Evaluator evaluator = evaluators.computeIfAbsent(
                    mapperObjective, o -> StandardModels.evaluator(AccuracyModel.defaultModel(), o, mappings));
            DesignResult[] results = new DesignResult[networks.length];
            for (int i = 0; i < networks.length; i++) {
                NetworkConfig network = ConfigJson.parseNetwork("network " + i, networks[i]);
                HardwareConfig hw =
                        hardware[i].isEmpty() ? null : ConfigJson.parseHardware("hardware " + i, hardware[i]);
                results[i] = DesignResult.of(evaluator.evaluate(network, hw));
                evaluated.incrementAndGet();
            }
            return BatchReply.of(results, me);
        } catch (Exception e) {
            // a design that fails fails the run, with its message: nothing but text crosses back
            return BatchReply.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), me);
        } finally {
            mappings.publish();
            busyNanos.addAndGet(System.nanoTime() - start);
        }
    }
}
