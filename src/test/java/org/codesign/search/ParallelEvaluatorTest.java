package org.codesign.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelEvaluatorTest {
    private static final Problem PROBLEM = TestProblems.zdtLike(6, 5);

    private static List<int[]> batch(int n) {
        List<int[]> genomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            genomes.add(new int[] {i % 5, 1, 2, 3, 4, (i / 5) % 5});
        }
        return genomes;
    }

    private static long poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("search-eval-"))
                .count();
    }

    @Test
    void aBatchGetsTheSameEvaluationsAsOneThread() {
        ParallelEvaluator two = new ParallelEvaluator(PROBLEM, 2);
        ParallelEvaluator one = new ParallelEvaluator(PROBLEM, 1);
        Evaluation[] parallel = two.evaluate(batch(40), () -> false);
        Evaluation[] inline = one.evaluate(batch(40), () -> false);
        two.close();
        for (int i = 0; i < parallel.length; i++) {
            assertThat(parallel[i].objectives()).isEqualTo(inline[i].objectives());
        }
    }

    @Test
    void idleWorkersOfAnEvaluatorNeverClosedEnd() throws InterruptedException {
        long before = poolThreads();
        ParallelEvaluator evaluator = new ParallelEvaluator(PROBLEM, 2, 500);
        evaluator.evaluate(batch(40), () -> false);
        assertThat(poolThreads()).as("workers while it evaluates").isGreaterThan(before);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (poolThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(poolThreads()).as("workers left once idle, never closed").isLessThanOrEqualTo(before);
        // and it still evaluates afterwards, on new workers
        assertThat(evaluator.evaluate(batch(4), () -> false)).hasSize(4).doesNotContainNull();
        evaluator.close();
    }
}
