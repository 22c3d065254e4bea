package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.codesign.eval.Metric;
import org.codesign.study.Samples;
import org.codesign.study.quantity.Quantities;
import org.codesign.ui.pareto.ParetoArea;
import org.codesign.ui.pareto.ParetoViewModel;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.study.StudyDocument;

/**
 * The README's screenshot of quantities on the axes (issue 14 item 2): classroom-small's
 * exhaustive run with resolution across, accuracy up, the GPU clock in depth, colour by latency
 * on a log scale (with its colour bar) and glyphs sized by power. Run under Xvfb with real 3D:
 * {@code AxisScreenshots OUT.png}.
 */
public final class AxisScreenshots {
    private AxisScreenshots() {}

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                StudyDocument document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
                MainWindow window = new MainWindow(
                        stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
                stage.setWidth(1500);
                stage.setHeight(1000);
                stage.show();
                ParetoArea area = window.pareto();
                if (area.view3d() == null) {
                    System.err.println(
                            "no 3D on this display: run with -Dprism.order=es2,sw -Dprism.forceGPU=true under Xvfb");
                    System.exit(3);
                }
                ParetoViewModel vm = area.viewModel();
                Quantities q = Quantities.of(document.study());
                vm.setAxis(0, q.byId("resolution"), false);
                vm.setAxis(1, Quantities.of(Metric.ACCURACY), false);
                vm.setAxis(2, q.byId("gpuFreqMHz"), false);
                area.model().colorModeProperty().set(ColorMode.METRIC);
                vm.setColour(Quantities.of(Metric.LATENCY), true);
                vm.setSize(Quantities.of(Metric.POWER), false);
                later(2500, () -> {
                    write(stage.getScene().getRoot(), out);
                    Platform.exit();
                    System.exit(0);
                });
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
    }

    private static void later(int millis, Runnable action) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> action.run());
        p.play();
    }

    private static void write(Node node, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (java.io.IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
