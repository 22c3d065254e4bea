package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.codesign.eval.Metric;
import org.junit.jupiter.api.Test;

/** Rows → columns → rows gives the same points, whatever widths the columns take. */
class RunPointsProperties {

    @Property(tries = 300)
    void rowsToColumnsToRowsAreEqual(@ForAll("runs") List<EvaluatedPoint> rows) {
        RunPoints columns = RunPoints.of(rows);
        assertThat(columns.size()).isEqualTo(rows.size());
        List<EvaluatedPoint> back = new ArrayList<>();
        for (int r = 0; r < columns.size(); r++) {
            back.add(columns.point(r));
            EvaluatedPoint p = rows.get(r);
            assertThat(columns.index(r)).isEqualTo(p.index());
            assertThat(columns.genome(r)).containsExactly(p.genome());
            assertThat(columns.feasible(r)).isEqualTo(p.feasible());
            for (Metric m : Metric.values()) {
                assertThat(Double.valueOf(columns.metric(m, r))).isEqualTo(Double.valueOf(p.metric(m)));
            }
        }
        assertThat(back).isEqualTo(rows);
        assertThat(columns.asList()).isEqualTo(rows);
        assertThat(rows).isEqualTo(columns.asList());
        assertThat(RunPoints.of(columns.asList())).isSameAs(columns);
        assertThat(RunPoints.of(back)).isEqualTo(columns);
    }

    @Property(tries = 100)
    void aRunRecordKeepsItsPointsAsColumns(@ForAll("runs") List<EvaluatedPoint> rows) {
        RunRecord run = new RunRecord(
                "run-1",
                "r",
                "random",
                org.codesign.eval.CodesignMode.JOINT,
                1,
                0,
                10,
                Map.of(),
                RunRecord.Status.FINISHED,
                null,
                0,
                List.of(),
                rows);
        assertThat(run.points()).isEqualTo(rows);
        assertThat(run.columns().asList()).isSameAs(run.points());
        assertThat(run.withColumns(run.columns(), RunRecord.Status.PAUSED, 1, List.of())
                        .columns())
                .isSameAs(run.columns());
    }

    @Test
    void aBuilderBuildsOnceAndRefusesANegativeViolation() {
        RunPoints.Builder b = RunPoints.builder();
        assertThatThrownBy(() -> b.add(0, 0, new int[] {1}, 1, nan(), -1.0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("violation");
        b.add(0, 0, new int[] {300, 1}, 2, nan(), 0.0, null);
        RunPoints built = b.build();
        assertThat(built.gene(0, 0)).isEqualTo(300);
        assertThatThrownBy(() -> b.add(1, 0, new int[] {1, 1}, 2, nan(), 0.0, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(built.size()).isEqualTo(1);
    }

    private static double[] nan() {
        double[] v = new double[Metric.values().length];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    @Provide
    Arbitrary<List<EvaluatedPoint>> runs() {
        // Mostly byte-sized genes, sometimes a large or negative one (the columns widen to ints),
        // sometimes genomes of another length (ragged rows), reasons from a small set.
        Arbitrary<Integer> gene = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 255)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-5, 100_000)));
        Arbitrary<int[]> genome = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, gene.array(int[].class).ofSize(6)),
                net.jqwik.api.Tuple.of(1, gene.array(int[].class).ofMinSize(0).ofMaxSize(9)));
        Arbitrary<Map<Metric, Double>> metrics = Arbitraries.maps(
                        Arbitraries.of(Metric.class),
                        Arbitraries.doubles().between(-1e300, 1e300).withSpecialValue(-0.0))
                .ofMaxSize(Metric.values().length)
                .map(m -> m.isEmpty() ? Map.<Metric, Double>of() : new EnumMap<>(m));
        Arbitrary<String> reason = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("out of memory", "too large", "é ∞")));
        Arbitrary<EvaluatedPoint> point = Combinators.combine(
                        Arbitraries.longs().between(-3, 1L << 40),
                        Arbitraries.integers().between(0, 1000),
                        genome,
                        metrics,
                        Arbitraries.doubles().between(0, 10).withSpecialValue(0.0),
                        reason)
                .as(EvaluatedPoint::new);
        return point.list().ofMaxSize(60);
    }

    @Property(tries = 20)
    void largeRunsGrowTheColumns(@ForAll @IntRange(min = 1000, max = 5000) int n) {
        RunPoints.Builder b = RunPoints.builder();
        double[] m = nan();
        for (int i = 0; i < n; i++) {
            m[Metric.LATENCY.ordinal()] = i;
            b.add(i, i / 10, new int[] {i % 256, i % 7}, 2, m, 0.0, i % 97 == 0 ? "r" + (i % 3) : null);
        }
        RunPoints p = b.build();
        assertThat(p.size()).isEqualTo(n);
        assertThat(p.metric(Metric.LATENCY, n - 1)).isEqualTo(n - 1.0);
        assertThat(p.metric(Metric.POWER, n - 1)).isNaN();
        assertThat(p.infeasibleReason(97)).isEqualTo("r" + (97 % 3));
        assertThat(p.infeasibleReason(98)).isNull();
        assertThat(p.gene(n - 1, 0)).isEqualTo((n - 1) % 256);
    }

    /**
     * A growing table hands out its rows so far at any time; each such table keeps the rows it
     * had, whatever the builder takes after (wider genes, ragged rows, new metrics, more blocks).
     */
    @Property(tries = 200)
    void snapshotsOfAGrowingTableKeepTheirRowsAndShareFullBlocks(
            @ForAll("runs") List<EvaluatedPoint> rows, @ForAll @IntRange(min = 1, max = 9) int every) {
        RunPoints.Builder b = RunPoints.builder(2); // blocks of 4 rows: every edge gets crossed
        List<RunPoints> taken = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            b.add(rows.get(i));
            if (i % every == 0) {
                taken.add(b.snapshot());
            }
        }
        RunPoints all = b.build();
        assertThat(all.asList()).isEqualTo(rows);
        for (RunPoints t : taken) {
            assertThat(t.asList()).isEqualTo(rows.subList(0, t.size()));
            // rows of blocks that were full when the snapshot was taken are the same arrays
            for (int r = 4; r < t.size() - t.size() % 4; r++) {
                assertThat(t.sharesRow(all, r)).as("row %d of %d", r, t.size()).isTrue();
            }
        }
    }

    @Test
    void rowsAfterTakenColumnsGoIntoBlocks() {
        double[] latency = {1, 2, 3};
        RunPoints.Builder b = RunPoints.builder()
                .addColumns(
                        3,
                        new long[] {0, 1, 2},
                        new int[] {0, 0, 1},
                        2,
                        new byte[] {1, 2, 3, 4, 5, 6},
                        null,
                        columnsWith(Metric.LATENCY, latency),
                        new double[] {0, 0, 1},
                        new String[] {"too large"},
                        new int[] {-1, 0, -1});
        RunPoints taken = b.snapshot();
        double[] m = nan();
        m[Metric.POWER.ordinal()] = 7;
        b.add(3, 2, new int[] {300, 1}, 2, m, 0.0, "other");
        RunPoints all = b.build();
        assertThat(taken.size()).isEqualTo(3);
        assertThat(all.size()).isEqualTo(4);
        assertThat(all.asList().subList(0, 3)).isEqualTo(taken.asList());
        assertThat(all.infeasibleReason(1)).isEqualTo("too large");
        assertThat(all.infeasibleReason(3)).isEqualTo("other");
        assertThat(all.gene(3, 0)).isEqualTo(300);
        assertThat(all.metric(Metric.POWER, 3)).isEqualTo(7.0);
        assertThat(all.metric(Metric.POWER, 0)).isNaN();
        assertThat(all.metric(Metric.LATENCY, 2)).isEqualTo(3.0);
    }

    private static double[][] columnsWith(Metric metric, double[] values) {
        double[][] columns = new double[Metric.values().length][];
        columns[metric.ordinal()] = values;
        return columns;
    }
}
