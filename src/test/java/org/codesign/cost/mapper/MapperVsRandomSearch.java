package org.codesign.cost.mapper;

import java.util.Random;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;

/**
 * The figures behind {@link MapperProperties#theDefaultMapperIsCloseToRandomSearch}, over seeds
 * 0..n−1: on how many random odd architectures the default mapper matches or beats the best of
 * 300 random legal mappings, on how many it is more than 10 % worse, the worst ratio and the
 * geometric mean of the EDP ratios (seeds where no random mapping fits are skipped).
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec
 * -Dbench.main=org.codesign.cost.mapper.MapperVsRandomSearch -Dbench.args=1000}
 */
public final class MapperVsRandomSearch {
    private MapperVsRandomSearch() {}

    public static void main(String[] args) {
        int seeds = Integer.parseInt(args[0]);
        int compared = 0;
        int noWorse = 0;
        int worseBy10 = 0;
        double worst = 0;
        long worstSeed = -1;
        double logSum = 0;
        for (long seed = 0; seed < seeds; seed++) {
            Random r = new Random(seed);
            Architecture arch = MapperProperties.architecture(r);
            ConvProblem p = MapperProperties.problem(r);
            double random = MapperProperties.bestRandom(seed, p, arch);
            if (!Double.isFinite(random)) {
                continue;
            }
            double ratio =
                    Mapper.search(p, arch, SpatialConstraints.none(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                                    .orElseThrow()
                                    .analysis()
                                    .edp()
                            / random;
            compared++;
            logSum += Math.log(ratio);
            noWorse += ratio <= 1 + 1e-9 ? 1 : 0;
            worseBy10 += ratio > 1.1 ? 1 : 0;
            if (ratio > worst) {
                worst = ratio;
                worstSeed = seed;
            }
        }
        System.out.printf(
                "%d seeds compared: mapper <= random on %.1f %%, > 10 %% worse on %.1f %%, "
                        + "worst %.3f (seed %d), geometric mean ratio %.4f%n",
                compared,
                100.0 * noWorse / compared,
                100.0 * worseBy10 / compared,
                worst,
                worstSeed,
                Math.exp(logSum / compared));
    }
}
