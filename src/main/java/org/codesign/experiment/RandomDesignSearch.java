package org.codesign.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.arch.DesignOutcome;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.RandomMappings;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.space.HardwareConfig;
import org.codesign.space.TemplateSpace;
import org.codesign.workload.Network;

/**
 * DOSA's random-search baseline (Hong et al., MICRO 2023): each sample is a uniformly random
 * hardware configuration of the space and one random legal mapping ({@link RandomMappings}) of
 * every distinct layer shape, and costs one model evaluation ({@link ModelEvaluations}). A sample
 * whose hardware cannot be built, or with a layer none of the bounded draws fitted, is redrawn and
 * not counted (in the baseline's favour); the number of such redraws is reported.
 */
final class RandomDesignSearch {
    private RandomDesignSearch() {}

    /** The lowest EDP (mJ·ms) of the samples, the samples evaluated, the redraws and the wall time. */
    record Result(double bestEdp, long evaluations, long redrawn, long elapsedMs) {}

    static Result run(Network network, TemplateSpace<HardwareConfig> space, long evaluations, long seed) {
        long start = System.nanoTime();
        Map<ConvProblem, Integer> shapes = RelaxedModel.shapes(network);
        int[] cardinalities = space.design().cardinalities();
        SplittableRandom random = new SplittableRandom(seed);
        double best = Double.POSITIVE_INFINITY;
        long done = 0;
        long redrawn = 0;
        // a space where almost nothing maps must still end
        long maxDraws = 100 * evaluations + 1000;
        while (done < evaluations && done + redrawn < maxDraws) {
            int[] genome = new int[cardinalities.length];
            for (int i = 0; i < genome.length; i++) {
                genome[i] = random.nextInt(cardinalities[i]);
            }
            DesignOutcome built = ArchitectureTemplates.build(space.decode(genome));
            List<Analysis> analyses = built instanceof AcceleratorDesign design ? sample(design, shapes, random) : null;
            if (analyses == null) {
                redrawn++;
                continue;
            }
            done++;
            double clockHz = ((AcceleratorDesign) built).architecture().clockHz();
            best = Math.min(best, ModelEvaluations.edp(shapes, analyses, clockHz));
        }
        return new Result(best, done, redrawn, (System.nanoTime() - start) / 1_000_000);
    }

    /** One random mapping per shape on the design, or null when a shape cannot be mapped. */
    private static List<Analysis> sample(
            AcceleratorDesign design, Map<ConvProblem, Integer> shapes, SplittableRandom random) {
        List<Analysis> analyses = new ArrayList<>(shapes.size());
        for (ConvProblem p : shapes.keySet()) {
            if (!(new RandomMappings(p, design.architecture(), design.constraints())
                            .sample(random, RandomMappings.DEFAULT_TRIES)
                    instanceof MapResult r)) {
                return null;
            }
            analyses.add(r.analysis());
        }
        return analyses;
    }
}
