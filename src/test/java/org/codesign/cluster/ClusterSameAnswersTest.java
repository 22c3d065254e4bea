package org.codesign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation is a pure function: a seeded run finds the same study, bit for bit, on 1 thread, on 2
 * threads and on a cluster of 2 and then 3 workers (in this JVM, on 127.0.0.1), whose mapping
 * cache is shared through the cluster's map.
 */
class ClusterSameAnswersTest {
    @TempDir
    Path dir;

    @Test
    void aSeededRunGivesTheSameStudyOnThreadsAndOnWorkers() throws Exception {
        Study study = LoopbackClusters.study("accelerator-dataflow.codesign.json");
        RunSpec spec =
                RunSpec.of(Algorithm.parse("nsga2"), CodesignMode.JOINT, 36, 11).withPopulation(12);
        List<LoopbackClusters.Point> oneThread = LoopbackClusters.run(study, spec.withThreads(1), null);
        List<LoopbackClusters.Point> twoThreads = LoopbackClusters.run(study, spec.withThreads(2), null);

        ClusterSecret secret = LoopbackClusters.secret(dir, "a-secret-of-sixteen-or-more");
        ClusterSettings first = LoopbackClusters.settings("same-answers", secret, LoopbackClusters.PORT, List.of());
        try (ClusterMember a = ClusterMember.worker(first, 1)) {
            ClusterSettings join =
                    LoopbackClusters.settings("same-answers", secret, LoopbackClusters.PORT, List.of(a.address()));
            List<LoopbackClusters.Point> twoWorkers;
            List<LoopbackClusters.Point> threeWorkers;
            try (ClusterMember b = ClusterMember.worker(join, 1);
                    ClusterMember coordinator = ClusterMember.coordinator(join)) {
                assertThat(coordinator.members()).filteredOn(MemberInfo::worker).hasSize(2);
                twoWorkers = LoopbackClusters.run(study, spec, coordinator.batches("edp"));
                assertThat(a.evaluated()).isPositive();
                assertThat(b.evaluated()).isPositive();
                try (ClusterMember c = ClusterMember.worker(join, 1)) {
                    assertThat(coordinator.members())
                            .filteredOn(MemberInfo::worker)
                            .hasSize(3);
                    threeWorkers = LoopbackClusters.run(study, spec, coordinator.batches("edp"));
                }
                // the second cluster run found every mapping in the cluster's map
                assertThat(a.instance().getMap(SharedMappings.MAP).size()).isPositive();
            }
            assertThat(oneThread).hasSize(36).anyMatch(p -> p.evaluation().isFeasible());
            assertThat(twoThreads).containsExactlyElementsOf(oneThread);
            assertThat(twoWorkers).containsExactlyElementsOf(oneThread);
            assertThat(threeWorkers).containsExactlyElementsOf(oneThread);
        }
    }
}
