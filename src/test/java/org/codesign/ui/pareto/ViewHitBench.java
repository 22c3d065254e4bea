package org.codesign.ui.pareto;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.ui.pareto.plot.LineIndex;
import org.codesign.ui.pareto.plot.LinePlaces;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.pareto.plot.ProjectionPick;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Brush and hover at 100,000 points in the parallel coordinates and the 2D projections: the
 * computation each view does on the FX thread, with the views' own classes, minus the drawing
 * (Canvas strokes, ChartFX's rendering), which happens in the render pass.
 * <ul>
 * <li>{@code parallelBrush}: intervals on two axes (two on latency) hit-tested over every point,
 *     the shared selection updated, and the lines the view then draws (split by the selection,
 *     sampled) placed on the axes;</li>
 * <li>{@code parallelHover}: the nearest drawn line to the mouse, the index already built;
 *     {@code parallelHoverAfterRedraw}: the first hover after a redraw, which builds the gap's
 *     buckets; {@code parallelHoverAllLines}: the same query with all 100,000 lines indexed;</li>
 * <li>{@code projectionBrush}: a rectangle hit-tested, the selection updated and all three
 *     projections regrouped into their ChartFX data sets (600×400 px each);</li>
 * <li>{@code projectionHover}: the point nearest to the mouse in one projection.</li>
 * </ul>
 * Sampled times (median and tail), not averages: a brush must be quick every time.
 *
 * <p>{@code mvn -o -q -Pbench test-compile exec:exec -Dbench.args="ViewHitBench -f 1 -wi 5 -w 2 -i 10 -r 2"}
 *
 * <p>On a shared machine wall time mostly measures the queue for a core; {@link #main} times the
 * same operations in the thread's CPU time as well:
 * {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.ui.pareto.ViewHitBench -Dbench.args=300}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ViewHitBench {
    private static final int PROBES = 1024;

    @Param({"100000"})
    public int points;

    private PlotModel model;
    private Selection selection;
    private ParallelData data;
    private RangeBrush brush;
    private LinePlaces drawn;
    private LineIndex drawnIndex;
    private LineIndex allIndex;
    private final ScatterDrawing[] projections = new ScatterDrawing[3];
    private final int[][] pairs = {{0, 1}, {0, 2}, {2, 1}};
    private double[] probes;
    private int probe;
    private boolean flip;

    @Setup
    public void setUp() {
        PointStore store = TestPoints.store();
        for (int r = 0; r < 10; r++) {
            store.append("run-" + (r + 1), TestPoints.cloud(points / 10, 0, r + 1));
        }
        selection = new Selection();
        model = new PlotModel(store, selection, ParetoViewModel.initialAxes(TestPoints.study()));
        CodesignSpace space = TestPoints.study().space();
        data = new ParallelData();
        data.rebuild(model, space, false);
        brush = new RangeBrush(selection);
        ParallelData.Lines lines = ParallelData.lines(model.columns(), new BitSet());
        drawn = data.places(lines.drawingOrder());
        drawnIndex = new LineIndex(drawn);
        BitSet all = new BitSet();
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().feasible(i)) {
                all.set(i);
            }
        }
        allIndex = new LineIndex(data.places(all.stream().toArray()));
        SplittableRandom random = new SplittableRandom(1);
        probes = new double[3 * PROBES];
        for (int k = 0; k < probes.length; k++) {
            probes[k] = random.nextDouble();
        }
        int gaps = drawn.axes() - 1;
        for (int g = 0; g < gaps; g++) { // every gap's buckets built, as after a while of hovering
            drawnIndex.nearest(g, 0.5, 0.5, 0.01);
            allIndex.nearest(g, 0.5, 0.5, 0.01);
        }
    }

    /** Each operation {@code args[0]} times after as many warm-up calls: median and 90th percentile, CPU and wall. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ViewHitBench b = new ViewHitBench();
        b.points = 100_000;
        b.setUp();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, java.util.function.IntSupplier> ops = new java.util.LinkedHashMap<>();
        ops.put("parallelBrush", b::parallelBrush);
        ops.put("parallelHover", b::parallelHover);
        ops.put("parallelHoverAfterRedraw", b::parallelHoverAfterRedraw);
        ops.put("parallelHoverAllLines", b::parallelHoverAllLines);
        ops.put("projectionBrush", b::projectionBrush);
        ops.put("projectionHover", b::projectionHover);
        int sink = 0;
        for (var op : ops.entrySet()) {
            double[] cpuMs = new double[runs];
            double[] wallMs = new double[runs];
            for (int k = -runs; k < runs; k++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                sink += op.getValue().getAsInt();
                if (k >= 0) {
                    cpuMs[k] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                    wallMs[k] = (System.nanoTime() - w0) / 1e6;
                }
            }
            java.util.Arrays.sort(cpuMs);
            java.util.Arrays.sort(wallMs);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%-26s CPU median %8.3f ms  p90 %8.3f ms   wall median %8.3f ms  p90 %8.3f ms%n",
                    op.getKey(),
                    cpuMs[runs / 2],
                    cpuMs[runs * 9 / 10],
                    wallMs[runs / 2],
                    wallMs[runs * 9 / 10]);
        }
        System.out.println("(" + sink + ")");
    }

    private int nextProbe() {
        probe = (probe + 1) % PROBES;
        return 3 * probe;
    }

    @Benchmark
    public int parallelBrush() {
        flip = !flip;
        String latency = Metric.LATENCY.key();
        brush.begin(Selection.Combine.REPLACE);
        data.intervals().clear();
        data.intervals().replace(latency, 0.1, flip ? 0.3 : 0.35);
        data.intervals().add(latency, 0.6, 0.8);
        data.intervals().replace(Metric.ACCURACY.key(), 0.3, 1);
        brush.apply(data.hit(model.columns()));
        brush.end();
        ParallelData.Lines lines = ParallelData.lines(model.columns(), selection.positions());
        return data.places(lines.drawingOrder()).lines();
    }

    @Benchmark
    public int parallelHover() {
        int p = nextProbe();
        int gap = (int) (probes[p] * (drawn.axes() - 1));
        return drawnIndex.nearest(gap, probes[p + 1], probes[p + 2], 6.0 / 400);
    }

    @Benchmark
    public int parallelHoverAfterRedraw() {
        int p = nextProbe();
        int gap = (int) (probes[p] * (drawn.axes() - 1));
        return new LineIndex(drawn).nearest(gap, probes[p + 1], probes[p + 2], 6.0 / 400);
    }

    @Benchmark
    public int parallelHoverAllLines() {
        int p = nextProbe();
        int gap = (int) (probes[p] * (allIndex.places().axes() - 1));
        return allIndex.nearest(gap, probes[p + 1], probes[p + 2], 6.0 / 400);
    }

    @Benchmark
    public int projectionBrush() {
        flip = !flip;
        PointColumns c = model.columns();
        PlotAxes axes = model.axes();
        double[] lat = c.range(Metric.LATENCY, false);
        double[] acc = c.range(Metric.ACCURACY, false);
        ProjectionPick pick = new ProjectionPick(c, axes.quantity(0), axes.log(0), axes.quantity(1), axes.log(1));
        BitSet hit = pick.inside(
                lat[0], lat[0] + (flip ? 0.4 : 0.45) * (lat[1] - lat[0]), acc[0] + 0.5 * (acc[1] - acc[0]), acc[1]);
        selection.apply(hit, Selection.Combine.REPLACE);
        int sets = 0;
        for (int k = 0; k < 3; k++) {
            projections[k] = ScatterDrawing.of(
                    c,
                    model.coloring(),
                    axes,
                    pairs[k][0],
                    pairs[k][1],
                    selection.positions(),
                    600,
                    400,
                    projections[k]);
            sets += projections[k].dataSets().size();
        }
        return sets;
    }

    @Benchmark
    public int projectionHover() {
        int p = nextProbe();
        PointColumns c = model.columns();
        PlotAxes axes = model.axes();
        double[] x = c.range(axes.quantity(0), false);
        double[] y = c.range(axes.quantity(1), false);
        double sx = 600 / (x[1] - x[0]);
        double sy = 400 / (y[1] - y[0]);
        ProjectionPick pick = new ProjectionPick(c, axes.quantity(0), axes.log(0), axes.quantity(1), axes.log(1));
        return pick.nearest(probes[p] * 600, probes[p + 1] * 400, 8, v -> (v - x[0]) * sx, v -> 400 - (v - y[0]) * sy);
    }
}
