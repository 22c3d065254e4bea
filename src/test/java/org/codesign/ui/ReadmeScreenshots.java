package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.codesign.eval.Metric;
import org.codesign.study.StudyFiles;
import org.codesign.ui.pareto.Pareto3DView;
import org.codesign.ui.pareto.PlotModel;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * Makes the README's screenshots of the Pareto views from a study with runs: the window with a
 * lasso drawn around the accurate, fast end of the front in the 3D view (and the linked views
 * showing the same selection), a close-up of the plots, and the parallel coordinates.
 * Run it under Xvfb with real 3D (see BENCHMARKS.md, "3D Pareto view"):
 * {@code ReadmeScreenshots STUDY OUTDIR}.
 */
public final class ReadmeScreenshots {
    private ReadmeScreenshots() {}

    public static void main(String[] args) {
        Path study = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                StudyDocument document = new StudyDocument(StudyFiles.load(study), study);
                MainWindow window = new MainWindow(
                        stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
                stage.setWidth(1600);
                stage.setHeight(1000);
                stage.show();
                later(1500, () -> {
                    Pareto3DView view = window.pareto().view3d();
                    if (view == null) {
                        System.err.println(
                                "no 3D on this display: run with -Dprism.order=es2,sw -Dprism.forceGPU=true under Xvfb");
                        System.exit(3);
                    }
                    view.lasso(lassoAroundFastAccurateFront(window.pareto().model(), view), Selection.Combine.REPLACE);
                    later(1200, () -> {
                        write(stage.getScene().getRoot(), out.resolve("pareto-3d.png"));
                        write(window.pareto(), out.resolve("pareto-3d-closeup.png"));
                        TabPane tabs = (TabPane) stage.getScene().lookup("#lower-tabs");
                        tabs.getSelectionModel().select(3);
                        later(1200, () -> {
                            write(stage.getScene().getRoot(), out.resolve("parallel-coordinates.png"));
                            tabs.getSelectionModel().select(2);
                            later(800, () -> {
                                write(stage.getScene().getRoot(), out.resolve("range-sliders.png"));
                                Platform.exit();
                                System.exit(0);
                            });
                        });
                    });
                });
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
    }

    /**
     * A lasso around the Pareto points that are both accurate and fast (the upper 30 % of accuracy,
     * the lower 30 % of latency): their projected convex hull, widened by a few pixels.
     */
    static double[] lassoAroundFastAccurateFront(PlotModel model, Pareto3DView view) {
        PointColumns c = model.columns();
        double[] acc = c.range(Metric.ACCURACY, false);
        double[] lat = c.range(Metric.LATENCY, false);
        List<Point2D> pts = new ArrayList<>();
        BitSet shown = view.geometry().shown();
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            if (c.pareto(i)
                    && c.value(Metric.ACCURACY, i) >= acc[0] + 0.7 * (acc[1] - acc[0])
                    && c.value(Metric.LATENCY, i) <= lat[0] + 0.3 * (lat[1] - lat[0])) {
                pts.add(view.screenPosition(i));
            }
        }
        List<Point2D> hull = hull(pts);
        double cx = hull.stream().mapToDouble(Point2D::getX).average().orElse(0);
        double cy = hull.stream().mapToDouble(Point2D::getY).average().orElse(0);
        double[] xy = new double[hull.size() * 2];
        for (int k = 0; k < hull.size(); k++) {
            Point2D p = hull.get(k);
            double d = Math.max(1, p.distance(cx, cy));
            xy[2 * k] = p.getX() + (p.getX() - cx) / d * 8;
            xy[2 * k + 1] = p.getY() + (p.getY() - cy) / d * 8;
        }
        return xy;
    }

    /** Andrew's monotone chain. */
    static List<Point2D> hull(List<Point2D> points) {
        List<Point2D> p = new ArrayList<>(points);
        p.sort(Comparator.comparingDouble(Point2D::getX).thenComparingDouble(Point2D::getY));
        List<Point2D> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (Point2D q : p) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 0) {
                    h.remove(h.size() - 1);
                }
                h.add(q);
            }
            h.remove(h.size() - 1);
            java.util.Collections.reverse(p);
        }
        return h;
    }

    private static double cross(Point2D o, Point2D a, Point2D b) {
        return (a.getX() - o.getX()) * (b.getY() - o.getY()) - (a.getY() - o.getY()) * (b.getX() - o.getX());
    }

    private static void later(int millis, Runnable action) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> action.run());
        p.play();
    }

    private static void write(Node node, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
