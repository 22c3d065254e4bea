package org.codesign.search.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.codesign.search.Evaluation;
import org.codesign.search.Individual;
import org.junit.jupiter.api.Test;

class SeedOrderTest {
    private static Individual design(int id, double latency, double power, double area) {
        return new Individual(new int[] {id}, Evaluation.of(new double[] {latency, power, area}, new double[0]), id, 0);
    }

    private static Individual infeasible(int id) {
        return new Individual(new int[] {id}, Evaluation.of(new double[] {1, 1, 1}, new double[] {2}), id, 0);
    }

    /** Designs 0–2 are the ends (fastest, lowest power, smallest), 3 a balanced one, 4–9 dominated filler. */
    private static List<Individual> designs() {
        List<Individual> d = new ArrayList<>();
        d.add(infeasible(10));
        d.add(design(0, 1, 9, 9));
        d.add(design(1, 9, 1, 9));
        d.add(design(2, 9, 9, 1));
        d.add(design(3, 4, 5, 4));
        for (int i = 4; i < 10; i++) {
            d.add(design(i, 8 + i * 0.01, 8, 8));
        }
        return d;
    }

    @Test
    void eachWalkerStartsAtTheDesignBestForItsWeightSoTheFrontsEndsComeFirst() {
        // four walkers over three objectives weigh latency, latency and area, power, area
        List<int[]> order = SeedOrder.order(designs(), 4, new SplittableRandom(1));
        assertEquals(11, order.size());
        assertArrayEquals(new int[] {0}, order.get(0), "latency walker: the fastest design");
        assertArrayEquals(new int[] {3}, order.get(1), "latency-and-area walker: the balanced design");
        assertArrayEquals(new int[] {1}, order.get(2), "power walker: the lowest-power design");
        assertArrayEquals(new int[] {2}, order.get(3), "area walker: the smallest design");
        assertArrayEquals(new int[] {10}, order.get(10), "infeasible designs come last");
    }

    @Test
    void theRestartOrderDependsOnTheSeed() {
        List<Integer> a = SeedOrder.order(designs(), 4, new SplittableRandom(1)).subList(4, 10).stream()
                .map(g -> g[0])
                .toList();
        List<Integer> b = SeedOrder.order(designs(), 4, new SplittableRandom(2)).subList(4, 10).stream()
                .map(g -> g[0])
                .toList();
        assertNotEquals(a, b);
        assertEquals(
                a,
                SeedOrder.order(designs(), 4, new SplittableRandom(1)).subList(4, 10).stream()
                        .map(g -> g[0])
                        .toList());
    }
}
