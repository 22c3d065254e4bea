package org.codesign.search.codesign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.codesign.search.Evaluation;
import org.codesign.search.Problem;
import org.junit.jupiter.api.Test;

class FixedGenesProblemTest {
    private static final Problem FULL = new Problem() {
        @Override
        public int[] cardinalities() {
            return new int[] {2, 5, 7};
        }

        @Override
        public int objectiveCount() {
            return 1;
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            return Evaluation.of(genome[0] * 100 + genome[1] * 10 + genome[2]);
        }
    };

    @Test
    void compactSearchesOnlyTheFreeGenes() {
        FixedGenesProblem free = FixedGenesProblem.compact(FULL, new int[] {1, -1, 3});
        assertArrayEquals(new int[] {5}, free.cardinalities());
        assertArrayEquals(new int[] {1, 4, 3}, free.toFull(new int[] {4}));
        assertEquals(143, free.evaluate(new int[] {4}).objective(0));
        assertThrows(IllegalArgumentException.class, () -> FixedGenesProblem.compact(FULL, new int[] {0, 0, 0}));
    }

    @Test
    void paddedKeepsFixedGenesWithOneValue() {
        FixedGenesProblem p = FixedGenesProblem.padded(FULL, new int[] {1, -1, 3});
        assertArrayEquals(new int[] {1, 5, 1}, p.cardinalities());
        assertArrayEquals(new int[] {1, 4, 3}, p.toFull(new int[] {0, 4, 0}));
        assertEquals(143, p.evaluate(new int[] {0, 4, 0}).objective(0));
        assertArrayEquals(
                new int[] {2, 5, 7},
                FixedGenesProblem.padded(FULL, new int[] {-1, -1, -1}).cardinalities());
        var e = assertThrows(IllegalArgumentException.class, () -> FixedGenesProblem.padded(FULL, new int[] {1, -1}));
        assertEquals("fixed: expected 3 genes, got 2", e.getMessage());
    }
}
