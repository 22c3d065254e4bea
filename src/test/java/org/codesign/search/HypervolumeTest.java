package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moeaframework.core.indicator.Hypervolume;

class HypervolumeTest {

    @Test
    void twoDimensionalStaircaseByHand() {
        double[][] pts = {{1, 3}, {2, 2}, {3, 1}, {2.5, 2.5}};
        // reference (4, 4): strips 3x1 + 2x1 + 1x1 = 3 + 2 + 1, plus the unit squares under them
        assertEquals(6.0, org.codesign.search.Hypervolume.of(pts, new double[] {4, 4}), 1e-12);
    }

    @Test
    void threeDimensionalBoxesByHand() {
        // two boxes of volume 1*2*2 = 4 and 2*1*2... checked by inclusion-exclusion
        double[][] pts = {{0, 1, 0}, {1, 0, 0}};
        double[] ref = {2, 2, 2};
        // each dominates a 2x1x2 (=4) box; their intersection is 1x1x2 (=2)
        assertEquals(6.0, org.codesign.search.Hypervolume.of(pts, ref), 1e-12);
    }

    @Test
    void pointsOutsideTheReferenceBoxCountForNothing() {
        double[][] pts = {{0.5, 0.5}, {2, 0}, {0, 1}};
        assertEquals(0.25, org.codesign.search.Hypervolume.of(pts, new double[] {1, 1}), 1e-12);
    }

    @Test
    void dominatedAndDuplicatePointsDoNotChangeTheValue() {
        Random rnd = new Random(5);
        double[][] front = randomFront(rnd, 50, 3);
        double[][] withExtras = Arrays.copyOf(front, 100);
        for (int i = 50; i < 100; i++) {
            double[] p = front[i - 50].clone();
            if (i % 2 == 0) {
                p[i % 3] += 0.05; // dominated
            }
            withExtras[i] = p;
        }
        double[] ref = {1.1, 1.1, 1.1};
        assertEquals(
                org.codesign.search.Hypervolume.of(front, ref),
                org.codesign.search.Hypervolume.of(withExtras, ref),
                1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void equalsMoeaFrameworkOnRandomFronts(int m) {
        Random rnd = new Random(42 + m);
        for (int trial = 0; trial < 20; trial++) {
            int n = m == 4 ? 30 : 5 + rnd.nextInt(200);
            double[][] pts = randomFront(rnd, n, m);
            // raw objectives on arbitrary scales, normalized by fixed bounds
            double[] ideal = new double[m];
            double[] nadir = new double[m];
            double[][] raw = new double[n][m];
            for (int k = 0; k < m; k++) {
                ideal[k] = -5 + 10 * rnd.nextDouble();
                nadir[k] = ideal[k] + 0.5 + 100 * rnd.nextDouble();
            }
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < m; k++) {
                    raw[i][k] = ideal[k] + pts[i][k] * (nadir[k] - ideal[k]);
                }
            }
            HypervolumeIndicator ours = HypervolumeIndicator.of(ideal, nadir, 1.0);
            double moea = new Hypervolume(MoeaProblems.shell(m), ideal, nadir).evaluate(MoeaProblems.population(raw));
            double value = ours.of(raw);
            assertEquals(moea, value, 1e-9 * Math.max(1e-12, Math.abs(moea)), "trial " + trial + " n=" + n);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void equalsMoeaFrameworkWithManyTiedCoordinates(int m) {
        Random rnd = new Random(100 + m);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(60);
            double[][] pts = new double[n][m];
            for (double[] p : pts) {
                for (int k = 0; k < m; k++) {
                    p[k] = rnd.nextInt(6) / 5.0; // 0, 0.2, ..., 1: ties, duplicates, points on the box's faces
                }
            }
            double[] ideal = new double[m];
            double[] nadir = new double[m];
            java.util.Arrays.fill(nadir, 1.0);
            double moea = new Hypervolume(MoeaProblems.shell(m), ideal, nadir).evaluate(MoeaProblems.population(pts));
            assertEquals(moea, HypervolumeIndicator.of(ideal, nadir, 1.0).of(pts), 1e-12, "trial " + trial);
        }
    }

    @Test
    void referencePointBeyondTheNadirEqualsMoeaWithWiderBounds() {
        // our reference 1.1 in normalized space == MOEA with the nadir moved to ideal + 1.1 (nadir - ideal), rescaled
        Random rnd = new Random(9);
        double[][] pts = randomFront(rnd, 300, 3);
        double[] ideal = {0, 0, 0};
        double[] nadir = {1, 1, 1};
        double[] wide = {1.1, 1.1, 1.1};
        double moea = new Hypervolume(MoeaProblems.shell(3), ideal, wide).evaluate(MoeaProblems.population(pts));
        double ours = HypervolumeIndicator.of(ideal, nadir, 1.1).of(pts);
        assertEquals(moea * 1.1 * 1.1 * 1.1, ours, 1e-9 * ours);
    }

    @Test
    void threeDimensionalAgreesWithSlicingOnLargerFronts() {
        Random rnd = new Random(11);
        double[][] pts = randomFront(rnd, 400, 3);
        double[][] lifted = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) {
            lifted[i] = new double[] {pts[i][0], pts[i][1], pts[i][2], 0.0};
        }
        double[] ref3 = {1, 1, 1};
        double[] ref4 = {1, 1, 1, 1};
        // a constant fourth objective at 0 turns the 4D slicing into 1 x the 3D volume
        assertEquals(
                org.codesign.search.Hypervolume.of(pts, ref3), org.codesign.search.Hypervolume.of(lifted, ref4), 1e-12);
    }

    @Test
    void mismatchedReferenceIsRejectedWithTheFieldName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> HypervolumeIndicator.of(new double[] {0, 0}, new double[] {1, 1, 1}, 1.0));
        assertEquals("nadir: has 3 objectives but ideal has 2", e.getMessage());
        IllegalArgumentException e2 = assertThrows(
                IllegalArgumentException.class,
                () -> HypervolumeIndicator.of(new double[] {0, 1}, new double[] {1, 1}, 1.0));
        assertEquals("nadir: element 1 (1.0) must be greater than ideal (1.0)", e2.getMessage());
    }

    /** Points on a concave front x1^2 + ... = 1 with noise, in [0, 1]^m; some dominated. */
    static double[][] randomFront(Random rnd, int n, int m) {
        double[][] pts = new double[n][m];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < m; k++) {
                pts[i][k] = Math.abs(rnd.nextGaussian());
                norm += pts[i][k] * pts[i][k];
            }
            norm = Math.sqrt(norm);
            double scale = 0.9 + 0.1 * rnd.nextDouble();
            for (int k = 0; k < m; k++) {
                pts[i][k] = Math.min(1, pts[i][k] / norm * scale);
            }
        }
        return pts;
    }
}
