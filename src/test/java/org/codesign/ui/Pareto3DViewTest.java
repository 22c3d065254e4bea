package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.ui.pareto.Pareto3DView;
import org.codesign.ui.pareto.PlotModel;
import org.codesign.ui.pareto.PlotTool;
import org.codesign.ui.pareto.plot.CloudGeometry;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.ScreenBrush;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3D view's interaction, headless. Monocle has no 3D: JavaFX neither draws the SubScene nor
 * applies its perspective camera there, and picks no 3D node, so the view falls back to its own
 * screen-space picking (the real camera agreement and face picking are checked under Xvfb by
 * {@link Pareto3DRenderTest}). What is checked here is the mouse handling: hover and click find
 * the point under the mouse, robot-drawn lassos and boxes select exactly the points projected
 * inside them and combine with modifier keys, drags rotate, the wheel zooms, and arriving points
 * keep camera and selection.
 */
@ExtendWith(ApplicationExtension.class)
class Pareto3DViewTest {
    private PointStore store;
    private Selection selection;
    private Pareto3DView view;
    private PlotModel model;

    @Start
    void start(Stage stage) {
        store = SyntheticPoints.store(Map.of("run-1", SyntheticPoints.cloud(120, 0, 7)));
        selection = new Selection();
        model = new PlotModel(store, selection, PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER));
        view = new Pareto3DView(model);
        stage.setScene(new Scene(new StackPane(view), 800, 600));
        stage.show();
        stage.requestFocus();
    }

    private Point2D ourScreen(int slot) {
        return view.subScene().localToScreen(view.screenPosition(slot));
    }

    /** A shown point with no other point within 12 px on the screen (so the mouse finds it alone). */
    private int isolatedPoint() {
        BitSet shown = view.geometry().shown();
        for (int a = shown.nextSetBit(0); a >= 0; a = shown.nextSetBit(a + 1)) {
            boolean alone = true;
            for (int b = shown.nextSetBit(0); b >= 0 && alone; b = shown.nextSetBit(b + 1)) {
                alone = a == b || ourScreen(a).distance(ourScreen(b)) > 12;
            }
            if (alone) {
                return a;
            }
        }
        throw new AssertionError("no isolated point");
    }

    @Test
    void hoverShowsThePointUnderTheMouseAndClickSelectsAndFocusesIt(FxRobot robot) {
        int slot = isolatedPoint();
        robot.moveTo(ourScreen(slot).add(6, 6)).moveTo(ourScreen(slot).add(2, -2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hoverCard().isVisible()).isTrue();
        assertThat(view.hoverCard().getText())
                .contains("run-1 #" + store.entries().get(slot).point().index());
        robot.clickOn(ourScreen(slot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selection.positions().stream().toArray()).containsExactly(slot);
        assertThat(selection.focusedProperty().get()).isSameAs(store.entries().get(slot));
        // A click on empty space clears the selection.
        robot.clickOn(view.subScene().localToScreen(4, 4));
        assertThat(selection.count()).isZero();
    }

    @Test
    void aRightClickForTheMenuKeepsTheSelectionAndTheFocus(FxRobot robot) {
        int chosen = isolatedPoint();
        robot.clickOn(ourScreen(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        // Right-clicking another point (to open the view's Save as… menu) must not select it,
        // nor clear the chosen one: the figure would be saved with everything else faded.
        int other = view.geometry().shown().nextSetBit(0) == chosen
                ? view.geometry().shown().nextSetBit(chosen + 1)
                : view.geometry().shown().nextSetBit(0);
        robot.clickOn(view.subScene().localToScreen(4, 4), MouseButton.SECONDARY);
        robot.clickOn(ourScreen(other), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selection.positions().stream().toArray()).containsExactly(chosen);
        assertThat(selection.focusedProperty().get()).isSameAs(store.entries().get(chosen));
    }

    @Test
    void aLassoDrawnWithTheMouseSelectsThePointsProjectedInsideIt(FxRobot robot) {
        robot.interact(() -> view.toolProperty().set(PlotTool.LASSO));
        double w = view.subScene().getWidth();
        double h = view.subScene().getHeight();
        // A concave "L": the even-odd test matters.
        double[] lasso = {
            w * 0.25, h * 0.2, w * 0.5, h * 0.2, w * 0.5, h * 0.55, w * 0.75, h * 0.55, w * 0.75, h * 0.8, w * 0.25,
            h * 0.8
        };
        robot.moveTo(view.subScene().localToScreen(lasso[0], lasso[1])).press(MouseButton.PRIMARY);
        for (int i = 2; i <= lasso.length; i += 2) {
            robot.moveTo(view.subScene().localToScreen(lasso[i % lasso.length], lasso[(i + 1) % lasso.length]));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        BitSet selected = selection.positions();
        ScreenBrush.Lasso polygon = new ScreenBrush.Lasso(lasso);
        BitSet shown = view.geometry().shown();
        int inside = 0;
        for (int slot = shown.nextSetBit(0); slot >= 0; slot = shown.nextSetBit(slot + 1)) {
            Point2D p = view.screenPosition(slot);
            boolean in = polygon.contains(p.getX(), p.getY());
            // The robot's path is on whole pixels: judge only points clearly off the outline.
            boolean clear = in == polygon.contains(p.getX() + 2, p.getY())
                    && in == polygon.contains(p.getX() - 2, p.getY())
                    && in == polygon.contains(p.getX(), p.getY() + 2)
                    && in == polygon.contains(p.getX(), p.getY() - 2);
            if (clear) {
                assertThat(selected.get(slot)).as("slot %d at %s", slot, p).isEqualTo(in);
                inside += in ? 1 : 0;
            }
        }
        assertThat(inside).as("points inside the lasso").isGreaterThan(5);

        // Shift + box adds; the orbit is untouched by brushing.
        OrbitCamera before = view.orbitProperty().get();
        robot.interact(() -> view.toolProperty().set(PlotTool.BOX));
        robot.press(KeyCode.SHIFT);
        robot.moveTo(view.subScene().localToScreen(w * 0.55, h * 0.1))
                .press(MouseButton.PRIMARY)
                .moveTo(view.subScene().localToScreen(w * 0.7, h * 0.3))
                .moveTo(view.subScene().localToScreen(w * 0.9, h * 0.45))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        BitSet union = selection.positions();
        assertThat(union.cardinality()).isGreaterThan(selected.cardinality());
        BitSet kept = (BitSet) selected.clone();
        kept.andNot(union);
        assertThat(kept.isEmpty()).as("adding keeps what was selected").isTrue();
        assertThat(view.orbitProperty().get()).isEqualTo(before);
    }

    @Test
    void dragRotatesWheelZoomsAndArrivingPointsKeepCameraAndSelection(FxRobot robot) {
        Point2D centre = view.subScene()
                .localToScreen(view.subScene().getWidth() / 2, view.subScene().getHeight() / 2);
        OrbitCamera start = view.orbitProperty().get();
        robot.moveTo(centre)
                .press(MouseButton.PRIMARY)
                .moveBy(40, 0)
                .moveBy(40, 20)
                .release(MouseButton.PRIMARY);
        OrbitCamera turned = view.orbitProperty().get();
        assertThat(turned.yaw()).isCloseTo(start.yaw() + 0.4 * 80, within(4.0));
        assertThat(turned.pitch()).isCloseTo(start.pitch() + 0.4 * 20, within(4.0));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        OrbitCamera zoomed = view.orbitProperty().get();
        assertThat(zoomed.zoom()).isNotEqualTo(turned.zoom());

        BitSet some = new BitSet();
        some.set(3, 40);
        robot.interact(() -> selection.apply(some, Selection.Combine.REPLACE));
        robot.interact(() -> store.append("run-2", SyntheticPoints.cloud(80, 0, 8)));
        assertThat(view.orbitProperty().get()).isEqualTo(zoomed);
        assertThat(selection.positions()).isEqualTo(some);
        int n = store.entries().size();
        assertThat(view.geometry().size()).isEqualTo(n);
        int cap = view.geometry().capacity();
        assertThat(cap).isGreaterThanOrEqualTo(n);
        assertThat(view.cloud().getMesh()).isInstanceOfSatisfying(javafx.scene.shape.TriangleMesh.class, m -> {
            assertThat(m.getVertexFormat()).isEqualTo(javafx.scene.shape.VertexFormat.POINT_NORMAL_TEXCOORD);
            assertThat(m.getPoints().size()).isEqualTo(cap * CloudGeometry.VERTICES_PER_POINT * 3);
            assertThat(m.getTexCoords().size()).isEqualTo(cap * 2);
            assertThat(m.getFaces().size()).isEqualTo(cap * CloudGeometry.FACES_PER_POINT * CloudGeometry.FACE_INTS);
            // The mesh holds what the geometry says, new points included.
            float[] p = new float[n * CloudGeometry.VERTICES_PER_POINT * 3];
            m.getPoints().copyTo(0, p, 0, p.length);
            assertThat(p).isEqualTo(java.util.Arrays.copyOf(view.geometry().vertices(), p.length));
            // Each slot samples the centre of its own texel of the colour image.
            javafx.scene.image.WritableImage image = view.slotColors();
            float[] t = new float[2 * n];
            m.getTexCoords().copyTo(0, t, 0, t.length);
            for (int slot = 0; slot < n; slot++) {
                int x = (int) (t[2 * slot] * image.getWidth());
                int y = (int) (t[2 * slot + 1] * image.getHeight());
                assertThat(y * (int) image.getWidth() + x)
                        .as("texel of slot %d", slot)
                        .isEqualTo(slot);
                assertThat(image.getPixelReader().getArgb(x, y))
                        .as("colour of slot %d", slot)
                        .isEqualTo(view.slotColor(slot));
            }
        });
        // New points are dimmed (not selected), the selected ones vivid: in the geometry and in the colour image.
        float[] tex = view.geometry().texCoords();
        assertThat(tex[2 * 5 + 1]).isEqualTo(CloudGeometry.v(false));
        assertThat(tex[2 * (n - 1) + 1]).isEqualTo(CloudGeometry.v(true));
        org.codesign.ui.pareto.plot.Coloring coloring = model.coloring();
        int[] palette = Pareto3DView.palette(coloring);
        int index5 = coloring.index(model.columns(), 5);
        int indexLast = coloring.index(model.columns(), n - 1);
        assertThat(view.slotColor(5)).isEqualTo(palette[index5]);
        assertThat(view.slotColor(n - 1))
                .isEqualTo(palette[org.codesign.ui.pareto.plot.Coloring.PALETTE_SIZE + indexLast])
                .isNotEqualTo(palette[indexLast]);
        // Glyph sizes of points that joined or left the front follow in one batch: then every size matches its flag.
        robot.interact(view::applyPendingFlips);
        float[] meshPoints = new float[n * CloudGeometry.VERTICES_PER_POINT * 3];
        ((javafx.scene.shape.TriangleMesh) view.cloud().getMesh())
                .getPoints()
                .copyTo(0, meshPoints, 0, meshPoints.length);
        assertThat(meshPoints).isEqualTo(java.util.Arrays.copyOf(view.geometry().vertices(), meshPoints.length));
        for (int slot = 0; slot < n; slot++) {
            if (view.geometry().isShown(slot)) {
                float[] g = view.geometry().vertices();
                float[] cu = view.geometry().cube();
                double r = Math.sqrt(Math.pow(g[slot * 12] - cu[3 * slot], 2)
                        + Math.pow(g[slot * 12 + 1] - cu[3 * slot + 1], 2)
                        + Math.pow(g[slot * 12 + 2] - cu[3 * slot + 2], 2));
                assertThat(r)
                        .as("glyph radius of slot %d", slot)
                        .isCloseTo(
                                model.columns().pareto(slot) ? CloudGeometry.FRONT_RADIUS : CloudGeometry.RADIUS,
                                within(1e-4));
            }
        }
        // And the glyphs of the new points sit at their projected places.
        float[] cube = view.geometry().cube();
        float[] vertices = view.geometry().vertices();
        for (int slot = n - 80; slot < n; slot++) {
            if (view.geometry().isShown(slot)) {
                double cx = 0;
                for (int k = 0; k < CloudGeometry.VERTICES_PER_POINT; k++) {
                    cx += vertices[slot * 12 + 3 * k] / CloudGeometry.VERTICES_PER_POINT;
                }
                assertThat(cx).isCloseTo(cube[3 * slot], within(1e-5));
            }
        }
    }
}
