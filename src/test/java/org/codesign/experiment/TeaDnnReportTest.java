package org.codesign.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.eval.StandardModels;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;

/** The committed TEA-DNN report was regenerated with the current edge-GPU model and explains its mechanism. */
class TeaDnnReportTest {

    @Test
    void theCommittedReportCarriesTheModelChangeAndTheKernelSizeMechanism() throws Exception {
        String report = Files.readString(Path.of("samples/reports/tea-dnn/report.md"));
        assertThat(report)
                .contains("## What changed with the edge-GPU model of issue 15")
                .contains(TeaDnnExperiment.MODEL_CHANGE)
                .contains("Setting every kernel of the fixed network from 3 to 7 adds")
                .doesNotContain("fixed per-layer launch overhead, so latency follows the number of layers");
    }

    @Test
    void aLargerDepthwiseKernelCostsLittleOnTheTx2AndMuchOnTheAccelerator() throws Exception {
        Study gpu = Samples.load(TeaDnnExperiment.GPU_SAMPLE);
        Study acc = Samples.load(TeaDnnExperiment.ACCELERATOR_SAMPLE);
        MbV3OfaConfig network = (MbV3OfaConfig) gpu.fixedNetwork();
        KernelSizeProbe onGpu =
                KernelSizeProbe.of(network, StandardModels.evaluator("builtin", "edp"), gpu.fixedHardware());
        KernelSizeProbe onAcc =
                KernelSizeProbe.of(network, StandardModels.evaluator("builtin", "edp"), acc.fixedHardware());
        assertThat(onGpu.increase()).as("TX2: kernels 3 -> 7").isBetween(0.0, 0.10);
        assertThat(onAcc.increase()).as("accelerator: kernels 3 -> 7").isGreaterThan(3 * onGpu.increase());
        MbV3OfaConfig sevens = KernelSizeProbe.withKernels(network, 7);
        assertThat(sevens.depths()).isEqualTo(network.depths());
        assertThat(sevens.expandRatios()).isEqualTo(network.expandRatios());
        assertThat(sevens.kernels()).allSatisfy(stage -> assertThat(stage).containsOnly(7));
    }
}
