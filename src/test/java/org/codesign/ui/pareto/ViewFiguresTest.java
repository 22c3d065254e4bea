package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.codesign.eval.Metric;
import org.codesign.figure.CubeFigure;
import org.codesign.figure.CubePlot;
import org.codesign.figure.FigureWriter;
import org.codesign.figure.ScatterChart;
import org.codesign.figure.ScatterFigure;
import org.codesign.figure.SvgFile;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views' vector figures follow what the views show: quantities, scales, colours, selection, camera. */
class ViewFiguresTest {
    private PointStore store;
    private Selection selection;
    private PlotModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        store = TestPoints.store();
        store.append("run-1", TestPoints.cloud(40, 0, 3));
        store.append("run-2", TestPoints.cloud(30, 100, 4));
        selection = new Selection();
        model = new PlotModel(store, selection, ParetoViewModel.initialAxes(TestPoints.study()));
    }

    private int feasible() {
        return (int) store.entries().stream().filter(e -> e.feasible()).count();
    }

    @Test
    void aProjectionHasTheViewsQuantitiesAndEveryFeasiblePointInItsColour() {
        ScatterFigure f = ViewFigures.projection(model, 0, 1);
        assertThat(f.x().title()).isEqualTo("latency (ms)");
        assertThat(f.y().title()).isEqualTo("top-1 accuracy (%)");
        assertThat(f.dots()).isEqualTo(feasible());
        assertThat(f.groups())
                .extracting(ScatterFigure.Group::name)
                .containsExactlyInAnyOrder("Pareto front", "other points");
        assertThat(f.colourBar()).isNull();
    }

    @Test
    void theSelectionStaysVividTheRestIsDimmedAndTheFocusedPointIsRinged() {
        BitSet two = new BitSet();
        two.set(0);
        two.set(5);
        selection.apply(two, Selection.Combine.REPLACE);
        selection.focusedProperty().set(store.entries().get(5));

        ScatterFigure f = ViewFigures.projection(model, 0, 1);

        int vivid = f.groups().stream()
                .filter(g -> g.style() == ScatterFigure.Style.DOT)
                .mapToInt(ScatterFigure.Group::size)
                .sum();
        int dimmed = f.groups().stream()
                .filter(g -> g.style() == ScatterFigure.Style.DIM)
                .mapToInt(ScatterFigure.Group::size)
                .sum();
        assertThat(vivid).isEqualTo(2);
        assertThat(dimmed).isEqualTo(feasible() - 2);
        assertThat(f.groups().get(f.groups().size() - 1).style()).isEqualTo(ScatterFigure.Style.RING);
        assertThat(f.groups().get(0).style()).as("dimmed points draw first").isEqualTo(ScatterFigure.Style.DIM);
    }

    @Test
    void aColourRampBringsItsColourBarAndALogAxisItsScale() {
        model.colorModeProperty().set(ColorMode.METRIC);
        model.colorQuantityProperty().set(Quantities.of(Metric.ENERGY));
        model.axesProperty().set(model.axes().with(0, Quantities.of(Metric.LATENCY), true));

        ScatterFigure f = ViewFigures.projection(model, 0, 1);

        assertThat(f.x().title()).isEqualTo("latency (ms), log scale");
        assertThat(f.colourBar().quantity().title()).isEqualTo("energy per inference (mJ)");
        assertThat(f.colourBar().ramp()).hasSize(Coloring.PALETTE_SIZE);
        assertThat(f.groups()).noneMatch(ScatterFigure.Group::inLegend);
    }

    @Test
    void theCubeHasTheThreeAxesTheCameraAndEveryPointAsACircle() throws Exception {
        CubeFigure f = ViewFigures.cube(model, new OrbitCamera(-60, 30, 1, 0, 0, true));
        assertThat(f.yaw()).isEqualTo(-60);
        assertThat(f.pitch()).isEqualTo(30);
        assertThat(f.axes())
                .extracting(a -> a.title())
                .containsExactly("latency (ms)", "top-1 accuracy (%)", "power (W)");
        Path file = dir.resolve("cube.svg");
        FigureWriter.write(CubePlot.of(f), 600, 450, file);
        SvgFile svg = SvgFile.read(file);
        assertThat(svg.circles()).isEqualTo(feasible());
        assertThat(svg.texts()).contains("latency (ms)", "top-1 accuracy (%)", "power (W)");
    }

    /** The 3D view's "Save as PDF" writes this figure (its menu needs SCENE3D); `codesign plot --z`, PNG too. */
    @Test
    void theCubeWritesAsPdfAndAsPngAtTwiceItsSize() throws Exception {
        var drawing = CubePlot.of(ViewFigures.cube(model, new OrbitCamera(-60, 30, 1, 0, 0, true)));
        Path pdf = dir.resolve("cube.pdf");
        FigureWriter.write(drawing, 600, 450, pdf);
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path png = dir.resolve("cube.png");
        FigureWriter.write(drawing, 600, 450, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void aProjectionWritesAsSvgWithOneCirclePerPoint() throws Exception {
        Path file = dir.resolve("xy.svg");
        FigureWriter.write(ScatterChart.of(ViewFigures.projection(model, 2, 1)), 600, 450, file);
        SvgFile svg = SvgFile.read(file);
        assertThat(svg.circles()).isEqualTo(feasible());
        assertThat(svg.texts()).contains("power (W)", "top-1 accuracy (%)");
        assertThat(List.of(svg.root().getAttribute("width"), svg.root().getAttribute("height")))
                .containsExactly("600", "450");
    }

    @Test
    void aSizedProjectionDrawsEachPointAtItsSizeStepsRadiusWithASizeKey() throws Exception {
        Quantity power = Quantities.of(Metric.POWER);
        model.axesProperty().set(model.axes().withSize(power, false));
        AxisScale scale = model.axes().sizeScale(model.columns());
        Map<Double, Integer> expected = dotsByRadius(power);

        ScatterFigure f = ViewFigures.projection(model, 0, 1);

        Map<Double, Integer> byRadius = new TreeMap<>();
        f.groups().forEach(g -> byRadius.merge(g.radius(), g.size(), Integer::sum));
        assertThat(byRadius).isEqualTo(expected);
        assertThat(f.groups())
                .filteredOn(ScatterFigure.Group::inLegend)
                .extracting(ScatterFigure.Group::name)
                .containsExactlyInAnyOrder("Pareto front", "other points");
        assertThat(f.sizeKey().label()).as("worded as the view's key").isEqualTo(power.label());
        assertThat(f.sizeKey().lo()).isEqualTo(power.formatWithUnit(scale.lo()));

        Path file = dir.resolve("sized.svg");
        FigureWriter.write(ScatterChart.of(f), 600, 450, file);
        SvgFile svg = SvgFile.read(file);
        assertThat(svg.circleRadii()).isEqualTo(expected);
        assertThat(svg.texts())
                .contains(
                        "size: " + power.label() + " " + f.sizeKey().lo(),
                        "… " + f.sizeKey().hi());

        model.axesProperty().set(model.axes().withSize(null, false));
        assertThat(ViewFigures.projection(model, 0, 1).groups()).allMatch(g -> g.radius() == 0);
        assertThat(ViewFigures.projection(model, 0, 1).sizeKey()).isNull();
    }

    @Test
    void aSizedCubeDrawsEachPointAtItsSizeStepsRadiusWithASizeKey() throws Exception {
        Quantity power = Quantities.of(Metric.POWER);
        model.axesProperty().set(model.axes().withSize(power, false));
        Map<Double, Integer> expected = dotsByRadius(power);

        CubeFigure f = ViewFigures.cube(model, new OrbitCamera(-60, 30, 1, 0, 0, true));

        assertThat(f.sizeKey()).isEqualTo(ViewFigures.projection(model, 0, 1).sizeKey());
        Path file = dir.resolve("sized-cube.svg");
        FigureWriter.write(CubePlot.of(f), 600, 450, file);
        SvgFile svg = SvgFile.read(file);
        assertThat(svg.circleRadii()).isEqualTo(expected);
        assertThat(svg.texts())
                .contains(
                        "size: " + power.label() + " " + f.sizeKey().lo(),
                        "… " + f.sizeKey().hi());

        model.axesProperty().set(model.axes().withSize(null, false));
        CubeFigure plain = ViewFigures.cube(model, new OrbitCamera(-60, 30, 1, 0, 0, true));
        assertThat(plain.groups()).allMatch(g -> g.radius() == 0);
        assertThat(plain.sizeKey()).isNull();
    }

    /** Expected dots per radius: the quarters of the view's size scale, 1.2, 2.2, 3.4, 5.0. */
    private Map<Double, Integer> dotsByRadius(Quantity size) {
        PointColumns c = model.columns();
        AxisScale scale = model.axes().sizeScale(c);
        Map<Double, Integer> expected = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            double v = c.value(size, i);
            if (c.shown(i) && scale.accepts(v)) {
                double t = (v - scale.lo()) / (scale.hi() - scale.lo());
                double r = new double[] {1.2, 2.2, 3.4, 5.0}[(int) Math.min(3, Math.floor(t * 4))];
                expected.merge(r, 1, Integer::sum);
            }
        }
        assertThat(expected)
                .as("the test points span the smallest and largest size")
                .containsKeys(1.2, 5.0);
        return expected;
    }
}
