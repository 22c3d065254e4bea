package org.codesign.experiment;

import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;

/**
 * Issue 18's DOSA-style table (Hong et al., MICRO 2023): the best EDP of {@code nlp-local}
 * against random search over hardware and mappings at equal model evaluations, on the
 * accelerator-dataflow sample's ResNet-18 and on the mbv3-ofa default network
 * ({@link DosaEdpComparison}). Its one arm, random hardware with our mapper, gives the scale of the
 * mapper's share of the gain. {@code --evaluations} is nlp-local's budget of discrete evaluations.
 */
final class DosaEdpExperiment {
    static final String RANDOM_MAPPER = "random hardware, our mapper";

    static final Experiment SPEC = Experiment.named(
                    "dosa-edp",
                    "Best EDP against random hardware-and-mapping search at equal model evaluations (DOSA, "
                            + "MICRO 2023): nlp-local on ResNet-18 and the mbv3-ofa default network")
            .withDefaults(5, 100)
            .withMinimumEvaluations(4)
            .withColdCaches()
            .withArms(Arm.random(RANDOM_MAPPER, AcceleratorDataflowExperiment.SAMPLE, CodesignMode.HARDWARE_ONLY))
            .withAnalysis(DosaEdpExperiment::report);

    private DosaEdpExperiment() {}

    private static ReportBody report(Runs runs) {
        Map<String, Study> studies = DosaEdpComparison.studies(runs.study());
        List<DosaEdpComparison.Row> rows = DosaEdpComparison.compare(
                studies,
                runs.settings().seedList(),
                runs.budget(),
                runs.settings().threads(),
                runs.log());
        Markdown md = new Markdown();
        DosaEdpComparison.write(md, rows, runs.budget());
        Summary mapper = Summary.of(runs.outcomes(RANDOM_MAPPER).stream()
                .mapToDouble(o -> bestEdp(o.points()))
                .toArray());
        md.p("For scale, random hardware with our mapper instead of random mappings (" + runs.budget()
                + " evaluations of the sample's latency, power and area problem, ResNet-18): best EDP "
                + mapper.meanSd(3) + " mJ·ms. Most of the gap to random mappings is the mapper's.");
        return new ReportBody(md.toString(), List.of(), List.of(DosaEdpComparison.claim(rows)));
    }

    static double bestEdp(List<EvaluatedPoint> points) {
        return points.stream()
                .filter(EvaluatedPoint::feasible)
                .mapToDouble(p -> p.metric(Metric.EDP))
                .filter(Double::isFinite)
                .min()
                .orElse(Double.NaN);
    }
}
