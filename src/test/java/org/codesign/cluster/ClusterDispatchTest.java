package org.codesign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.executor.LocalExecutorStats;
import java.nio.file.Path;
import java.util.List;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.DesignResult;
import org.codesign.space.CodesignSpace;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker is sent a chunk only when one of its threads is free, so no chunk waits in a worker's
 * queue while another worker idles (Hazelcast's member selector places tasks at random: two
 * one-thread workers given four chunks at once queued at least two, a third of the workers' time
 * idle in ClusterIdleBench). The results are the local evaluator's, in batch order.
 */
class ClusterDispatchTest {
    @TempDir
    Path dir;

    @Test
    void chunksGoToFreeThreadsAndNoneWaitsInAWorkersQueue() throws Exception {
        Study study = LoopbackClusters.study("accelerator-dataflow.codesign.json");
        List<CodesignSpace.Point> designs = ClusterBench.randomDesigns(study.space(), 16, 7);
        ClusterSecret secret = LoopbackClusters.secret(dir, "dispatch-secret-0123456789");
        int port = LoopbackClusters.PORT + 20;
        try (ClusterMember a =
                ClusterMember.worker(LoopbackClusters.settings("dispatch", secret, port, List.of()), 1)) {
            ClusterSettings join = LoopbackClusters.settings("dispatch", secret, port, List.of(a.address()));
            try (ClusterMember b = ClusterMember.worker(join, 1);
                    ClusterMember coordinator = ClusterMember.coordinator(join)) {
                DesignResult[] results = coordinator.batches("edp").evaluate(designs, () -> false);

                Evaluator local = StandardModels.evaluator("builtin", "edp");
                for (int i = 0; i < designs.size(); i++) {
                    CodesignSpace.Point p = designs.get(i);
                    assertThat(results[i]).isEqualTo(DesignResult.of(local.evaluate(p.network(), p.hardware())));
                }
                long waited = 0;
                long ran = 0;
                long tasks = 0;
                for (ClusterMember w : List.of(a, b)) {
                    LocalExecutorStats stats = w.instance()
                            .getExecutorService(MemberConfigs.EXECUTOR)
                            .getLocalExecutorStats();
                    waited += stats.getTotalStartLatency();
                    ran += stats.getTotalExecutionLatency();
                    tasks += stats.getCompletedTaskCount();
                }
                // 2 threads x 2 chunks each; sent all at once, half of them would wait a chunk's time
                assertThat(tasks).isEqualTo(4);
                assertThat(waited)
                        .as("ms chunks waited in a queue, of %d ms run", ran)
                        .isLessThan(ran / 8);
            }
        }
    }
}
