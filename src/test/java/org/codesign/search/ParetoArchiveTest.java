package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParetoArchiveTest {

    static Individual point(int index, double... objectives) {
        return new Individual(new int[] {index}, Evaluation.of(objectives), index, 0);
    }

    static Individual violating(int index, double violation) {
        return new Individual(
                new int[] {index}, Evaluation.of(new double[] {index, -index}, new double[] {violation}), index, 0);
    }

    static Set<String> objectives(ParetoArchive a) {
        Set<String> s = new HashSet<>();
        a.members().forEach(m -> s.add(Arrays.toString(m.evaluation().objectives())));
        return s;
    }

    @Test
    void incrementalAndBatchUpdatesKeepTheSameFront() {
        Random rnd = new Random(1);
        for (int m = 2; m <= 4; m++) {
            List<Individual> all = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                double[] f = new double[m];
                for (int k = 0; k < m; k++) {
                    f[k] = rnd.nextInt(40); // many duplicates
                }
                all.add(point(i, f));
            }
            ParetoArchive oneByOne = ParetoArchive.unbounded();
            all.forEach(oneByOne::add);
            ParetoArchive batched = ParetoArchive.unbounded();
            ParetoArchive merged = new ParetoArchive(ParetoArchive.UNBOUNDED, 0, ParetoArchive.BatchMerge.SWEEP);
            ParetoArchive viaTree = new ParetoArchive(ParetoArchive.UNBOUNDED, 0, ParetoArchive.BatchMerge.TREE);
            batched.add(all.get(0));
            merged.add(all.get(0));
            viaTree.add(all.get(0));
            for (int from = 1; from < all.size(); from += 100) {
                batched.addAll(all.subList(from, Math.min(all.size(), from + 100)));
                merged.addAll(all.subList(from, Math.min(all.size(), from + 100)));
                viaTree.addAll(all.subList(from, Math.min(all.size(), from + 100)));
            }
            Set<String> expected = new HashSet<>();
            double[][] pts = all.stream().map(i -> i.evaluation().objectives()).toArray(double[][]::new);
            int[] ranks = NonDominatedSorting.naiveRanks(pts);
            for (int i = 0; i < pts.length; i++) {
                if (ranks[i] == 0) {
                    expected.add(Arrays.toString(pts[i]));
                }
            }
            assertEquals(expected, objectives(oneByOne));
            assertEquals(expected, objectives(batched));
            assertEquals(expected, objectives(merged));
            assertEquals(expected, objectives(viaTree));
            assertEquals(expected.size(), oneByOne.size());
            assertEquals(
                    oneByOne.members().stream().map(Individual::index).sorted().toList(),
                    batched.members().stream().map(Individual::index).sorted().toList(),
                    "of equal objective vectors the first offered is kept");
            assertEquals(
                    oneByOne.members().stream().map(Individual::index).sorted().toList(),
                    merged.members().stream().map(Individual::index).sorted().toList());
            assertEquals(merged.members(), viaTree.members(), "same members in the same (lexicographic) order");
        }
    }

    @Test
    void scanSweepAndTreeUpdatesKeepTheSameBoundedArchive() {
        Random rnd = new Random(3);
        for (int m = 2; m <= 4; m++) {
            ParetoArchive scanned = new ParetoArchive(60, Long.MAX_VALUE, ParetoArchive.BatchMerge.BY_SIZE); // offers
            ParetoArchive swept = new ParetoArchive(60, 0, ParetoArchive.BatchMerge.SWEEP);
            ParetoArchive viaTree = new ParetoArchive(60, 0, ParetoArchive.BatchMerge.TREE);
            for (int batch = 0; batch < 40; batch++) {
                List<Individual> points = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    double[] f = new double[m];
                    for (int k = 0; k < m; k++) {
                        f[k] = rnd.nextInt(50) - batch; // later batches push earlier members out
                    }
                    points.add(point(batch * 100 + i, f));
                }
                int entered = scanned.addAll(points);
                swept.addAll(points);
                assertEquals(entered, viaTree.addAll(points), "batch " + batch + " in " + m + "D");
                assertEquals(scanned.members(), viaTree.members(), "batch " + batch + " in " + m + "D");
                assertEquals(scanned.members(), swept.members(), "batch " + batch + " in " + m + "D");
            }
        }
    }

    @Test
    void theTreeFollowsAnApproachingFrontThroughManyRemovals() {
        Random rnd = new Random(5);
        ParetoArchive archive = new ParetoArchive(ParetoArchive.UNBOUNDED, 0, ParetoArchive.BatchMerge.TREE);
        List<Individual> all = new ArrayList<>();
        for (int round = 0; round < 60; round++) {
            double radius = 2 - round / 40.0; // each sphere dominates most of the previous ones
            List<Individual> batch = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                double[] f = {Math.abs(rnd.nextGaussian()), Math.abs(rnd.nextGaussian()), Math.abs(rnd.nextGaussian())};
                double norm = Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]);
                for (int k = 0; k < 3; k++) {
                    f[k] = radius * f[k] / norm;
                }
                batch.add(point(all.size(), f));
                all.add(batch.get(i));
            }
            archive.addAll(batch);
        }
        double[][] pts = all.stream().map(i -> i.evaluation().objectives()).toArray(double[][]::new);
        int[] ranks = NonDominatedSorting.naiveRanks(pts);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < pts.length; i++) {
            if (ranks[i] == 0) {
                expected.add(i);
            }
        }
        assertEquals(
                expected,
                archive.members().stream().map(Individual::index).sorted().toList());
    }

    @Test
    void infeasiblePointsAreKeptOnlyUntilAFeasibleOneArrives() {
        ParetoArchive a = ParetoArchive.unbounded();
        assertTrue(a.add(violating(1, 3)));
        assertTrue(a.add(violating(2, 1)));
        assertFalse(a.add(violating(3, 2)));
        assertEquals(List.of(2), a.members().stream().map(Individual::index).toList());
        assertFalse(a.hasFeasible());
        Individual unbuildable = new Individual(new int[] {9}, Evaluation.infeasible("too big", 2, 1), 9, 0);
        assertFalse(a.add(unbuildable));
        assertTrue(a.add(point(4, 5, 5)));
        assertTrue(a.hasFeasible());
        assertFalse(a.add(violating(5, 0.001)));
        assertEquals(List.of(4), a.members().stream().map(Individual::index).toList());
    }

    @Test
    void aBoundedArchiveDropsTheMostCrowdedAndKeepsTheEnds() {
        ParetoArchive a = new ParetoArchive(5);
        for (int i = 0; i <= 20; i++) {
            double x = i / 20.0;
            a.add(point(i, x, 1 - x));
        }
        assertEquals(5, a.size());
        Set<Integer> kept =
                new HashSet<>(a.members().stream().map(Individual::index).toList());
        assertTrue(kept.contains(0) && kept.contains(20), "the ends have infinite crowding distance: " + kept);
        double[] xs = a.members().stream()
                .mapToDouble(m -> m.evaluation().objective(0))
                .sorted()
                .toArray();
        for (int k = 1; k < xs.length; k++) {
            assertTrue(xs[k] - xs[k - 1] >= 0.1, "kept points stay spread: " + Arrays.toString(xs));
        }
    }
}
