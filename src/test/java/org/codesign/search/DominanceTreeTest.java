package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DominanceTreeTest {

    private static Individual point(int index, double... f) {
        return new Individual(new int[] {index}, Evaluation.of(f), index, 0);
    }

    @Test
    void answersDominanceQueriesLikeAScanAndForgetsRemovedMembers() {
        Random rnd = new Random(7);
        for (int m = 2; m <= 4; m++) {
            List<Individual> members = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                double[] f = new double[m];
                for (int k = 0; k < m; k++) {
                    f[k] = rnd.nextInt(20); // ties on every axis
                }
                members.add(point(i, f));
            }
            DominanceTree tree = new DominanceTree(m, members);
            List<Individual> alive = new ArrayList<>(members);
            for (int q = 0; q < 400; q++) {
                double[] f = new double[m];
                for (int k = 0; k < m; k++) {
                    f[k] = rnd.nextInt(22) - 1;
                }
                boolean expected = alive.stream().anyMatch(a -> Dominance.weaklyDominates(a.objectivesView(), f));
                assertEquals(expected, tree.weaklyDominated(f), "query " + q + " in " + m + "D");
                if (q % 4 == 0) {
                    List<Individual> removed = new ArrayList<>();
                    tree.removeWeaklyDominatedBy(f, removed);
                    List<Individual> dominated = alive.stream()
                            .filter(a -> Dominance.weaklyDominates(f, a.objectivesView()))
                            .toList();
                    assertEquals(dominated.size(), removed.size());
                    assertTrue(removed.containsAll(dominated));
                    alive.removeAll(dominated);
                } else if (q % 4 == 1 && !alive.isEmpty()) {
                    Individual gone = alive.remove(rnd.nextInt(alive.size()));
                    assertTrue(tree.remove(gone));
                    assertFalse(tree.remove(gone), "a removed member is not found again");
                }
                assertEquals(alive.size(), tree.liveCount());
            }
        }
    }

    @Test
    void asksForARebuildOnceMostNodesAreDead() {
        List<Individual> members = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            members.add(point(i, i, 200 - i));
        }
        DominanceTree tree = new DominanceTree(2, members);
        assertFalse(tree.needsRebuild());
        List<Individual> removed = new ArrayList<>();
        tree.removeWeaklyDominatedBy(new double[] {-1, 150}, removed); // everything with f2 >= 150
        assertEquals(51, removed.size());
        assertFalse(tree.needsRebuild());
        tree.removeWeaklyDominatedBy(new double[] {-1, 40}, removed);
        assertTrue(tree.needsRebuild(), "161 of 200 nodes dead");
    }
}
