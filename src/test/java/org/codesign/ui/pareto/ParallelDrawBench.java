package org.codesign.ui.pareto;

import java.util.Arrays;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.codesign.ui.study.StudyDocument;

/**
 * What {@link ViewHitBench} leaves out for the parallel coordinates: a brush's whole update on
 * the FX thread, including the Canvas drawing of the lines (recorded on the FX thread, rasterised
 * later by the render thread). 100,000 points, the view 1400×500 px in a window; medians of
 * 60 brushes that alternate between two interval sets, in wall time and in the FX thread's CPU
 * time. Needs a display (Xvfb):
 * {@code xvfb-run -a mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.ui.pareto.ParallelDrawBench}
 */
public final class ParallelDrawBench {
    private ParallelDrawBench() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            PointStore store = TestPoints.store();
            for (int r = 0; r < 10; r++) {
                store.append("run-" + (r + 1), TestPoints.cloud(10_000, 0, r + 1));
            }
            Selection selection = new Selection();
            PlotModel model = new PlotModel(store, selection, ParetoViewModel.initialAxes(TestPoints.study()));
            ParallelCoordinatesView view =
                    new ParallelCoordinatesView(model, new StudyDocument(TestPoints.study(), null));
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1400, 540));
            stage.show();
            Platform.runLater(() -> {
                int latency = view.axisKeys().indexOf(Metric.LATENCY.key());
                int runs = 60;
                double[] ms = new double[runs];
                double[] cpuMs = new double[runs];
                var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int k = -10; k < runs; k++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    view.brushInterval(latency, 0.1, k % 2 == 0 ? 0.3 : 0.35, Selection.Combine.REPLACE);
                    view.brushInterval(latency, 0.6, 0.8, Selection.Combine.ADD);
                    if (k >= 0) {
                        ms[k] = (System.nanoTime() - t0) / 1e6 / 2;
                        cpuMs[k] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / 2;
                    }
                }
                Arrays.sort(ms);
                Arrays.sort(cpuMs);
                System.out.printf(
                        Locale.ROOT,
                        "parallel brush + draw, 100,000 points (%s): wall median %.1f ms, p90 %.1f ms;"
                                + " FX-thread CPU median %.1f ms, p90 %.1f ms per brush%n",
                        view.drawn(),
                        ms[runs / 2],
                        ms[runs * 9 / 10],
                        cpuMs[runs / 2],
                        cpuMs[runs * 9 / 10]);
                Platform.exit();
                System.exit(0);
            });
        });
    }
}
