package org.codesign.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.codesign.cluster.ClusterMember;
import org.codesign.cluster.MemberInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code codesign worker --cluster NAME --secret-file F}: a member that evaluates runs' designs. */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Start a worker of a cluster: it evaluates the designs of runs started with",
            "codesign run ... --cluster NAME, and shares mappings with the other workers.",
            "It listens on 127.0.0.1 unless --interface is given, and runs until stopped (Ctrl-C).",
            "Hazelcast's community edition has no TLS: keep the cluster on a trusted network."
        })
final class WorkerCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(
            names = "--threads",
            paramLabel = "T",
            defaultValue = "0",
            description = "Evaluations at once; 0 = all cores (default).")
    int threads;

    @Override
    public Integer call() throws Exception {
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 0) {
            throw new UserError("--threads: must be 0 (all cores) or more, got " + threads);
        }
        ClusterMember member = ClusterMember.worker(cluster.settings(), t);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("worker stopping: " + member.workSummary());
            member.close();
            stopped.countDown();
        }));
        member.onMembershipChange(System.err::println);
        int workers = (int) member.members().stream().filter(MemberInfo::worker).count();
        System.err.println("worker of cluster " + cluster.name + " on " + member.address() + " with " + t + " threads; "
                + workers + " worker(s) in the cluster");
        stopped.await();
        return 0;
    }
}
