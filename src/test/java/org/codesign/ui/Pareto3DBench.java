package org.codesign.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.codesign.study.EvaluatedPoint;
import org.codesign.ui.pareto.Pareto3DView;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * Speed of the 3D Pareto view inside the whole main window (3D view, three 2D projections,
 * points table, range sliders, parallel coordinates), with real 3D: run it under Xvfb with
 * {@code -Dprism.order=es2,sw -Dprism.forceGPU=true} (see BENCHMARKS.md, "3D Pareto view").
 * <ul>
 * <li>{@code fps}: frames per second while the camera turns 1° per frame, at 10,000 and 100,000 points;</li>
 * <li>{@code brush}: a lasso over 100,000 points: the update of every view on the FX thread
 *     (brush, selection, 3D recolour, 2D data sets, table), their layout (ChartFX draws its canvases
 *     there), and a full-window redraw ({@code Scene.snapshot}, an upper bound of the frame);</li>
 * <li>{@code append}: 1,000 new points arriving in a 100,000-point window, split the same way,
 *     next to what the point store alone needs for them (its Pareto flags, not the views').</li>
 * </ul>
 * Arguments: any of {@code fps brush append} (default: all).
 */
public final class Pareto3DBench {
    private static final int RUNS = 10;
    private static final int REPEATS = 12;

    private Pareto3DBench() {}

    public static void main(String[] args) {
        List<String> parts = args.length == 0 ? List.of("fps", "brush", "append") : List.of(args);
        Platform.startup(() -> {
            if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
                System.err.println("no 3D here: run under Xvfb with -Dprism.order=es2,sw -Dprism.forceGPU=true");
                System.exit(3);
            }
            System.out.println("JavaFX " + System.getProperty("javafx.runtime.version") + ", prism "
                    + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            List<Runnable> steps = new ArrayList<>();
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                if (steps.isEmpty()) {
                    Platform.exit();
                    System.exit(0);
                }
                steps.remove(0).run();
            };
            if (parts.contains("fps")) {
                steps.add(() -> fps(10_000, true, next[0]));
                steps.add(() -> fps(100_000, false, next[0]));
                steps.add(() -> fps(100_000, true, next[0]));
            }
            if (parts.contains("brush")) {
                steps.add(() -> brush(100_000, next[0]));
            }
            if (parts.contains("append")) {
                steps.add(() -> append(100_000, next[0]));
            }
            next[0].run();
        });
    }

    /** {@code n} synthetic points in ten runs. */
    static Map<String, List<EvaluatedPoint>> runs(int n) {
        Map<String, List<EvaluatedPoint>> runs = new LinkedHashMap<>();
        for (int r = 0; r < RUNS; r++) {
            runs.put("run-" + (r + 1), SyntheticPoints.cloud(n / RUNS, 0, r + 1));
        }
        return runs;
    }

    private static MainWindow window(int n) {
        Stage stage = new Stage();
        StudyDocument document = new StudyDocument(SyntheticPoints.study(), null);
        MainWindow window =
                new MainWindow(stage, document, Preferences.userRoot().node("codesign-bench-" + System.nanoTime()));
        stage.show();
        runs(n).forEach(window.store()::append);
        return window;
    }

    private static void later(double millis, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void fps(int n, boolean fastRotation, Runnable done) {
        MainWindow window = window(n);
        Pareto3DView view = window.pareto().view3d();
        view.fastRotationProperty().set(fastRotation);
        later(3000, () -> {
            List<Long> frames = new ArrayList<>();
            long[] start = {0};
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.add(now);
                    view.orbitProperty().set(view.orbitProperty().get().orbit(1, 0));
                }
            };
            later(0, () -> {
                start[0] = System.nanoTime();
                timer.start();
            });
            later(14_000, () -> {
                timer.stop();
                // The first two seconds warm up.
                long from = frames.get(0) + 2_000_000_000L;
                long[] t = frames.stream()
                        .mapToLong(Long::longValue)
                        .filter(x -> x >= from)
                        .toArray();
                double seconds = (t[t.length - 1] - t[0]) / 1e9;
                double[] gaps = new double[t.length - 1];
                for (int i = 1; i < t.length; i++) {
                    gaps[i - 1] = (t[i] - t[i - 1]) / 1e6;
                }
                Arrays.sort(gaps);
                boolean sampled = view.showingSample();
                System.out.printf(
                        Locale.ROOT,
                        "fps %,d points, fast rotation %s (%s while turning): %.1f frames/s over %.1f s "
                                + "(frame interval median %.1f ms, 95th percentile %.1f ms)%n",
                        n,
                        fastRotation ? "on" : "off",
                        sampled ? String.format(Locale.ROOT, "%,d drawn", Pareto3DView.MOVING_BUDGET) : "all drawn",
                        (t.length - 1) / seconds,
                        seconds,
                        gaps[gaps.length / 2],
                        gaps[(int) (gaps.length * 0.95)]);
                window.scene().getWindow().hide();
                done.run();
            });
        });
    }

    /** Milliseconds of three phases: FX-thread update, layout (ChartFX draws here), full-window redraw. */
    private static double[] phases(MainWindow window, Runnable change) {
        long t0 = System.nanoTime();
        change.run();
        long t1 = System.nanoTime();
        window.scene().getRoot().applyCss();
        window.scene().getRoot().layout();
        long t2 = System.nanoTime();
        window.scene().snapshot(null);
        long t3 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6};
    }

    private static void report(String what, List<double[]> samples) {
        String[] names = {"update", "layout", "redraw"};
        StringBuilder b = new StringBuilder(what + ":");
        double[] totals = new double[samples.size()];
        for (int k = 0; k < 3; k++) {
            double[] v = new double[samples.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = samples.get(i)[k];
                totals[i] += v[i];
            }
            Arrays.sort(v);
            b.append(String.format(
                    Locale.ROOT, " %s median %.1f ms (max %.1f);", names[k], v[v.length / 2], v[v.length - 1]));
        }
        Arrays.sort(totals);
        b.append(String.format(
                Locale.ROOT,
                " total median %.1f ms (max %.1f), %d repeats after 2 warm-ups",
                totals[totals.length / 2],
                totals[totals.length - 1],
                totals.length));
        System.out.println(b);
    }

    private static void repeat(int times, Consumer<Integer> body, Runnable done) {
        int[] i = {0};
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (i[0] == times) {
                done.run();
                return;
            }
            body.accept(i[0]++);
            later(150, step[0]);
        };
        step[0].run();
    }

    private static void brush(int n, Runnable done) {
        MainWindow window = window(n);
        Pareto3DView view = window.pareto().view3d();
        view.orbitProperty().set(OrbitCamera.initial());
        later(2000, () -> {
            double w = view.subScene().getWidth();
            double h = view.subScene().getHeight();
            double[][] lassos = {
                {w * 0.3, h * 0.25, w * 0.55, h * 0.2, w * 0.7, h * 0.45, w * 0.5, h * 0.7, w * 0.35, h * 0.6},
                {w * 0.2, h * 0.4, w * 0.6, h * 0.35, w * 0.8, h * 0.75, w * 0.3, h * 0.8},
            };
            List<double[]> samples = new ArrayList<>();
            int[] selected = new int[1];
            repeat(
                    REPEATS + 2,
                    i -> {
                        double[] t = phases(window, () -> view.lasso(lassos[i % 2], Selection.Combine.REPLACE));
                        selected[0] = window.selection().count();
                        if (i >= 2) {
                            samples.add(t);
                        }
                    },
                    () -> {
                        report(
                                String.format(
                                        Locale.ROOT, "brush %,d points (lasso selecting about %,d)", n, selected[0]),
                                samples);
                        window.scene().getWindow().hide();
                        done.run();
                    });
        });
    }

    private static void append(int n, Runnable done) {
        MainWindow window = window(n);
        later(2000, () -> {
            List<double[]> samples = new ArrayList<>();
            List<Double> storeOnly = new ArrayList<>();
            PointStore bare = new PointStore();
            bare.setObjectives(SyntheticPoints.study().objectives());
            runs(n).forEach(bare::append);
            repeat(
                    REPEATS + 2,
                    i -> {
                        List<EvaluatedPoint> batch = SyntheticPoints.cloud(1000, n / RUNS + 1000L * i, 100 + i);
                        long s0 = System.nanoTime();
                        bare.append("run-1", batch);
                        double store = (System.nanoTime() - s0) / 1e6;
                        double[] t = phases(window, () -> window.store().append("run-1", batch));
                        if (i >= 2) {
                            samples.add(t);
                            storeOnly.add(store);
                        }
                    },
                    () -> {
                        report(String.format(Locale.ROOT, "append 1,000 to %,d points (window)", n), samples);
                        double[] s = storeOnly.stream()
                                .mapToDouble(Double::doubleValue)
                                .sorted()
                                .toArray();
                        System.out.printf(
                                Locale.ROOT,
                                "append 1,000 to %,d points (point store alone, no views): median %.1f ms (max %.1f)%n",
                                n,
                                s[s.length / 2],
                                s[s.length - 1]);
                        window.scene().getWindow().hide();
                        done.run();
                    });
        });
    }
}
