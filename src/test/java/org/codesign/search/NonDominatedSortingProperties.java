package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NonDominatedSortingProperties {

    /** Coordinates drawn from few values, so ties and duplicate points are common. */
    @Provide
    Arbitrary<double[][]> pointSets() {
        return Arbitraries.integers()
                .between(1, 5)
                .flatMap(m -> Arbitraries.integers()
                        .between(0, 6)
                        .map(v -> (double) v)
                        .array(double[].class)
                        .ofSize(m)
                        .array(double[][].class)
                        .ofMinSize(0)
                        .ofMaxSize(60));
    }

    @Property(tries = 400)
    void fastSortingAgreesWithDebsPeeling(@ForAll("pointSets") double[][] points) {
        assertArrayEquals(NonDominatedSorting.naiveRanks(points), NonDominatedSorting.ranks(points));
    }

    @Property(tries = 300)
    void firstFrontIsRankZero(@ForAll("pointSets") double[][] points) {
        int[] ranks = NonDominatedSorting.naiveRanks(points);
        boolean[] first = NonDominatedSorting.firstFront(points);
        for (int i = 0; i < points.length; i++) {
            assertEquals(ranks[i] == 0, first[i], "point " + i);
        }
    }

    @Property(tries = 100)
    void agreesOnContinuousPointsToo(
            @ForAll @IntRange(min = 2, max = 3) int m, @ForAll @IntRange(min = 0, max = 400) int n, @ForAll long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        double[][] pts = new double[n][m];
        for (double[] p : pts) {
            for (int k = 0; k < m; k++) {
                p[k] = rnd.nextDouble();
            }
        }
        assertArrayEquals(NonDominatedSorting.naiveRanks(pts), NonDominatedSorting.ranks(pts));
    }

    @Property(tries = 200)
    void constrainedRanksFollowConstraintDomination(@ForAll("pointSets") double[][] points, @ForAll long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        List<Evaluation> evals = new ArrayList<>();
        for (double[] p : points) {
            int kind = rnd.nextInt(4);
            if (kind == 0) {
                evals.add(Evaluation.of(p, new double[] {rnd.nextInt(3) + 1}));
            } else if (kind == 1) {
                evals.add(Evaluation.infeasible("does not fit", p.length, 1));
            } else {
                evals.add(Evaluation.of(p, new double[] {0}));
            }
        }
        int[] ranks = NonDominatedSorting.constrainedRanks(evals);
        assertArrayEquals(naiveConstrainedRanks(evals), ranks);
    }

    /** Front peeling with the constraint-domination comparator: the definition, O(N^3). */
    private static int[] naiveConstrainedRanks(List<Evaluation> evals) {
        int n = evals.size();
        int[] ranks = new int[n];
        boolean[] assigned = new boolean[n];
        int remaining = n;
        for (int rank = 0; remaining > 0; rank++) {
            List<Integer> front = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (assigned[i]) {
                    continue;
                }
                boolean dominated = false;
                for (int j = 0; j < n && !dominated; j++) {
                    dominated = !assigned[j] && j != i && Dominance.compare(evals.get(j), evals.get(i)) < 0;
                }
                if (!dominated) {
                    front.add(i);
                }
            }
            for (int i : front) {
                ranks[i] = rank;
                assigned[i] = true;
                remaining--;
            }
        }
        return ranks;
    }

    @Example
    void negativeZeroEqualsZero() {
        double[][] pts = {{-0.0, 1, 1}, {0.0, 1, 1}, {0.0, 2, 2}};
        assertArrayEquals(new int[] {0, 0, 1}, NonDominatedSorting.ranks(pts));
        assertEquals(0, Dominance.compare(pts[0], pts[1]));
    }
}
