package org.codesign.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Small discrete problems for tests. */
final class TestProblems {
    private TestProblems() {}

    /**
     * A ZDT1-like problem on {@code genes} genes with {@code values} values each: f1 = x0,
     * f2 = g (1 - sqrt(f1 / g)), g = 1 + 9 mean(x1..). Its front is x1.. = 0.
     */
    static Problem zdtLike(int genes, int values) {
        return new Problem() {
            @Override
            public int[] cardinalities() {
                int[] c = new int[genes];
                java.util.Arrays.fill(c, values);
                return c;
            }

            @Override
            public int objectiveCount() {
                return 2;
            }

            @Override
            public Evaluation evaluate(int[] g) {
                double f1 = g[0] / (double) (values - 1);
                double sum = 0;
                for (int i = 1; i < g.length; i++) {
                    sum += g[i] / (double) (values - 1);
                }
                double gg = 1 + 9 * sum / Math.max(1, g.length - 1);
                return Evaluation.of(f1, gg * (1 - Math.sqrt(f1 / gg)));
            }
        };
    }

    /**
     * Three objectives with a constraint and an infeasible corner: f = (a + b, b + c, c + a) style
     * trade-offs on {@code genes} genes; the constraint asks sum of genes >= {@code minSum}; genomes
     * whose first two genes are both at their maximum "do not fit" (infeasible with a reason).
     */
    static Problem constrained3(int genes, int values, int minSum) {
        return new Problem() {
            @Override
            public int[] cardinalities() {
                int[] c = new int[genes];
                java.util.Arrays.fill(c, values);
                return c;
            }

            @Override
            public int objectiveCount() {
                return 3;
            }

            @Override
            public int constraintCount() {
                return 1;
            }

            @Override
            public Evaluation evaluate(int[] g) {
                if (g[0] == values - 1 && g[1] == values - 1) {
                    return Evaluation.infeasible("does not fit", 3, 1);
                }
                double[] f = new double[3];
                int sum = 0;
                for (int i = 0; i < g.length; i++) {
                    sum += g[i];
                    double x = g[i] / (double) (values - 1);
                    f[i % 3] += x * x;
                    f[(i + 1) % 3] += (1 - x) * (1 - x) * 0.5;
                    f[(i + 2) % 3] += Math.abs(x - 0.3);
                }
                return Evaluation.of(f, new double[] {Violations.atLeast(sum, minSum)});
            }
        };
    }

    /** A problem that forwards to another, for wrappers overriding one method. */
    static class Delegating implements Problem {
        final Problem inner;

        Delegating(Problem inner) {
            this.inner = inner;
        }

        @Override
        public int[] cardinalities() {
            return inner.cardinalities();
        }

        @Override
        public int objectiveCount() {
            return inner.objectiveCount();
        }

        @Override
        public int constraintCount() {
            return inner.constraintCount();
        }

        @Override
        public PayloadColumns payloadColumns() {
            return inner.payloadColumns();
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            return inner.evaluate(genome);
        }
    }

    /** Counts calls and remembers which genomes were evaluated more than once. */
    static final class Counting extends Delegating {
        final AtomicInteger calls = new AtomicInteger();
        final Set<GenomeKey> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger repeats = new AtomicInteger();

        Counting(Problem inner) {
            super(inner);
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            calls.incrementAndGet();
            if (!seen.add(GenomeKey.copyOf(genome))) {
                repeats.incrementAndGet();
            }
            return inner.evaluate(genome);
        }
    }

    /** Brute force: the non-dominated feasible objective vectors of the whole space (sorted). */
    static java.util.List<double[]> trueFront(Problem p) {
        int[] card = p.cardinalities();
        java.util.List<double[]> all = new java.util.ArrayList<>();
        int[] g = new int[card.length];
        while (true) {
            Evaluation e = p.evaluate(g.clone());
            if (e.isFeasible()) {
                all.add(e.objectives());
            }
            int i = card.length - 1;
            while (i >= 0 && ++g[i] == card[i]) {
                g[i] = 0;
                i--;
            }
            if (i < 0) {
                break;
            }
        }
        java.util.List<double[]> front = new java.util.ArrayList<>();
        for (double[] a : all) {
            boolean dominated = false;
            for (double[] b : all) {
                if (Dominance.dominates(b, a)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated && front.stream().noneMatch(f -> java.util.Arrays.equals(f, a))) {
                front.add(a);
            }
        }
        front.sort(TestProblems::lexicographic);
        return front;
    }

    static int lexicographic(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            int c = Double.compare(a[k], b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
