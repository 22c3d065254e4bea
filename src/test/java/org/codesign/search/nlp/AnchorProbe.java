package org.codesign.search.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.codesign.cost.relax.HardwareVars;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.cost.relax.SimpleArray;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.ResNetConfig;
import org.codesign.workload.NetworkBuilder;

/**
 * Diagnosis only (issue 18): each objective's anchor on ResNet-18 per dataflow and seed, from
 * a random start or (a second argument) from the best hardware corner: the relaxed objective at
 * the start and at the solution, the solution's hardware (rows, columns, scratchpad, buffer,
 * clock), time and relaxed-model evaluations. Args: SEEDS [corner].
 */
public final class AnchorProbe {
    public static void main(String[] args) {
        var net = NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224));
        for (Dataflow d : List.of(Dataflow.WEIGHT_STATIONARY, Dataflow.OUTPUT_STATIONARY, Dataflow.INPUT_STATIONARY)) {
            RelaxedModel m = new RelaxedModel(net, new SimpleArray(d, 45, 16, DramType.LPDDR4, 16, 4, 4));
            EpsilonSolver s = new EpsilonSolver(m, EpsilonSolverTest.SAMPLE);
            for (long seed = 1; seed <= Long.parseLong(args[0]); seed++) {
                SplittableRandom r = new SplittableRandom(seed);
                for (RelaxedObjective o : RelaxedObjective.values()) {
                    if (o == RelaxedObjective.ENERGY) continue;
                    double[] x0 = args.length > 1 ? s.cornerStart(o) : s.start(r);
                    long t0 = System.nanoTime();
                    long e0 = s.evaluations();
                    EpsilonSolver.Solution a = s.at(x0);
                    EpsilonSolver.Solution b = s.solve(o, Map.of(), x0);
                    System.out.printf(
                            Locale.ROOT,
                            "%s seed %d %s: start %.4g -> %.4g  viol %.3f  hw %s  %.0f ms %d evals%n",
                            d,
                            seed,
                            o,
                            a.metric(o),
                            b.metric(o),
                            b.violation(),
                            hw(b.x()),
                            (System.nanoTime() - t0) / 1e6,
                            s.evaluations() - e0);
                }
            }
        }
    }

    static String hw(double[] x) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < HardwareVars.COUNT; i++) b.append(String.format(Locale.ROOT, "%.0f ", Math.exp(x[i])));
        return b.toString();
    }
}
