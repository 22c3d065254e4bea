package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.moeaframework.core.indicator.AdditiveEpsilonIndicator;
import org.moeaframework.core.indicator.InvertedGenerationalDistance;
import org.moeaframework.core.indicator.Normalizer;

class QualityIndicatorsTest {

    @Test
    void byHand() {
        double[][] ref = {{0, 1}, {1, 0}};
        double[][] approx = {{0, 2}, {2, 0}};
        assertEquals(1.0, QualityIndicators.igd(approx, ref), 1e-12);
        assertEquals(1.0, QualityIndicators.additiveEpsilon(approx, ref), 1e-12);
        assertEquals(0.0, QualityIndicators.igd(ref, ref), 1e-12);
        assertEquals(0.0, QualityIndicators.additiveEpsilon(ref, ref), 1e-12);
    }

    static double[][] nonDominated(double[][] pts) {
        boolean[] first = NonDominatedSorting.firstFront(pts);
        return java.util.stream.IntStream.range(0, pts.length)
                .filter(i -> first[i])
                .mapToObj(i -> pts[i])
                .toArray(double[][]::new);
    }

    @Test
    void equalMoeaFrameworkOnRandomFronts() {
        Random rnd = new Random(3);
        for (int m = 2; m <= 3; m++) {
            for (int trial = 0; trial < 10; trial++) {
                // MOEA's populations drop dominated points, so give both sides non-dominated sets
                double[][] ref = nonDominated(HypervolumeTest.randomFront(rnd, 100, m));
                double[][] approx = nonDominated(HypervolumeTest.randomFront(rnd, 5 + rnd.nextInt(50), m));
                var problem = MoeaProblems.shell(m);
                var refSet = MoeaProblems.population(ref);
                double igd = new InvertedGenerationalDistance(problem, refSet, Normalizer.none(), 1.0)
                        .evaluate(MoeaProblems.population(approx));
                double eps = new AdditiveEpsilonIndicator(problem, refSet, Normalizer.none())
                        .evaluate(MoeaProblems.population(approx));
                assertEquals(igd, QualityIndicators.igd(approx, ref), 1e-12);
                assertEquals(eps, QualityIndicators.additiveEpsilon(approx, ref), 1e-12);
            }
        }
    }
}
