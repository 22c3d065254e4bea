package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Hover in parallel coordinates: the bucketed search finds what looking at every line finds. */
class LineIndexTest {

    /** {@code n} lines over three axes, some without a value on the middle one. */
    private static LinePlaces lines(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = new double[3][n];
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            slots[i] = i;
            values[0][i] = random.nextDouble();
            values[1][i] = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * random.nextDouble();
            values[2][i] = random.nextInt(4);
        }
        List<ParallelAxis> axes = List.of(
                ParallelAxis.metric("a", new double[] {0, 1}),
                ParallelAxis.metric("b", new double[] {0, 1}),
                ParallelAxis.parameter("c", List.of("w", "x", "y", "z")));
        return LinePlaces.of(slots, axes, values, new boolean[] {false, true, false});
    }

    /** The nearest line by looking at all of them (ties: the later one). */
    private static int bruteForce(LinePlaces p, int gap, double f, double t, double reach) {
        int best = -1;
        double bestDistance = reach;
        for (int k = 0; k < p.lines(); k++) {
            double d = Math.abs((1 - f) * (float) p.at(gap, k) + f * (float) p.at(gap + 1, k) - t);
            if (d <= bestDistance && (d < bestDistance || k > best)) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    @Property(tries = 300)
    void findsTheSameLineAsLookingAtEveryLine(
            @ForAll @IntRange(min = 0, max = 3000) int n,
            @ForAll @IntRange(min = 0, max = 1) int gap,
            @ForAll @DoubleRange(min = 0, max = 1) double f,
            @ForAll @DoubleRange(min = 0, max = 1) double t,
            @ForAll @DoubleRange(min = 0.01, max = 0.2) double reach) {
        LinePlaces p = lines(n, n * 31L + gap);
        LineIndex index = new LineIndex(p);
        int found = index.nearest(gap, f, t, reach);
        int expected = bruteForce(p, gap, f, t, reach);
        if (expected < 0) {
            assertThat(found).isEqualTo(-1);
        } else {
            double d = Math.abs((1 - f) * (float) p.at(gap, found) + f * (float) p.at(gap + 1, found) - t);
            double e = Math.abs((1 - f) * (float) p.at(gap, expected) + f * (float) p.at(gap + 1, expected) - t);
            assertThat(d).isCloseTo(e, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void aLineIsFoundOnItsSegmentAndNotFarFromIt() {
        double[][] values = new double[2][10];
        values[0][7] = 0.2;
        values[1][7] = 0.6;
        values[0][9] = 0.8;
        values[1][9] = 0.1;
        List<ParallelAxis> axes =
                List.of(ParallelAxis.metric("a", new double[] {0, 1}), ParallelAxis.metric("b", new double[] {0, 1}));
        LineIndex index = new LineIndex(LinePlaces.of(new int[] {7, 9}, axes, values, new boolean[2]));
        // Halfway across, line 0 is at 0.4 and line 1 at 0.45.
        assertThat(index.nearest(0, 0.5, 0.39, 0.02)).isEqualTo(0);
        assertThat(index.nearest(0, 0.5, 0.46, 0.02)).isEqualTo(1);
        assertThat(index.nearest(0, 0.5, 0.9, 0.02)).as("nothing within reach").isEqualTo(-1);
        assertThat(index.nearest(1, 0.5, 0.4, 0.02)).as("no such gap").isEqualTo(-1);
        assertThat(index.places().slots()[index.nearest(0, 0, 0.8, 0.02)]).isEqualTo(9);
    }

    @Test
    void linesWithoutAValueOnAnAxisBreakThere() {
        double[][] values = {{0.5}, {Double.NaN}, {0.5}};
        List<ParallelAxis> axes = List.of(
                ParallelAxis.metric("a", new double[] {0, 1}),
                ParallelAxis.metric("b", new double[] {0, 1}),
                ParallelAxis.metric("c", new double[] {0, 1}));
        LineIndex index = new LineIndex(LinePlaces.of(new int[] {0}, axes, values, new boolean[3]));
        assertThat(index.nearest(0, 0.0, 0.5, 0.1)).isEqualTo(-1);
        assertThat(index.nearest(1, 1.0, 0.5, 0.1)).isEqualTo(-1);
    }
}
