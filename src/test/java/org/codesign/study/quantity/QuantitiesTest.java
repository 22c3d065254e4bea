package org.codesign.study.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.codesign.cost.LayerCost;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Metric;
import org.codesign.eval.StandardModels;
import org.codesign.space.CodesignSpace;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values, units and titles of each kind of quantity, read off the stored points of the classroom sample. */
class QuantitiesTest {
    private static Study classroom;
    private static Quantities q;
    private static RunPoints points;

    @BeforeAll
    static void load() throws Exception {
        classroom = Samples.load("classroom-small.codesign.json");
        q = Quantities.of(classroom);
        points = classroom.runs().get(0).columns();
    }

    @Test
    void metricsKeepTheirStoredValuesAndTheirUnit() {
        Quantity latency = q.byId("latencyMs");
        assertThat(latency.kind()).isEqualTo(Quantity.Kind.METRIC);
        assertThat(latency.title()).isEqualTo("latency (ms)");
        assertThat(q.byId("powerW").title()).isEqualTo("power (W)");
        assertThat(q.byId("energyMJ").title()).isEqualTo("energy per inference (mJ)");
        assertThat(q.byId("accuracy").title()).isEqualTo("top-1 accuracy (%)");
        assertThat(q.byId("energyMJ").description()).isEqualTo("energy per inference");
        assertThat(q.byId("areaMm2").unit()).isEqualTo("mm²");
        assertThat(q.byId("accuracy").unit()).isEqualTo("%");
        for (int r = 0; r < points.size(); r += 97) {
            assertThat(q.value(latency, 0, points, r)).isEqualTo(points.metric(Metric.LATENCY, r));
        }
        assertThat(q.byId("latency")).isSameAs(latency); // the enum's name is accepted too
    }

    @Test
    void macsAndParametersAreShownInMillions() {
        Quantity macs = Quantities.of(Metric.MACS);
        assertThat(macs.title()).isEqualTo("MACs (MMACs)");
        assertThat(q.byId("params").title()).isEqualTo("parameters (M)");
        // the first stored point: 11,934,128 MACs and 1,663,048 parameters
        assertThat(q.raw(macs, 0, points, 0)).isEqualTo(11_934_128.0);
        assertThat(q.value(macs, 0, points, 0)).isCloseTo(11.934128, within(1e-9));
        assertThat(macs.formatWithUnit(q.value(macs, 0, points, 0))).isEqualTo("11.93 MMACs");
        assertThat(q.value(q.byId("params"), 0, points, 0)).isCloseTo(1.663048, within(1e-9));
    }

    @Test
    void parametersAreTheDecodedGenes() {
        Quantity resolution = q.byId("resolution");
        Quantity gpu = q.byId("gpuFreqMHz");
        assertThat(resolution.kind()).isEqualTo(Quantity.Kind.PARAMETER);
        assertThat(resolution.title()).isEqualTo("resolution (px)");
        assertThat(gpu.title()).isEqualTo("gpuFreqMHz (MHz)");
        assertThat(resolution.ordinal()).isFalse();
        CodesignSpace space = classroom.space();
        for (int r = 0; r < points.size(); r += 101) {
            CodesignSpace.Point p = space.decode(points.genome(r));
            assertThat(q.value(resolution, 0, points, r)).isEqualTo(((MobileNetV2Config) p.network()).resolution());
            assertThat(q.value(gpu, 0, points, r)).isEqualTo(((EdgeGpuConfig) p.hardware()).gpuFreqMHz());
        }
        double[] column = q.column(resolution, 0);
        assertThat(column).hasSize(points.size());
        assertThat(java.util.Arrays.stream(column).distinct().sorted().toArray())
                .containsExactly(96, 128, 160, 192, 224);
    }

    @Test
    void onlyParametersThatVaryAreListedButEveryOneIsFound() {
        List<String> ids = q.all().stream().map(Quantity::id).toList();
        assertThat(ids).startsWith("accuracy", "latencyMs", "powerW", "energyMJ", "edp", "areaMm2", "macs", "params");
        assertThat(ids).contains("widthMult", "resolution", "gpuFreqMHz", "emcFreqMHz");
        assertThat(ids).endsWith("utilization", "generation", "run");
        assertThat(ids).doesNotContain("stage1.depth", "device", "cpuFreqMHz"); // one value each
        assertThat(q.byId("cpuFreqMHz").title()).isEqualTo("cpuFreqMHz (MHz)");
        assertThat(q.parameters()).hasSize(classroom.space().genomeLength());
        assertThat(q.parameters().get(0).id()).isEqualTo("widthMult");
        assertThat(q.parameters().get(q.parameters().size() - 1).id()).isEqualTo("emcFreqMHz");
        assertThatThrownBy(() -> q.byId("frequency"))
                .hasMessageStartingWith("quantity: unknown 'frequency' (one of accuracy, latencyMs");
    }

    @Test
    void optionsAreOrdinalWithTheirNamesAsCategories() throws Exception {
        Study dataflow = Samples.load("accelerator-dataflow.codesign.json");
        Quantities dq = Quantities.of(dataflow);
        Quantity df = dq.byId("dataflow");
        assertThat(df.ordinal()).isTrue();
        assertThat(df.unit()).isEmpty();
        List<String> names = dataflow.hardwareSpace().design().parameter("dataflow").values().stream()
                .map(v -> v.label())
                .toList();
        assertThat(df.categories()).isEqualTo(names).hasSizeGreaterThan(1);
        int gene = dataflow.networkSpace().design().genomeLength()
                + dataflow.hardwareSpace().design().indexOf("dataflow");
        int[] genome = new int[dataflow.space().genomeLength()];
        genome[gene] = 1;
        RunPoints one = RunPoints.of(List.of(new EvaluatedPoint(7, 3, genome, java.util.Map.of(), 0, null)));
        assertThat(dq.value(df, 0, one, 0)).isEqualTo(1.0);
        assertThat(df.format(1.0)).isEqualTo(names.get(1));
        assertThat(df.logRefusal(1)).contains("categorical");
    }

    @Test
    void generationAndRunComeFromWhereThePointWasFound() {
        Quantity generation = q.byId("generation");
        Quantity run = q.byId("run");
        int last = points.size() - 1;
        assertThat(q.value(generation, 0, points, last)).isEqualTo(points.generation(last));
        assertThat(run.ordinal()).isTrue();
        assertThat(run.categories()).containsExactly(classroom.runs().get(0).id());
        assertThat(q.value(run, 0, points, last)).isEqualTo(0);
        assertThat(q.withRuns(List.of("a", "b")).byId("run").categories()).containsExactly("a", "b");
    }

    /** The whole network's utilization is the layers' own, weighted by their time. */
    @Test
    void utilizationAgreesWithTheCostModelsLayers() throws Exception {
        assertUtilizationMatchesLayers(classroom, 0);
        assertUtilizationMatchesLayers(Samples.load("accelerator-dataflow.codesign.json"), 0);
        assertUtilizationMatchesLayers(Samples.load("nas-accelerator-joint.codesign.json"), 0);
    }

    private static void assertUtilizationMatchesLayers(Study study, int gene) {
        CodesignSpace space = study.space();
        int[] genome = new int[space.genomeLength()];
        java.util.Arrays.fill(genome, gene);
        CodesignSpace.Point p = space.decode(genome);
        DesignEvaluation e = StandardModels.evaluator("builtin", "edp").evaluate(p.network(), p.hardware());
        assertThat(e.feasible()).as(study.name()).isTrue();
        double time = 0;
        double weighted = 0;
        for (LayerCost c : e.metrics().layers()) {
            time += c.latencyMs();
            weighted += c.utilization() * c.latencyMs();
        }
        RunPoints one = RunPoints.of(
                List.of(new EvaluatedPoint(0, 0, genome, e.metrics().values(), 0, null)));
        Quantities sq = Quantities.of(study);
        Quantity u = sq.byId("utilization");
        assertThat(u.title()).isEqualTo("utilization (%)");
        assertThat(sq.value(u, 0, one, 0)).as(study.name()).isCloseTo(100 * weighted / time, within(1e-6));
        assertThat(sq.value(u, 0, one, 0)).isBetween(0.0, 100.0);
    }

    @Test
    void formatsAndRefusesLogScalesWithAReason() {
        Quantity latency = q.byId("latencyMs");
        assertThat(latency.format(12.3456)).isEqualTo("12.35");
        assertThat(latency.format(0.00123456)).isEqualTo("0.001235");
        assertThat(latency.format(123456.7)).isEqualTo("123,457");
        assertThat(latency.format(Double.NaN)).isEmpty();
        assertThat(latency.logRefusal(0.5)).isNull();
        assertThat(q.byId("generation").logRefusal(0))
                .isEqualTo("log scale: generation has a value ≤ 0 (0), which a log scale cannot show");
    }
}
