package org.codesign.cost.timeloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.AnalysisJson;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.HardwareConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.workload.Network;
import org.codesign.workload.ReferenceNetworks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export → read back: every dataflow of the spatial accelerator (row-stationary with its column
 * and row containers and its bypassing global buffer, weight-stationary, output- and
 * input-stationary with the pinned tensor bypassing the global buffer), 8- and 16-bit words
 * (two-word register-file blocks) and the systolic array (two fan-outs, a throttled DRAM) export
 * as Timeloop files whose reading gives our cycles, energy and every per-level count bit for bit.
 */
class TimeloopExportRoundTripTest {

    static Stream<HardwareConfig> designs() {
        return Stream.of(
                new SpatialAcceleratorConfig(
                        Dataflow.ROW_STATIONARY, 12, 14, 192, 12, 16, 108, DramType.LPDDR4, 200, 45, 16),
                new SpatialAcceleratorConfig(
                        Dataflow.WEIGHT_STATIONARY, 16, 16, 192, 12, 16, 64, DramType.LPDDR4, 400, 45, 16),
                new SpatialAcceleratorConfig(
                        Dataflow.OUTPUT_STATIONARY, 8, 8, 64, 4, 32, 32, DramType.DDR3, 700, 32, 8),
                new SpatialAcceleratorConfig(
                        Dataflow.INPUT_STATIONARY, 4, 8, 16, 24, 4, 256, DramType.HBM2, 1000, 65, 16),
                new SpatialAcceleratorConfig(
                        Dataflow.ROW_STATIONARY, 8, 16, 64, 24, 32, 64, DramType.LPDDR4, 200, 45, 8),
                new SystolicConfig(8, 8, 4, 512, 4.0, DramType.LPDDR4, 500, 45, 8));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void exportedFilesReadBackToOurNumbers(HardwareConfig hw, @TempDir Path dir) throws Exception {
        Network alexNet = ReferenceNetworks.alexNet();
        AcceleratorCostModel model = new AcceleratorCostModel();
        AcceleratorCostModel.DesignMappings m = model.mappings(alexNet, hw);
        List<TimeloopDesignFiles.LayerMapping> layers = new ArrayList<>();
        for (int i = 0; i < m.problems().size(); i++) {
            layers.add(new TimeloopDesignFiles.LayerMapping(
                    m.problems().get(i),
                    m.mappings().get(i).mapping(),
                    m.mappings().get(i).analysis()));
        }
        TimeloopDesignFiles.Written w = TimeloopDesignFiles.write(dir, "test", m.architecture(), layers);
        assertEquals(alexNet.layers().size(), w.problemFiles().size());
        for (int i = 0; i < layers.size(); i++) {
            TimeloopCase c = TimeloopReader.read(TimeloopDesignFiles.inputs(
                    dir, w.problemFiles().get(i), w.mappingFiles().get(i)));
            Analysis theirs = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
            Analysis ours = layers.get(i).analysis();
            assertEquals(ours.cycles(), theirs.cycles(), w.problemFiles().get(i));
            assertEquals(
                    ours.energyPJ(), theirs.energyPJ(), 0.0, w.problemFiles().get(i));
            assertEquals(
                    AnalysisJson.toJson(ours),
                    AnalysisJson.toJson(theirs),
                    w.problemFiles().get(i));
            assertEquals(
                    m.architecture().storage().size(),
                    c.architecture().storage().size());
            for (int s = 0; s < c.architecture().storage().size(); s++) {
                for (Tensor t : Tensor.values()) {
                    assertEquals(
                            m.architecture().storage().get(s).keeps(t),
                            c.architecture().storage().get(s).keeps(t),
                            "bypass of " + t + " at "
                                    + c.architecture().storage().get(s).name());
                }
            }
        }
        String arch = Files.readString(dir.resolve("arch.yaml"));
        assertTrue(arch.contains("!Container") && arch.contains("!Component"), arch);
        assertTrue(Files.readString(dir.resolve("README.md")).contains("timeloop-model arch.yaml ERT.yaml ART.yaml"));
    }
}
