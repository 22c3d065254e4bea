package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Objective;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.StudyFront;
import org.junit.jupiter.api.Test;

/** The pivots that thin out the front's sort rule out no Pareto-optimal point, and some others. */
class FrontPivotsTest {
    private static List<PointEntry> entries(List<EvaluatedPoint> points) {
        RunPoints columns = RunPoints.of(points);
        List<PointEntry> list = new ArrayList<>();
        for (int r = 0; r < columns.size(); r++) {
            list.add(new PointEntry("run-1", columns, r));
        }
        return list;
    }

    @Test
    void noParetoOptimalPointIsDominatedByAPivotAndMostOthersAre() {
        List<EvaluatedPoint> points = new ArrayList<>(TestPoints.cloud(20_000, 0, 7));
        // ties and infeasible points: a copy of a front point is on the front too
        points.add(TestPoints.infeasible(90_000, 99, 0.1, 0.1));
        List<Objective> objectives = TestPoints.study().objectives();
        BitSet front = StudyFront.paretoMask(points, objectives);
        EvaluatedPoint onFront = points.get(front.nextSetBit(0));
        points.add(TestPoints.point(
                90_001,
                onFront.metric(org.codesign.eval.Metric.ACCURACY),
                onFront.metric(org.codesign.eval.Metric.LATENCY),
                onFront.metric(org.codesign.eval.Metric.POWER)));
        front = StudyFront.paretoMask(points, objectives);
        List<PointEntry> list = entries(points);
        FrontPivots pivots = FrontPivots.of(list, objectives);

        assertThat(pivots.size()).isPositive();
        int ruledOut = 0;
        for (int i = 0; i < list.size(); i++) {
            if (pivots.dominate(list.get(i))) {
                assertThat(front.get(i))
                        .as("point %d is on the front but a pivot dominates it", i)
                        .isFalse();
                ruledOut++;
            }
        }
        assertThat(front.get(points.size() - 1)).as("the copy of a front point").isTrue();
        // a cloud along a trade-off (the front curves): the pivots still rule out ~12 % (2,367)
        assertThat(ruledOut).as("points left out of the sort").isGreaterThan(points.size() / 20);
    }

    @Test
    void theStoreFlagsTheSameFrontAsTheWholeSort() {
        List<EvaluatedPoint> points = TestPoints.cloud(5_000, 0, 11);
        PointStore store = TestPoints.store();
        store.load(TestPoints.study().withRuns(List.of()));
        store.append("run-1", points);
        BitSet expected = StudyFront.paretoMask(points, TestPoints.study().objectives());
        BitSet flagged = new BitSet();
        for (int i = 0; i < store.entries().size(); i++) {
            if (store.entries().get(i).pareto()) {
                flagged.set(i);
            }
        }
        assertThat(flagged).isEqualTo(expected);
    }
}
