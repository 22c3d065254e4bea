package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointPositionsTest {

    @Test
    void agreesWithAHashMapThroughGrowthAndRepeats() {
        PointPositions positions = new PointPositions();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 50_000; i++) {
            String run = "run-" + random.nextInt(3);
            long index = random.nextLong(-5, 40_000);
            boolean fresh = !expected.containsKey(run + "/" + index);
            assertThat(positions.putIfAbsent(run, index, i)).isEqualTo(fresh);
            expected.putIfAbsent(run + "/" + index, i);
        }
        expected.forEach((key, position) -> {
            String[] parts = key.split("/");
            assertThat(positions.get(parts[0], Long.parseLong(parts[1]))).isEqualTo(position);
        });
        assertThat(positions.get("run-9", 1)).isEqualTo(-1);
        assertThat(positions.get("run-0", 1L << 50)).isEqualTo(-1);
        positions.clear();
        assertThat(positions.get("run-0", 0)).isEqualTo(-1);
    }

    /** A run's points in its own order (0, 1, 2, …, the dense form), repeats, then one out of order. */
    @Test
    void agreesWithAHashMapWhenIndicesComeInOrderAndThenNot() {
        PointPositions positions = new PointPositions();
        Map<Long, Integer> expected = new HashMap<>();
        positions.reserve("run-1", 10);
        for (int i = 0; i < 30_000; i++) {
            assertThat(positions.putIfAbsent("run-1", i, 2 * i)).isTrue();
            expected.put((long) i, 2 * i);
            if (i % 997 == 0) {
                assertThat(positions.putIfAbsent("run-1", i / 2, -7))
                        .as("a repeat")
                        .isFalse();
            }
        }
        assertThat(positions.get("run-1", 29_999)).isEqualTo(59_998);
        assertThat(positions.get("run-1", 30_000)).isEqualTo(-1);
        assertThat(positions.get("run-1", -1)).isEqualTo(-1);
        assertThat(positions.putIfAbsent("run-1", 40_000, 1)).as("out of order").isTrue();
        expected.put(40_000L, 1);
        assertThat(positions.putIfAbsent("run-1", 30_000, 3)).isTrue();
        expected.put(30_000L, 3);
        expected.forEach(
                (index, position) -> assertThat(positions.get("run-1", index)).isEqualTo(position));
        assertThat(positions.get("run-1", 35_000)).isEqualTo(-1);
    }
}
