package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.codesign.ui.pareto.plot.AxisIntervals.Interval;
import org.junit.jupiter.api.Test;

/** Several intervals per parallel axis: kept sorted and disjoint, removed one by one, forgotten with their axis. */
class AxisIntervalsTest {
    private final AxisIntervals intervals = new AxisIntervals();

    @Test
    void addedIntervalsStaySortedAndMergeWhereTheyOverlap() {
        intervals.add("a", 0.6, 0.8);
        intervals.add("a", 0.3, 0.1); // either order
        assertThat(intervals.of("a")).containsExactly(new Interval(0.1, 0.3), new Interval(0.6, 0.8));
        intervals.add("a", 0.25, 0.65); // bridges both
        assertThat(intervals.of("a")).containsExactly(new Interval(0.1, 0.8));
        intervals.add("a", 0.9, 1);
        assertThat(intervals.of("a")).hasSize(2);
    }

    @Test
    void replaceLeavesOneIntervalAndOtherAxesAlone() {
        intervals.add("a", 0.1, 0.2);
        intervals.add("a", 0.5, 0.6);
        intervals.add("b", 0.0, 0.4);
        intervals.replace("a", 0.7, 0.9);
        assertThat(intervals.of("a")).containsExactly(new Interval(0.7, 0.9));
        assertThat(intervals.of("b")).containsExactly(new Interval(0.0, 0.4));
    }

    @Test
    void removeAtDropsOnlyTheIntervalHoldingThePlace() {
        intervals.add("a", 0.1, 0.2);
        intervals.add("a", 0.5, 0.6);
        assertThat(intervals.removeAt("a", 0.3)).as("between the intervals").isFalse();
        assertThat(intervals.removeAt("a", 0.55)).isTrue();
        assertThat(intervals.of("a")).containsExactly(new Interval(0.1, 0.2));
        assertThat(intervals.removeAt("a", 0.15)).isTrue();
        assertThat(intervals.isEmpty())
                .as("an axis without intervals is not brushed")
                .isTrue();
    }

    @Test
    void putRestoresAnAxisAndRetainForgetsGoneAxes() {
        intervals.put("a", List.of(new Interval(0.5, 0.7), new Interval(0.1, 0.2), new Interval(0.15, 0.3)));
        assertThat(intervals.of("a")).containsExactly(new Interval(0.1, 0.3), new Interval(0.5, 0.7));
        intervals.add("b", 0, 1);
        intervals.retain(List.of("b"));
        assertThat(intervals.of("a")).isEmpty();
        assertThat(intervals.of("b")).hasSize(1);
        intervals.put("b", List.of());
        assertThat(intervals.isEmpty()).isTrue();
    }

    @Test
    void anEmptyIntervalIsRefusedWithItsBounds() {
        assertThatThrownBy(() -> new Interval(0.5, 0.2)).hasMessageContaining("0.5 … 0.2");
    }
}
