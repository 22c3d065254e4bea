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
import org.codesign.study.quantity.Quantities;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.pareto.ParetoArea;
import org.codesign.ui.pareto.ParetoViewModel;
import org.codesign.ui.study.StudyDocument;

/**
 * The README's screenshot of extrapolated accuracy (issue 16): a study's points with MACs across,
 * accuracy up and the width multiplier in depth, glyphs sized by power, the extrapolated
 * ones hollow; writes the 3D view alone. Run under Xvfb with real 3D:
 * {@code ExtrapolatedScreenshots STUDY OUT.png}.
 */
public final class ExtrapolatedScreenshots {
    private ExtrapolatedScreenshots() {}

    public static void main(String[] args) {
        Path study = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                StudyDocument document = new StudyDocument(StudyLoader.load(study), study);
                MainWindow window = new MainWindow(
                        stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
                stage.setWidth(2400);
                stage.setHeight(1500);
                stage.show();
                ParetoArea area = window.pareto();
                if (area.view3d() == null) {
                    System.err.println(
                            "no 3D on this display: run with -Dprism.order=es2,sw -Dprism.forceGPU=true under Xvfb");
                    System.exit(3);
                }
                later(2500, () -> {
                    ParetoViewModel vm = area.viewModel();
                    Quantities q = Quantities.of(document.study());
                    vm.setAxis(0, Quantities.of(Metric.MACS), false);
                    vm.setAxis(1, Quantities.of(Metric.ACCURACY), false);
                    vm.setAxis(2, q.byId("widthMult"), false);
                    vm.setSize(Quantities.of(Metric.POWER), false);
                    // closer: the glyphs are a few pixels wide at the opening zoom
                    area.view3d()
                            .orbitProperty()
                            .set(area.view3d().orbitProperty().get().zoomBy(1.8));
                    later(2500, () -> {
                        write(area.view3d(), out);
                        Platform.exit();
                        System.exit(0);
                    });
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
            // twice the pixels: the glyphs are a few pixels wide on screen, too small to see them hollow
            javafx.scene.SnapshotParameters twice = new javafx.scene.SnapshotParameters();
            twice.setTransform(javafx.scene.transform.Transform.scale(2, 2));
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(twice, null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (java.io.IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
