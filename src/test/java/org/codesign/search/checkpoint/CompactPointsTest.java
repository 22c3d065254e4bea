package org.codesign.search.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.codesign.search.Evaluation;
import org.codesign.search.Individual;
import org.codesign.search.PointView;
import org.junit.jupiter.api.Test;

/** A checkpoint's points read one at a time into a log read back exactly as they were written. */
class CompactPointsTest {
    private static final CheckpointJson JSON = new CheckpointJson(PayloadCodec.NONE);

    private static Individual point(int index, int step, int... genome) {
        return new Individual(
                genome,
                new Evaluation(
                        new double[] {index * 0.5, -index, Double.MAX_VALUE}, new double[] {0, 0.25}, null, null),
                index,
                step);
    }

    private static List<Individual> throughJson(List<Individual> points, boolean withIndex) throws Exception {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = CheckpointJson.MAPPER.getFactory().createGenerator(text)) {
            JSON.writePoints(g, points, withIndex);
        }
        try (JsonParser p = CheckpointJson.MAPPER.getFactory().createParser(text.toString())) {
            p.nextToken();
            return JSON.readPoints(p, withIndex);
        }
    }

    @Test
    void manyPointsComeBackEqualAndAreKeptInColumns() throws Exception {
        List<Individual> points = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            points.add(point(i, i / 40, i % 7, i % 255, 3));
        }
        List<Individual> back = throughJson(points, false);
        assertThat(back).isEqualTo(points);
        assertThat(back).as("columns, not an object per point").isInstanceOf(PointView.class);
    }

    @Test
    void aGeneBeyondEightBitsWidensTheColumns() throws Exception {
        List<Individual> points = List.of(point(0, 0, 1, 2), point(1, 0, 255, 3), point(2, 1, 70_000, 0));
        assertThat(throughJson(points, false)).isEqualTo(points);
    }

    @Test
    void indexedPointsKeepTheirIndicesWhetherOrNotTheyFollowOneAnother() throws Exception {
        List<Individual> finished = List.of(point(40, 2, 1), point(41, 2, 2), point(42, 3, 0));
        assertThat(throughJson(finished, true)).isEqualTo(finished);
        List<Individual> spare = List.of(point(7, 2, 1), point(3, 2, 2), point(12, 3, 0));
        assertThat(throughJson(spare, true)).isEqualTo(spare);
    }

    @Test
    void pointsThatDoNotFitTheFirstAreRefusedWithTheReason() {
        assertThatThrownBy(() -> throughJson(List.of(point(0, 0, 1, 2), point(1, 0, -1, 2)), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gene 0 is -1");
        assertThatThrownBy(() -> throughJson(List.of(point(0, 0, 1, 2), point(1, 0, 1, 2, 3)), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 genes");
    }
}
