package org.codesign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.eval.Evaluator;
import org.codesign.study.Study;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOSA-style table: both networks on a tiny budget, and both sides counting EDP and effort alike. */
class DosaEdpComparisonTest {

    private static Study sample() throws Exception {
        return SampleSource.bundled().load(AcceleratorDataflowExperiment.SAMPLE);
    }

    @Test
    void theExperimentOnATinyBudgetWritesBothNetworksRowsAtEqualModelEvaluations(@TempDir Path out) throws Exception {
        Map<String, Study> studies = DosaEdpComparison.studies(sample());
        assertThat(studies.keySet()).containsExactly(DosaEdpComparison.RESNET, DosaEdpComparison.MBV3);
        assertEquals(
                "mbv3-ofa", studies.get(DosaEdpComparison.MBV3).fixedNetwork().template());

        List<String> log = new ArrayList<>();
        Path report = ExperimentRunner.run(
                Experiments.byName("dosa-edp"),
                new ExperimentSettings(1, 4, 2),
                SampleSource.bundled(),
                out,
                "cmd",
                log::add);

        // "DOSA-style, NET, seed 1: nlp-local EDP X with N model evaluations (..), random Y with N (..): R×"
        Pattern line = Pattern.compile(
                "DOSA-style, (.+), seed 1: nlp-local EDP (\\S+) with (\\d+) model evaluations .*, random (\\S+) with (\\d+) .*");
        List<String> networks = new ArrayList<>();
        for (String l : log) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                networks.add(m.group(1));
                assertEquals(m.group(3), m.group(5), l + ": equal model evaluations");
                assertThat(Long.parseLong(m.group(3)))
                        .as("relaxed solves and mapping count")
                        .isGreaterThan(4);
                assertThat(Double.parseDouble(m.group(2))).isPositive().isFinite();
                assertThat(Double.parseDouble(m.group(4))).isPositive().isFinite();
            }
        }
        assertThat(networks).containsExactly("ResNet-18", "mbv3-ofa default");
        assertThat(Files.readString(report))
                .contains("## Best EDP against random hardware-and-mapping search (DOSA style)")
                .contains("| ResNet-18 |")
                .contains("| mbv3-ofa default |")
                .contains("2.80×")
                .contains("best EDP vs. random hardware-and-mapping search at equal model evaluations")
                .contains("For scale, random hardware with our mapper");
    }

    @Test
    void theRandomSidesEdpIsTheEvaluatorsEdpForTheSameMappings() throws Exception {
        Study study = sample();
        Mapper mapper = new Mapper();
        Evaluator evaluator = Evaluators.cold(study.model(), mapper);
        double evaluated = evaluator
                .evaluate(study.fixedNetwork(), study.fixedHardware())
                .metrics()
                .edp();

        Network network = NetworkBuilder.build(study.fixedNetwork());
        AcceleratorCostModel model =
                (AcceleratorCostModel) evaluator.costModel(study.fixedHardware().template());
        AcceleratorCostModel.DesignMappings m = model.mappings(network, study.fixedHardware());
        Map<ConvProblem, Integer> shapes = RelaxedModel.shapes(network);
        List<Analysis> perShape = new ArrayList<>();
        long analysed = 0;
        for (ConvProblem shape : shapes.keySet()) {
            MapResult r = m.mappings().get(m.problems().indexOf(shape));
            perShape.add(r.analysis());
            analysed += r.evaluations();
        }
        double summed = ModelEvaluations.edp(shapes, perShape, m.architecture().clockHz());
        assertEquals(evaluated, summed, 1e-9 * evaluated, "EDP in mJ·ms on both sides");
        // the mapper's count is the sum of its searches' analyses, one search per distinct shape
        assertEquals(analysed, mapper.analysedMappings());
        assertThat(shapes.size()).isLessThan(network.layers().size());
    }

    @Test
    void layerAnalysesCountAsWholeNetworksRoundedUp() {
        assertEquals(0, ModelEvaluations.ofLayerAnalyses(0, 12));
        assertEquals(1, ModelEvaluations.ofLayerAnalyses(1, 12));
        assertEquals(1, ModelEvaluations.ofLayerAnalyses(12, 12));
        assertEquals(2, ModelEvaluations.ofLayerAnalyses(13, 12));
    }
}
