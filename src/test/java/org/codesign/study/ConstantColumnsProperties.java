package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.codesign.eval.Metric;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * A metric or violation column that is one value over a block (or absent throughout) is kept as
 * that value, and indices that count up by one as the block's first; either reads back exactly as
 * a plain array of the rows would, through every way a table is built.
 */
class ConstantColumnsProperties {
    static {
        // JOL reads a record's field offsets (RunPoints' blocks are records) only this way
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private static final int METRICS = Metric.values().length;

    /** Rows added one by one into blocks of 4, with snapshots along the way, against plain arrays. */
    @Property(tries = 300)
    void rowsReadBackAsAPlainArrayWhateverIsConstant(
            @ForAll("metricRows") double[][] rows,
            @ForAll @IntRange(min = 1, max = 7) int every,
            @ForAll @IntRange(min = 0, max = 31) int jumpAt) {
        RunPoints.Builder b = RunPoints.builder(2);
        List<RunPoints> taken = new ArrayList<>();
        long[] index = indices(rows.length, jumpAt);
        for (int r = 0; r < rows.length; r++) {
            b.add(index[r], 0, new int[] {r % 256}, 1, rows[r], violation(rows[r]), null);
            if (r % every == 0) {
                taken.add(b.snapshot());
            }
        }
        RunPoints all = b.build();
        assertSameAs(rows, index, all);
        for (RunPoints t : taken) {
            assertSameAs(Arrays.copyOf(rows, t.size()), index, t);
        }
        assertThat(all.compactCells()).isEqualTo(expectedCompactCells(rows, index, 4));
    }

    /** Whole columns taken from a stored chunk: a one-value column is kept as one value too. */
    @Property(tries = 200)
    void wholeColumnsReadBackAsTheArrays(
            @ForAll("metricRows") double[][] rows, @ForAll @IntRange(min = 0, max = 31) int jumpAt) {
        int n = rows.length;
        if (n == 0) {
            return;
        }
        long[] index = indices(n + 1, jumpAt);
        double[] violation = new double[n];
        Arrays.setAll(violation, r -> violation(rows[r]));
        double[][] columns = new double[METRICS][];
        for (int m = 0; m < METRICS; m++) {
            columns[m] = new double[n];
            for (int r = 0; r < n; r++) {
                columns[m][r] = rows[r][m];
            }
            if (Arrays.stream(columns[m]).allMatch(Double::isNaN) && m % 2 == 0) {
                columns[m] = null; // as a chunk stores a metric no row has
            }
        }
        RunPoints.Builder b = RunPoints.builder()
                .addColumns(
                        n,
                        Arrays.copyOf(index, n),
                        new int[n],
                        1,
                        new byte[n],
                        null,
                        columns,
                        violation,
                        new String[0],
                        null);
        RunPoints whole = b.snapshot();
        assertSameAs(rows, index, whole);
        assertThat(whole.compactCells()).isEqualTo(expectedCompactCells(rows, index, n));
        // a row after them re-blocks the table; the values stay
        b.add(index[n], 0, new int[] {1}, 1, rows[0], violation(rows[0]), null);
        double[][] more = Arrays.copyOf(rows, n + 1);
        more[n] = rows[0];
        assertSameAs(more, index, b.build());
    }

    /**
     * The layout itself: a block of 4,096 rows where only latency varies keeps the other eleven
     * metrics (the accuracy model's version among them) and the violation as one value each, and
     * its indices 0, 1, 2, … as the first, none of them 8 bytes a row; the first differing value
     * makes a column of that metric in that block only.
     */
    @Test
    void aConstantColumnTakesNoBytesARowUntilAValueDiffers() {
        RunPoints.Builder b = RunPoints.builder();
        double[] row = BlockMetrics.nanRow();
        row[Metric.ACCURACY_MODEL_VERSION.ordinal()] = 0.0;
        int n = RunPoints.BLOCK_ROWS;
        for (int r = 0; r < n; r++) {
            row[Metric.LATENCY.ordinal()] = r;
            b.add(r, 0, new int[] {1, 2}, 2, row, 0.0, null);
        }
        RunPoints one = b.snapshot();
        assertThat(one.compactCells()).isEqualTo((long) n * (METRICS - 1 + 2));
        // retained: generation 4 + genes 2 + latency 8 bytes a row; any other column would add 8
        assertThat(GraphLayout.parseInstance(one).totalSize()).isBetween(14L * n, 14L * n + 2048);
        assertThat(one.index(n - 1)).isEqualTo(n - 1L);
        assertThat(one.metric(Metric.ACCURACY_MODEL_VERSION, n - 1)).isEqualTo(0.0);
        assertThat(one.metric(Metric.POWER, 17)).isNaN();

        row[Metric.LATENCY.ordinal()] = 1.0;
        b.add(n, 0, new int[] {1, 2}, 2, row, 0.0, null);
        row[Metric.LATENCY.ordinal()] = 2.0;
        row[Metric.ACCURACY_MODEL_VERSION.ordinal()] = 1.0;
        b.add(n + 1, 0, new int[] {1, 2}, 2, row, 0.0, null);
        RunPoints two = b.build();
        // the full block keeps its eleven; in the second, latency and the version now differ
        assertThat(two.compactCells()).isEqualTo((long) n * (METRICS - 1 + 2) + 2L * (METRICS - 2 + 2));
        assertThat(two.metric(Metric.ACCURACY_MODEL_VERSION, n)).isEqualTo(0.0);
        assertThat(two.metric(Metric.ACCURACY_MODEL_VERSION, n + 1)).isEqualTo(1.0);
        assertThat(one.size()).isEqualTo(n);
    }

    /** -0.0 and 0.0 are different values: a column holding both is a real column. */
    @Test
    void negativeZeroIsNotZero() {
        RunPoints.Builder b = RunPoints.builder();
        double[] row = BlockMetrics.nanRow();
        row[Metric.AREA.ordinal()] = 0.0;
        b.add(0, 0, new int[] {1}, 1, row, 0.0, null);
        row[Metric.AREA.ordinal()] = -0.0;
        b.add(1, 0, new int[] {1}, 1, row, 0.0, null);
        RunPoints p = b.build();
        assertThat(Double.doubleToRawLongBits(p.metric(Metric.AREA, 0))).isEqualTo(0L);
        assertThat(Double.doubleToRawLongBits(p.metric(Metric.AREA, 1))).isEqualTo(Long.MIN_VALUE);
        assertThat(p.compactCells()).isEqualTo(2L * (METRICS - 1 + 2));
    }

    @Provide
    Arbitrary<double[][]> metricRows() {
        // Each metric draws from few values (NaN and signed zeros among them) so that runs of
        // equal values, whole constant blocks and a late differing value all occur.
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(1.5)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Double.NaN)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, -0.0, 2.0, 1e300)));
        // a row's last value, after the metrics, is its violation (see violation(row))
        Arbitrary<double[]> row = value.array(double[].class).ofSize(METRICS + 1);
        Arbitrary<double[]> constant = row.map(r -> {
            double[] c = r.clone();
            c[Metric.ACCURACY_MODEL_VERSION.ordinal()] = 0.0;
            return c;
        });
        // often the same row again (every metric constant), sometimes a fresh one
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, row.array(double[][].class).ofMaxSize(30)),
                net.jqwik.api.Tuple.of(
                        1,
                        constant.flatMap(c -> Arbitraries.integers()
                                .between(0, 30)
                                .flatMap(n -> row.map(other -> {
                                    double[][] rows = new double[n][];
                                    Arrays.fill(rows, c);
                                    if (n > 0) {
                                        rows[n - 1] = other; // one late row that may differ
                                    }
                                    return rows;
                                })))));
    }

    private static void assertSameAs(double[][] rows, long[] index, RunPoints table) {
        assertThat(table.size()).isEqualTo(rows.length);
        for (int r = 0; r < rows.length; r++) {
            assertThat(table.index(r)).isEqualTo(index[r]);
            assertThat(Double.doubleToLongBits(table.violation(r)))
                    .isEqualTo(Double.doubleToLongBits(violation(rows[r])));
            for (Metric m : Metric.values()) {
                assertThat(Double.doubleToLongBits(table.metric(m, r)))
                        .as("row %d, %s", r, m)
                        .isEqualTo(Double.doubleToLongBits(rows[r][m.ordinal()]));
            }
        }
    }

    /**
     * Per block of {@code blockRows}: the rows times the double columns (metrics, violation) whose
     * rows are all one value, plus the rows if the indices count up by one.
     */
    private static long expectedCompactCells(double[][] rows, long[] index, int blockRows) {
        long sum = 0;
        for (int from = 0; from < rows.length; from += blockRows) {
            int to = Math.min(rows.length, from + blockRows);
            for (int m = 0; m <= METRICS; m++) {
                boolean same = true;
                for (int r = from + 1; r < to; r++) {
                    same &= Double.compare(value(rows[r], m), value(rows[from], m)) == 0;
                }
                sum += same ? to - from : 0;
            }
            boolean counting = true;
            for (int r = from + 1; r < to; r++) {
                counting &= index[r] == index[from] + (r - from);
            }
            sum += counting ? to - from : 0;
        }
        return sum;
    }

    private static double value(double[] row, int m) {
        return m == METRICS ? violation(row) : row[m];
    }

    /** The row's violation: its last value, made a number ≥ 0. */
    private static double violation(double[] row) {
        double v = row[METRICS];
        return Double.isNaN(v) || v < 0 ? 0.0 : v;
    }

    /** 0, 1, 2, … with a jump of 7 at {@code jumpAt}. */
    private static long[] indices(int n, int jumpAt) {
        long[] out = new long[n];
        Arrays.setAll(out, i -> i < jumpAt ? i : i + 7);
        return out;
    }
}
