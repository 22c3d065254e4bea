package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Studies;
import org.codesign.study.Study;

/**
 * Made-up evaluated points of the default study for the view-model tests of every feature
 * package (they need no stage): single points with chosen metrics, and random clouds with
 * valid genomes.
 */
public final class TestPoints {
    private TestPoints() {}

    public static Study study() {
        return Studies.defaultStudy();
    }

    /** A feasible point with a valid genome (every gene 0) and the given objective values. */
    public static EvaluatedPoint point(long index, double accuracy, double latency, double power) {
        return point(index, 1, new int[study().space().genomeLength()], accuracy, latency, power);
    }

    public static EvaluatedPoint point(
            long index, int generation, int[] genome, double accuracy, double latency, double power) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.ACCURACY, accuracy);
        m.put(Metric.LATENCY, latency);
        m.put(Metric.POWER, power);
        m.put(Metric.ENERGY, latency * power);
        m.put(Metric.EDP, latency * latency * power);
        m.put(Metric.MACS, 2e8 + 4e8 * (accuracy - 68) / 12);
        m.put(Metric.PARAMS, 4e6 + 3e6 * (accuracy - 68) / 12);
        return new EvaluatedPoint(index, generation, genome, m, 0, null);
    }

    /** An infeasible point: it broke a constraint of the hardware. */
    public static EvaluatedPoint infeasible(long index, double accuracy, double latency, double power) {
        EvaluatedPoint p = point(index, accuracy, latency, power);
        return new EvaluatedPoint(p.index(), p.generation(), p.genome(), p.metrics(), 0, "does not fit");
    }

    /** {@code n} random points of one run with valid genomes, indices from {@code firstIndex}. */
    public static List<EvaluatedPoint> cloud(int n, long firstIndex, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CodesignSpace space = study().space();
        int[] cards = space.cardinalities();
        List<EvaluatedPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] genome = new int[cards.length];
            for (int g = 0; g < cards.length; g++) {
                genome[g] = random.nextInt(cards[g]);
            }
            double size = random.nextDouble();
            double speed = random.nextDouble();
            points.add(point(
                    firstIndex + i,
                    1 + i / 100,
                    genome,
                    68 + 12 * Math.sqrt(size) - 2 * random.nextDouble(),
                    2 + 30 * size * (1.2 - speed) + 3 * random.nextDouble(),
                    4 + 8 * speed + 2 * random.nextDouble()));
        }
        return points;
    }

    /** An empty store under the default study's objectives. */
    public static PointStore store() {
        PointStore store = new PointStore();
        store.setObjectives(study().objectives());
        return store;
    }
}
