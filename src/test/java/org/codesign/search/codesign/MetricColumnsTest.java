package org.codesign.search.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.eval.StandardModels;
import org.codesign.search.EvaluationLog;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.junit.jupiter.api.Test;

class MetricColumnsTest {

    @Test
    void metricsReadBackBitForBitWithAbsentOnesStillAbsent() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.ACCURACY, 76.25);
        values.put(Metric.LATENCY, -0.0);
        values.put(Metric.POWER, Double.NaN); // present, but without a value
        values.put(Metric.MACS, Double.MIN_VALUE);
        values.put(Metric.PARAMS, Double.POSITIVE_INFINITY);
        PointMetrics m = new PointMetrics(values);
        double[] row = new double[3 + MetricColumns.INSTANCE.width()];

        assertThat(MetricColumns.INSTANCE.write(m, row, 3)).isTrue();
        PointMetrics back = (PointMetrics) MetricColumns.INSTANCE.read(row, 3);

        assertThat(back).isEqualTo(m);
        assertThat(back.values()).doesNotContainKeys(Metric.AREA, Metric.ENERGY, Metric.EDP);
        assertThat(Double.doubleToRawLongBits(back.get(Metric.LATENCY))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void aValueWithTheAbsentBitPatternIsLeftToTheLogAsAnObject() {
        double absentBits = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        PointMetrics m = new PointMetrics(Map.of(Metric.AREA, absentBits));
        assertThat(MetricColumns.INSTANCE.write(m, new double[8], 0)).isFalse();
        assertThat(MetricColumns.INSTANCE.write("not metrics", new double[8], 0))
                .isFalse();
    }

    /** Issue 12: at most 200 bytes of heap per retained evaluation of the edge-GPU sample. */
    @Test
    void anEdgeGpuRowTakesAtMost200Bytes() throws Exception {
        Study study = StudyFiles.load(Path.of("samples/edge-gpu-dvfs.codesign.json"));
        CodesignProblem problem = new CodesignProblem(
                study.space(),
                study.objectives(),
                study.constraints(),
                StandardModels.evaluator(
                        study.model().accuracyModel(), study.model().mapperObjective()));
        EvaluationLog log = EvaluationLog.of(problem);

        assertThat(problem.cardinalities()).hasSize(51);
        int genes = 2 * 8; // 87 bits of genes in two longs
        int doubles = problem.objectiveCount() + problem.constraintCount() + Metric.values().length;
        assertThat(log.bytesPerRow()).isEqualTo(genes + 8 * doubles + 4 + 4 + 1);
        assertThat(log.bytesPerRow() + EvaluationLog.indexBytesPerRow()).isLessThanOrEqualTo(200);
    }
}
