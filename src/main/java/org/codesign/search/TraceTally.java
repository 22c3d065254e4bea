package org.codesign.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts what one NSGA-II generation's operators do, only for a run that traces generations. */
final class TraceTally {
    private int tournaments;
    private int crossed;
    private int copied;
    private int mutated;
    private int genes;
    private int duplicates;
    private int reused;

    void pairDrawn() {
        tournaments += 2;
    }

    void duplicate() {
        duplicates++;
    }

    /** A child kept as offspring: from a crossed pair or not, with this many genes mutated. */
    void kept(boolean fromCrossedPair, int genesMutated, boolean evaluatedBefore) {
        if (fromCrossedPair) {
            crossed++;
        } else {
            copied++;
        }
        if (genesMutated > 0) {
            mutated++;
            genes += genesMutated;
        }
        if (evaluatedBefore) {
            reused++;
        }
    }

    /** The random initial population: only sorting and crowding happened. */
    static GenerationTrace initial(int step, List<RankedIndividual> population) {
        int[] sizes =
                frontSizes(population.stream().mapToInt(RankedIndividual::rank).toArray());
        return new GenerationTrace(
                step,
                new GenerationTrace.Selection(0, 0),
                new GenerationTrace.Crossover(0, 0),
                new GenerationTrace.Mutation(0, 0),
                0,
                0,
                boxed(sizes),
                new GenerationTrace.Crowding(-1, 0, 0, 0, 0),
                population,
                List.of(),
                List.of());
    }

    /** The trace of a generation whose parents + offspring were {@code merged} and whose survivors are ranked. */
    GenerationTrace generation(
            int step,
            List<Individual> merged,
            List<RankedIndividual> population,
            List<Individual> parents,
            List<Individual> offspring) {
        // the same ranking the survival used: deterministic, so recomputing it here changes nothing
        int[] sizes = frontSizes(Ranking.of(merged).ranks());
        int mu = population.size();
        int cut = -1;
        int filled = 0;
        for (int r = 0; r < sizes.length && filled < mu; r++) {
            if (filled + sizes[r] > mu) {
                cut = r;
                break;
            }
            filled += sizes[r];
        }
        Set<Integer> born = new HashSet<>();
        offspring.forEach(o -> born.add(o.index()));
        int surviving = 0;
        int onFirst = 0;
        for (RankedIndividual m : population) {
            if (born.contains(m.individual().index())) {
                surviving++;
                if (m.rank() == 0) {
                    onFirst++;
                }
            }
        }
        return new GenerationTrace(
                step,
                new GenerationTrace.Selection(tournaments, parents.size()),
                new GenerationTrace.Crossover(crossed, copied),
                new GenerationTrace.Mutation(mutated, genes),
                duplicates,
                reused,
                boxed(sizes),
                new GenerationTrace.Crowding(
                        cut, cut < 0 ? 0 : sizes[cut], cut < 0 ? 0 : mu - filled, surviving, onFirst),
                population,
                parents,
                offspring);
    }

    private static int[] frontSizes(int[] ranks) {
        int max = -1;
        for (int r : ranks) {
            max = Math.max(max, r);
        }
        int[] sizes = new int[max + 1];
        for (int r : ranks) {
            sizes[r]++;
        }
        return sizes;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}
