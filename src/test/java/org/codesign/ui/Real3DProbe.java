package org.codesign.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.StackPane;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.ui.pareto.Pareto3DView;
import org.codesign.ui.pareto.PlotModel;
import org.codesign.ui.pareto.plot.CloudGeometry;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;

/**
 * Child process of {@link Pareto3DRenderTest}: shows the 3D view of eight points (one run each,
 * so each has its own colour; the greyish two of the palette are left out) in a real window
 * with real 3D, snapshots it from three cameras, and writes the PNGs and, per point, where
 * {@code ViewProjection} says it is drawn, where JavaFX's camera puts it, and in which colour;
 * then it moves the pointer onto each point and writes what JavaFX picked there. Exit code 3:
 * this display has no 3D.
 */
public final class Real3DProbe {
    static final int POINTS = 8;
    static final OrbitCamera[] CAMERAS = {
        OrbitCamera.initial(), new OrbitCamera(-150, 40, 1.3, 0.1, -0.05, true), OrbitCamera.top(),
    };

    private Real3DProbe() {}

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        Platform.startup(() -> {
            try {
                run(out);
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
    }

    static List<EvaluatedPoint> helix(int k) {
        double t = k / (double) (POINTS - 1);
        return List.of(SyntheticPoints.point(
                k, 1, new int[0], 75 + 4 * Math.sin(2 * Math.PI * t), 5 + 30 * t, 9 + 3 * Math.cos(2 * Math.PI * t)));
    }

    private static void run(Path out) throws IOException {
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            System.err.println("no 3D: ConditionalFeature.SCENE3D is not supported (prism pipeline: "
                    + System.getProperty("prism.order") + ")");
            System.exit(3);
        }
        Map<String, List<EvaluatedPoint>> runs = new LinkedHashMap<>();
        for (int k = 0; k < POINTS; k++) {
            runs.put("run-" + k, helix(k));
        }
        PointStore store = SyntheticPoints.store(runs);
        PlotModel model =
                new PlotModel(store, new Selection(), PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER));
        model.colorModeProperty().set(ColorMode.RUN);
        Pareto3DView view = new Pareto3DView(model);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), 640, 480));
        stage.show();
        List<String> lines = new ArrayList<>();
        shoot(stage, view, model, 0, out, lines);
    }

    /**
     * Moves the real pointer onto each point (JavaFX's robot, through the X server) and records
     * which node and face JavaFX picked there: "slot pickedSlot nodeId".
     */
    private static void pick(
            Pareto3DView view,
            Robot robot,
            AtomicReference<PickResult> lastPick,
            int slot,
            List<String> picks,
            Path out) {
        if (slot == POINTS) {
            try {
                Files.write(out.resolve("picks.txt"), picks);
            } catch (IOException e) {
                e.printStackTrace();
                System.exit(1);
            }
            Platform.exit();
            System.exit(0);
        }
        Point2D at = view.subScene().localToScreen(view.screenPosition(slot));
        lastPick.set(null);
        // A move away first, so that the move onto the point is an event of its own.
        robot.mouseMove(at.getX() + 9, at.getY() + 9);
        PauseTransition away = new PauseTransition(Duration.millis(100));
        PauseTransition wait = new PauseTransition(Duration.millis(200));
        wait.setOnFinished(e -> {
            PickResult r = lastPick.get();
            Node node = r == null ? null : r.getIntersectedNode();
            int face = r == null ? -1 : r.getIntersectedFace();
            picks.add(slot + " " + (node == view.cloud() && face >= 0 ? CloudGeometry.slotOfFace(face) : -1) + " "
                    + (node == null ? "none" : node.getId()));
            pick(view, robot, lastPick, slot + 1, picks, out);
        });
        away.setOnFinished(a -> {
            robot.mouseMove(at.getX(), at.getY());
            wait.play();
        });
        away.play();
    }

    private static void shoot(
            Stage stage, Pareto3DView view, PlotModel model, int camera, Path out, List<String> lines) {
        view.orbitProperty().set(CAMERAS[camera]);
        PauseTransition settle = new PauseTransition(Duration.millis(camera == 0 ? 800 : 300));
        settle.setOnFinished(e -> {
            try {
                String name = "camera-" + camera + ".png";
                var image = stage.getScene().snapshot(null);
                ImageIO.write(
                        SwingFXUtils.fromFXImage(image, null),
                        "png",
                        out.resolve(name).toFile());
                Coloring coloring = model.coloring();
                for (int slot = 0; slot < POINTS; slot++) {
                    Point2D p = view.subScene().localToScene(view.screenPosition(slot));
                    // JavaFX's own projection of the same point, through the SubScene's camera.
                    float[] cube = view.geometry().cube();
                    javafx.geometry.Point3D fx = view.cloud()
                            .localToScene(
                                    new javafx.geometry.Point3D(cube[3 * slot], cube[3 * slot + 1], cube[3 * slot + 2]),
                                    true);
                    int argb = coloring.color(coloring.index(model.columns(), slot));
                    lines.add(String.format(
                            Locale.ROOT,
                            "%s %d %.3f %.3f %06x %.3f %.3f",
                            name,
                            slot,
                            p.getX(),
                            p.getY(),
                            argb & 0xffffff,
                            fx.getX(),
                            fx.getY()));
                }
                if (camera + 1 < CAMERAS.length) {
                    shoot(stage, view, model, camera + 1, out, lines);
                } else {
                    Files.write(out.resolve("positions.txt"), lines);
                    view.orbitProperty().set(CAMERAS[0]);
                    AtomicReference<PickResult> lastPick = new AtomicReference<>();
                    view.subScene().addEventFilter(MouseEvent.MOUSE_MOVED, ev -> lastPick.set(ev.getPickResult()));
                    pick(view, new Robot(), lastPick, 0, new ArrayList<>(), out);
                }
            } catch (IOException ex) {
                ex.printStackTrace();
                System.exit(1);
            }
        });
        settle.play();
    }
}
