package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VariationTest {

    @Test
    void mutatedGenesStayInRangeAndChange() {
        int[] card = {2, 3, 7, 1000, 65537};
        for (StepKind kind : StepKind.values()) {
            MutationSettings m = new MutationSettings(1.0, 0.2, kind, 3, 20);
            Variation v = new Variation(card, CrossoverKind.UNIFORM, 1, m);
            SplitMix rnd = new SplitMix(1);
            for (int trial = 0; trial < 20_000; trial++) {
                for (int i = 0; i < card.length; i++) {
                    int value = rnd.nextInt(card[i]);
                    int mutated = v.mutateGene(value, card[i], rnd);
                    assertTrue(
                            mutated >= 0 && mutated < card[i], kind + ": " + mutated + " outside [0, " + card[i] + ")");
                    assertNotEquals(value, mutated, kind + ": a mutation changes the gene");
                }
            }
        }
    }

    @Test
    void uniformStepsAreAtMostMaxStepUnlessReset() {
        Variation v = new Variation(
                new int[] {100}, CrossoverKind.UNIFORM, 1, new MutationSettings(1.0, 0, StepKind.UNIFORM, 2, 20));
        SplitMix rnd = new SplitMix(2);
        for (int trial = 0; trial < 10_000; trial++) {
            int value = rnd.nextInt(100);
            int d = Math.abs(v.mutateGene(value, 100, rnd) - value);
            assertTrue(d == 1 || d == 2, "step " + d);
        }
    }

    @Test
    void polynomialStepsAreMostlySmallAndCanApproachTheBounds() {
        int card = 65_537;
        Variation v = new Variation(new int[] {card}, CrossoverKind.UNIFORM, 1, MutationSettings.polynomial(20));
        SplitMix rnd = new SplitMix(3);
        int small = 0;
        int trials = 10_000;
        for (int t = 0; t < trials; t++) {
            if (Math.abs(v.mutateGene(32_768, card, rnd) - 32_768) < card / 10) {
                small++;
            }
        }
        assertTrue(small > 0.8 * trials, "most steps are below a tenth of the range: " + small);
        // from index 10 the bounded distribution reaches 0..9 without overshooting far past 0
        int below = 0;
        for (int t = 0; t < trials; t++) {
            if (v.mutateGene(10, card, rnd) < 10) {
                below++;
            }
        }
        assertTrue(below > 0.3 * trials, "steps towards a near bound are common: " + below);
    }

    @Test
    void crossoverMixesTheParentsGenes() {
        int[] a = {0, 0, 0, 0, 0, 0, 0, 0};
        int[] b = {1, 1, 1, 1, 1, 1, 1, 1};
        for (CrossoverKind kind : CrossoverKind.values()) {
            Variation v = new Variation(new int[] {2, 2, 2, 2, 2, 2, 2, 2}, kind, 1.0, MutationSettings.defaults());
            SplitMix rnd = new SplitMix(4);
            boolean mixed = false;
            for (int t = 0; t < 100; t++) {
                int[][] c = v.cross(a, b, rnd);
                for (int i = 0; i < a.length; i++) {
                    assertEquals(1, c[0][i] + c[1][i], "every gene goes to exactly one child");
                }
                int ones = java.util.Arrays.stream(c[0]).sum();
                mixed |= ones > 0 && ones < a.length;
                if (kind == CrossoverKind.TWO_POINT) {
                    int changes = 0;
                    for (int i = 1; i < a.length; i++) {
                        changes += c[0][i] != c[0][i - 1] ? 1 : 0;
                    }
                    assertTrue(changes <= 2, "two-point crossover swaps one contiguous segment");
                }
            }
            assertTrue(mixed, kind + " mixes genes");
        }
    }
}
