package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moeaframework.problem.DTLZ.DTLZ1;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.moeaframework.problem.ZDT.ZDT1;
import org.moeaframework.problem.ZDT.ZDT2;
import org.moeaframework.problem.ZDT.ZDT3;
import org.moeaframework.problem.ZDT.ZDT4;
import org.moeaframework.problem.ZDT.ZDT6;

/**
 * NSGA-II on the standard benchmarks, each real variable discretized to 65,537 levels, with the
 * polynomial index-space mutation ({@link MutationSettings#polynomial}, eta 20, rate 1/n) and uniform
 * crossover: the same operators a user gets, no real-coded special case.
 */
class BenchmarkProblemsTest {

    static final int LEVELS = 65_537;

    static Problem problem(String name) {
        Supplier<org.moeaframework.problem.Problem> p = switch (name) {
            case "ZDT1" -> ZDT1::new;
            case "ZDT2" -> ZDT2::new;
            case "ZDT3" -> ZDT3::new;
            case "ZDT4" -> ZDT4::new;
            case "ZDT6" -> ZDT6::new;
            case "DTLZ1.3D" -> () -> new DTLZ1(3);
            case "DTLZ2.3D" -> () -> new DTLZ2(3);
            default -> throw new IllegalArgumentException(name);
        };
        return new MoeaProblems.Discretized(p.get(), LEVELS);
    }

    /** Hypervolume with the reference front's own bounds and the reference point at 1.1. */
    static HypervolumeIndicator indicatorFor(double[][] front) {
        int m = front[0].length;
        double[] ideal = new double[m];
        double[] nadir = new double[m];
        java.util.Arrays.fill(ideal, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(nadir, Double.NEGATIVE_INFINITY);
        for (double[] p : front) {
            for (int k = 0; k < m; k++) {
                ideal[k] = Math.min(ideal[k], p[k]);
                nadir[k] = Math.max(nadir[k], p[k]);
            }
        }
        return HypervolumeIndicator.of(ideal, nadir, 1.1);
    }

    static double hypervolumeRatio(String name, int budget, long seed) {
        double[][] front = MoeaProblems.referenceFront(name);
        HypervolumeIndicator hv = indicatorFor(front);
        Nsga2Config config = Nsga2Config.defaults().withMutation(MutationSettings.polynomial(20));
        RunSettings settings = RunSettings.of(seed, budget).withThreads(1).withHypervolume(hv);
        try (SearchRun run = new SearchRun(problem(name), config, settings)) {
            RunSnapshot end = run.runToEnd();
            List<Individual> population =
                    end.population().stream().map(RankedIndividual::individual).toList();
            double ratio = hv.ofIndividuals(population) / hv.of(front);
            System.out.printf(
                    Locale.ROOT,
                    "%s seed %d: population HV ratio %.4f, archive %.4f (%d points)%n",
                    name,
                    seed,
                    ratio,
                    end.hypervolume() / hv.of(front),
                    end.archive().size());
            return ratio;
        }
    }

    @ParameterizedTest(name = "{0} reaches {2} of the reference hypervolume")
    @CsvSource({
        "ZDT1, 25000, 0.95",
        "ZDT2, 25000, 0.95",
        "ZDT3, 25000, 0.95",
        "DTLZ2.3D, 25000, 0.95",
    })
    void nsga2ApproachesTheReferenceFront(String name, int budget, double required) {
        double ratio = hypervolumeRatio(name, budget, 1);
        assertTrue(ratio >= required, name + ": hypervolume ratio " + ratio + " < " + required);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ZDT4, 25000, 0.90",
        "ZDT6, 25000, 0.90",
        "DTLZ1.3D, 25000, 0.90",
    })
    void harderProblems(String name, int budget, double required) {
        double ratio = hypervolumeRatio(name, budget, 1);
        assertTrue(ratio >= required, name + ": hypervolume ratio " + ratio + " < " + required);
    }
}
