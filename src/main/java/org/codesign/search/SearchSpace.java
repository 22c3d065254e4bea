package org.codesign.search;

/** Helpers on genome spaces described by their cardinalities. */
public final class SearchSpace {
    private SearchSpace() {}

    /** Number of genomes, saturating at {@link Long#MAX_VALUE}. */
    public static long size(int[] cardinalities) {
        long size = 1;
        for (int c : cardinalities) {
            if (size > Long.MAX_VALUE / Math.max(1, c)) {
                return Long.MAX_VALUE;
            }
            size *= c;
        }
        return size;
    }

    /** Checks the cardinalities a problem declares. */
    static int[] validCardinalities(Problem problem) {
        int[] card = Checks.notNull("cardinalities", problem.cardinalities()).clone();
        if (card.length == 0) {
            throw new IllegalArgumentException("cardinalities: the genome must have at least one gene");
        }
        for (int i = 0; i < card.length; i++) {
            if (card[i] < 1) {
                throw new IllegalArgumentException(
                        "cardinalities: gene " + i + " must have at least one value, got " + card[i]);
            }
        }
        Checks.atLeast("objectiveCount", problem.objectiveCount(), 1);
        Checks.atLeast("constraintCount", problem.constraintCount(), 0);
        return card;
    }

    /** Checks that a given genome (e.g. a seed) fits the space; {@code field} names it in messages. */
    static void checkGenome(String field, int[] genome, int[] cardinalities) {
        Checks.notNull(field, genome);
        if (genome.length != cardinalities.length) {
            throw new IllegalArgumentException(
                    field + ": has " + genome.length + " genes but the problem has " + cardinalities.length);
        }
        for (int i = 0; i < genome.length; i++) {
            if (genome[i] < 0 || genome[i] >= cardinalities[i]) {
                throw new IllegalArgumentException(
                        field + ": gene " + i + " = " + genome[i] + " is outside [0, " + cardinalities[i] + ")");
            }
        }
    }

    static int[] randomGenome(int[] cardinalities, SplitMix random) {
        int[] g = new int[cardinalities.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = random.nextInt(cardinalities[i]);
        }
        return g;
    }

    /** All genomes differing from {@code genome} by one step (+-1) in one gene, in gene order. */
    static java.util.List<int[]> neighbours(int[] genome, int[] cardinalities) {
        java.util.List<int[]> out = new java.util.ArrayList<>(2 * genome.length);
        for (int i = 0; i < genome.length; i++) {
            for (int d = -1; d <= 1; d += 2) {
                int v = genome[i] + d;
                if (v >= 0 && v < cardinalities[i]) {
                    int[] n = genome.clone();
                    n[i] = v;
                    out.add(n);
                }
            }
        }
        return out;
    }
}
