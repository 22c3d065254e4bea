package org.codesign.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.eval.CodesignMode;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;

/**
 * Diagnosis only (issue 18): which part of NSGA-II's final front nlp-local's first batch of
 * rounded designs misses. Per seed, the hypervolume each GA front point would add to the batch,
 * largest first, with its objectives and hardware; and the batch's own front. nlp-local never
 * sees the GA's result; this main only compares them afterwards. Args: SEEDS... (e.g. "1 2").
 */
public final class NlpGapDiagnosis {
    private NlpGapDiagnosis() {}

    public static void main(String[] args) throws Exception {
        Study study = SampleSource.bundled().load(AcceleratorDataflowExperiment.SAMPLE);
        var objectives = study.objectives();
        Arm nlpArm = Arm.nlpLocal("nlp-local", AcceleratorDataflowExperiment.SAMPLE, CodesignMode.HARDWARE_ONLY, 4);
        Arm gaArm = Arm.nsga2("NSGA-II", AcceleratorDataflowExperiment.SAMPLE, CodesignMode.HARDWARE_ONLY);
        for (String a : args) {
            long seed = Long.parseLong(a);
            Outcome nlp =
                    Searches.run(study, nlpArm.spec(200, seed, 2, 20), Evaluators.cold(study.model()), "nlp-local");
            Outcome ga = Searches.run(study, gaArm.spec(200, seed, 2, 20), Evaluators.cold(study.model()), "NSGA-II");
            int batch = 0;
            for (double[] t : nlp.timeline()) {
                if (t[0] > 0) {
                    batch = (int) t[0];
                    break;
                }
            }
            List<EvaluatedPoint> first = nlp.points().subList(0, batch);
            double hvBatch = Fronts.hypervolume(first, objectives);
            double hvGa = Fronts.hypervolume(ga.points(), objectives);
            List<EvaluatedPoint> both = new ArrayList<>(first);
            both.addAll(ga.points());
            System.out.printf(
                    Locale.ROOT,
                    "seed %d: batch %d designs HV %.4f, GA final %.4f, batch+GA %.4f, nlp final %.4f%n",
                    seed,
                    batch,
                    hvBatch,
                    hvGa,
                    Fronts.hypervolume(both, objectives),
                    Fronts.hypervolume(nlp.points(), objectives));
            List<double[]> gains = new ArrayList<>();
            List<EvaluatedPoint> gaFront = Fronts.front(ga.points(), objectives);
            for (int i = 0; i < gaFront.size(); i++) {
                List<EvaluatedPoint> plus = new ArrayList<>(first);
                plus.add(gaFront.get(i));
                gains.add(new double[] {Fronts.hypervolume(plus, objectives) - hvBatch, i});
            }
            gains.sort((x, y) -> Double.compare(y[0], x[0]));
            System.out.println("  GA front points adding most to the batch:");
            for (double[] g : gains.subList(0, Math.min(12, gains.size()))) {
                print(study, gaFront.get((int) g[1]), g[0]);
            }
            System.out.println("  batch front:");
            for (EvaluatedPoint p : Fronts.front(first, objectives)) {
                print(study, p, Double.NaN);
            }
            System.out.println("  batch infeasible: "
                    + first.stream().filter(p -> !p.feasible()).count());
        }
    }

    private static void print(Study study, EvaluatedPoint p, double gain) {
        double[] f = Fronts.vector(p, study.objectives());
        System.out.printf(
                Locale.ROOT,
                "    +%.5f  lat %.3f ms  pow %.4f W  area %.3f mm2  %s%n",
                gain,
                f[0],
                f[1],
                f[2],
                study.space().decode(p.genome()).hardware());
    }
}
