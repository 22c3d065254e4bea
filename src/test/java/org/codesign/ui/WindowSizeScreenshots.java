package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;

/**
 * The window at a given size on classroom-small, to look at how the views fit (issue 14: the
 * projections' axis titles at 1000×650). Under Xvfb with real 3D:
 * {@code WindowSizeScreenshots WIDTH HEIGHT OUT.png}.
 */
public final class WindowSizeScreenshots {
    private WindowSizeScreenshots() {}

    public static void main(String[] args) {
        double width = Double.parseDouble(args[0]);
        double height = Double.parseDouble(args[1]);
        Path out = Path.of(args[2]);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                StudyDocument document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
                MainWindow window = new MainWindow(
                        stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                PauseTransition p = new PauseTransition(Duration.millis(2500));
                p.setOnFinished(e -> {
                    window.pareto()
                            .projections()
                            .forEach(v -> System.out.println(v.getId() + " view " + v.getLayoutBounds() + " x axis "
                                    + v.xAxisBounds() + " x title " + v.xTitleBounds()));
                    try {
                        Files.createDirectories(out.toAbsolutePath().getParent());
                        ImageIO.write(
                                SwingFXUtils.fromFXImage(
                                        stage.getScene().getRoot().snapshot(null, null), null),
                                "png",
                                out.toFile());
                        System.out.println("wrote " + out + (window.pareto().view3d() == null ? " (no 3D)" : ""));
                    } catch (java.io.IOException x) {
                        System.err.println("cannot write " + out + ": " + x.getMessage());
                        System.exit(1);
                    }
                    Platform.exit();
                    System.exit(0);
                });
                p.play();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
    }
}
