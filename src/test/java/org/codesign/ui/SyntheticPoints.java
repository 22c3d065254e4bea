package org.codesign.ui;

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
import org.codesign.ui.points.PointStore;

/**
 * Made-up evaluated points for view tests and benchmarks: a cloud shaped like the real
 * trade-off (more accurate networks are slower and draw more power), with valid genomes of the
 * default study so hover text and parallel coordinates can decode them.
 */
final class SyntheticPoints {
    private SyntheticPoints() {}

    static Study study() {
        return Studies.defaultStudy();
    }

    /** {@code n} points of one run, indices starting at {@code firstIndex}. */
    static List<EvaluatedPoint> cloud(int n, long firstIndex, long seed) {
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
            double latency = 2 + 30 * size * (1.2 - speed) + 3 * random.nextDouble();
            double power = 4 + 8 * speed + 2 * random.nextDouble();
            double accuracy = 68 + 12 * Math.sqrt(size) - 2 * random.nextDouble();
            points.add(point(firstIndex + i, 1 + i / 100, genome, accuracy, latency, power));
        }
        return points;
    }

    static EvaluatedPoint point(
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

    /** A store holding the given runs' points under the default study's objectives. */
    static PointStore store(Map<String, List<EvaluatedPoint>> runs) {
        PointStore store = new PointStore();
        store.setObjectives(study().objectives());
        runs.forEach(store::append);
        return store;
    }
}
