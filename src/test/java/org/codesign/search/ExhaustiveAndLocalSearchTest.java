package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExhaustiveAndLocalSearchTest {

    static List<String> frontOf(List<Individual> archive) {
        List<double[]> pts = new ArrayList<>();
        archive.forEach(a -> pts.add(a.evaluation().objectives()));
        pts.sort(TestProblems::lexicographic);
        return pts.stream().map(Arrays::toString).toList();
    }

    static List<String> strings(List<double[]> front) {
        return front.stream().map(Arrays::toString).toList();
    }

    @Test
    void exhaustiveSearchRecoversTheTrueFront() {
        for (Problem p : List.of(TestProblems.zdtLike(4, 5), TestProblems.constrained3(5, 4, 6))) {
            long size = SearchSpace.size(p.cardinalities());
            try (SearchRun run = new SearchRun(
                    p,
                    new ExhaustiveConfig(100, 10_000),
                    RunSettings.of(1, (int) size).withThreads(2))) {
                RunSnapshot end = run.runToEnd();
                assertEquals(RunStatus.FINISHED, end.status());
                assertEquals(size, end.evaluations());
                assertEquals(strings(TestProblems.trueFront(p)), frontOf(end.archive()));
                assertEquals(
                        size,
                        new HashSet<>(run.evaluatedPoints().stream()
                                        .map(i -> Arrays.toString(i.genome()))
                                        .toList())
                                .size(),
                        "each genome once");
            }
        }
    }

    @Test
    void exhaustiveSearchRefusesLargeSpacesAndShortBudgets() {
        Problem big = TestProblems.zdtLike(12, 10);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new SearchRun(big, ExhaustiveConfig.defaults(), RunSettings.of(1, 1000)));
        assertEquals(
                "space: 1,000,000,000,000 points exceed the exhaustive-search limit of 5,000,000;"
                        + " use NSGA-II or local search",
                e.getMessage());
        IllegalArgumentException e2 = assertThrows(
                IllegalArgumentException.class,
                () -> new SearchRun(TestProblems.zdtLike(3, 10), ExhaustiveConfig.defaults(), RunSettings.of(1, 999)));
        assertEquals(
                "budget: exhaustive search of 1,000 points needs a budget of at least 1,000, got 999", e2.getMessage());
    }

    @Test
    void paretoLocalSearchFindsTheWholeTrueFront() {
        Problem p = TestProblems.zdtLike(5, 6);
        try (SearchRun run = new SearchRun(
                p, LocalSearchConfig.pareto(4, 4), RunSettings.of(3, 3000).withThreads(2))) {
            RunSnapshot end = run.runToEnd();
            assertEquals(strings(TestProblems.trueFront(p)), frontOf(end.archive()));
        }
    }

    @Test
    void scalarizedLocalSearchReachesTheEndsOfTheFront() {
        Problem p = TestProblems.zdtLike(6, 8);
        HypervolumeIndicator hv = HypervolumeIndicator.of(new double[] {0, 0}, new double[] {1, 10}, 1.1);
        try (SearchRun run = new SearchRun(
                p,
                LocalSearchConfig.scalarized(6),
                RunSettings.of(3, 1500).withThreads(2).withHypervolume(hv))) {
            List<RunSnapshot> snapshots = new ArrayList<>();
            run.addListener(snapshots::add);
            RunSnapshot end = run.runToEnd();
            List<double[]> truth = TestProblems.trueFront(p);
            Set<String> found = new HashSet<>(frontOf(end.archive()));
            assertTrue(found.contains(Arrays.toString(truth.get(0))), "minimum of f1 found");
            assertTrue(found.contains(Arrays.toString(truth.get(truth.size() - 1))), "minimum of f2 found");
            double best = hv.of(truth.toArray(new double[0][]));
            assertTrue(end.hypervolume() >= 0.9 * best, end.hypervolume() + " vs true front " + best);
            // step 1 evaluates the starts; in step 2 every walker evaluates its full neighbourhood
            RunSnapshot moving = snapshots.get(1);
            assertEquals(6, moving.parents().size());
            assertEquals(6 * 2 * 6, moving.offspring().size() + overlapAtBounds(moving.parents(), 8));
            for (Individual n : moving.offspring()) {
                assertTrue(
                        moving.parents().stream().anyMatch(w -> oneStepApart(w.genome(), n.genome())),
                        "neighbour " + n + " is one gene one step from a walker");
            }
        }
    }

    @Test
    void aScanningWalkerRestartsOnlyAfterEveryNeighbourIsEvaluated() {
        // flat objectives: no neighbour is ever better, so the walker moves never and must scan all
        Problem flat = new Problem() {
            @Override
            public int[] cardinalities() {
                return new int[] {8, 8, 8, 8, 8, 8};
            }

            @Override
            public int objectiveCount() {
                return 2;
            }

            @Override
            public Evaluation evaluate(int[] g) {
                return Evaluation.of(1, 1);
            }
        };
        int[] seed = {3, 3, 3, 3, 3, 3};
        int neighbours = SearchSpace.neighbours(seed, flat.cardinalities()).size();
        LocalSearchConfig scanning =
                LocalSearchConfig.scalarized(1).withSeeds(List.of(seed)).withScan(3);
        try (SearchRun run = new SearchRun(
                flat, scanning, RunSettings.of(5, 1 + neighbours + 1).withThreads(2))) {
            List<RunSnapshot> snapshots = new ArrayList<>();
            run.addListener(snapshots::add);
            run.runToEnd();
            List<Individual> all = run.evaluatedPoints();
            assertEquals(Arrays.toString(seed), Arrays.toString(all.get(0).genome()));
            for (Individual n : all.subList(1, 1 + neighbours)) {
                assertTrue(
                        oneStepApart(seed, n.genome()), "evaluated " + n + " before the seed's neighbours were done");
            }
            assertTrue(!oneStepApart(seed, all.get(1 + neighbours).genome()), "then a restart elsewhere");
            assertTrue(
                    snapshots.stream().allMatch(s -> s.newlyEvaluated().size() <= 3),
                    "at most 3 new neighbours a round");
        }
    }

    static boolean oneStepApart(int[] a, int[] b) {
        int distance = 0;
        for (int i = 0; i < a.length; i++) {
            distance += Math.abs(a[i] - b[i]);
        }
        return distance == 1;
    }

    /** Neighbours that do not exist because a gene sits at 0 or at the top value. */
    static int overlapAtBounds(List<Individual> walkers, int values) {
        int missing = 0;
        for (Individual w : walkers) {
            for (int g : w.genome()) {
                if (g == 0 || g == values - 1) {
                    missing++;
                }
            }
        }
        return missing;
    }

    @Test
    void bothLocalSearchPhasesFeedOneArchive() {
        Problem p = TestProblems.constrained3(6, 5, 8);
        try (SearchRun run = new SearchRun(
                p, LocalSearchConfig.defaults(), RunSettings.of(11, 2000).withThreads(2))) {
            RunSnapshot end = run.runToEnd();
            assertEquals(2000, end.evaluations());
            List<Individual> all = run.evaluatedPoints();
            // the archive is exactly the front of everything both phases evaluated
            Set<String> expected = new HashSet<>();
            for (Individual a : all) {
                if (a.isFeasible()
                        && all.stream()
                                .noneMatch(b -> b.isFeasible()
                                        && Dominance.dominates(
                                                b.evaluation().objectives(),
                                                a.evaluation().objectives()))) {
                    expected.add(Arrays.toString(a.evaluation().objectives()));
                }
            }
            assertEquals(expected, new HashSet<>(frontOf(end.archive())));
            assertTrue(end.archive().stream().anyMatch(a -> a.index() >= 1000), "phase 2 contributed to the archive");
        }
    }
}
