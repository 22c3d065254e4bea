package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.StudyFront;
import org.codesign.ui.points.PointStore;

/** Appending points updates the Pareto flags incrementally; they must equal a full recomputation. */
class PointStoreFrontProperties {

    @Property(tries = 150)
    void flagsAfterEachBatchEqualTheFrontOfAllPoints(
            @ForAll @Size(min = 1, max = 6) List<@Size(max = 40) List<@IntRange(min = 0, max = 7) Integer>> batches) {
        PointStore store = new PointStore();
        store.setObjectives(SyntheticPoints.study().objectives());
        List<EvaluatedPoint> all = new ArrayList<>();
        long index = 0;
        for (List<Integer> batch : batches) {
            List<EvaluatedPoint> points = new ArrayList<>();
            for (int code : batch) {
                // Few distinct values: many ties and duplicates; code 7 is infeasible.
                Map<Metric, Double> m = new EnumMap<>(Metric.class);
                m.put(Metric.ACCURACY, 70.0 + (code * 3 + index) % 5);
                m.put(Metric.LATENCY, 1.0 + (code * 5 + index / 2) % 4);
                m.put(Metric.POWER, 2.0 + (code + index / 3) % 3);
                points.add(new EvaluatedPoint(index++, 1, new int[0], m, code == 7 ? 1 : 0, null));
            }
            store.append("run-1", points);
            all.addAll(points);
            BitSet expected = StudyFront.paretoMask(all, SyntheticPoints.study().objectives());
            for (int i = 0; i < all.size(); i++) {
                assertThat(store.entries().get(i).pareto())
                        .as("point %d after %d points", i, all.size())
                        .isEqualTo(expected.get(i));
            }
        }
    }
}
