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
}
