package org.codesign.cost.mapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The seeds of one search, in the order polishing takes them: by score, ties in seeding order.
 * Only the polished-th best seed score so far has to be beaten to be among the seeds polished
 * first, so a seed's analysis may stop early above it; such a seed stays pending and is scored
 * exactly only if polishing reaches it ({@link #settle}).
 */
final class SeedPool {
    /**
     * A seed: its state, its exact score or, when its bounded analysis stopped early, NaN (its
     * score then exceeds {@code bound}, the polished-th best seed score at the time), and its
     * place in the seeding order (ties keep that order).
     */
    record Seed(MappingState state, double score, double bound, int index) {}

    private static final Comparator<Seed> BY_SCORE =
            Comparator.comparingDouble(Seed::score).thenComparingInt(Seed::index);

    private final StateScorer scorer;
    private final List<Seed> seeds = new ArrayList<>();
    /** Seeds whose bounded analysis stopped early. */
    private final List<Seed> pending = new ArrayList<>();
    /** Fingerprints of the states kept as seeds. */
    private final LongDoubleMap keys = new LongDoubleMap();
    /** The polished-th best exact seed scores so far, ascending (infinite while fewer). */
    private final double[] bestScores;

    private int count;

    SeedPool(StateScorer scorer, int polished) {
        this.scorer = scorer;
        bestScores = new double[Math.max(1, polished)];
        Arrays.fill(bestScores, StateScorer.INF);
    }

    /**
     * Keeps the state as a seed unless it does not fit or is already a seed: polishing stops at
     * the first infinite seed and skips a state already polished, so dropping those here changes
     * nothing but the copying. The pool keeps the state itself: the caller must not change it.
     */
    void offer(MappingState state) {
        if (!scorer.fits(state)) {
            return;
        }
        long key = state.key();
        if (!Double.isNaN(keys.get(key))) {
            return;
        }
        keys.put(key, 1);
        int k = bestScores.length;
        double bound = bestScores[k - 1];
        double score = scorer.score(state, bound);
        boolean isPending = !scorer.scoredExactly(key);
        if (!isPending && !Double.isFinite(score)) {
            return; // the full analysis found that the tiles do not fit
        }
        Seed seed = new Seed(state, isPending ? Double.NaN : score, bound, count++);
        if (isPending) {
            pending.add(seed);
            return;
        }
        seeds.add(seed);
        // keep the k best exact scores, ascending
        int j = k - 1;
        if (score < bestScores[j]) {
            while (j > 0 && score < bestScores[j - 1]) {
                bestScores[j] = bestScores[j - 1];
                j--;
            }
            bestScores[j] = score;
        }
    }

    /** Orders the exact seeds for polishing; call once seeding is done. */
    void sort() {
        seeds.sort(BY_SCORE);
    }

    /** Seeds, exact and pending. */
    int size() {
        return seeds.size() + pending.size();
    }

    /**
     * The seed {@code i} that an exact scoring of every seed would put there: the seeds before
     * {@code i} are settled, and a pending seed can only come next if its bound is below the next
     * exact seed's score, so only those are scored exactly (their states were counted as
     * evaluations already, so the count does not change) and the rest re-sorted.
     */
    Seed settle(int i) {
        double next = i < seeds.size() ? seeds.get(i).score() : StateScorer.INF;
        boolean added = false;
        for (var it = pending.iterator(); it.hasNext(); ) {
            Seed sd = it.next();
            if (sd.bound() < next || next == StateScorer.INF) {
                seeds.add(new Seed(sd.state(), scorer.score(sd.state(), StateScorer.INF), sd.bound(), sd.index()));
                it.remove();
                added = true;
            }
        }
        if (added) {
            seeds.subList(i, seeds.size()).sort(BY_SCORE);
        }
        return seeds.get(i);
    }
}
