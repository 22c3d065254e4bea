package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.controlsfx.control.RangeSlider;

/**
 * The README's screenshot of the range sliders (issue 14): classroom-small's exhaustive run in
 * the Ranges tab, a slider per metric, parameter and derived quantity, resolution narrowed to
 * 192 px and more. Run under Xvfb: {@code RangeScreenshots OUT.png}.
 */
public final class RangeScreenshots {
    private RangeScreenshots() {}

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        Platform.startup(() -> {
            Stage stage = new Stage();
            StudyDocument document;
            try {
                document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
                return;
            }
            MainWindow window = new MainWindow(
                    stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
            stage.setWidth(1500);
            stage.setHeight(1000);
            stage.show();
            TabPane tabs = (TabPane) stage.getScene().lookup("#lower-tabs");
            tabs.getTabs().stream()
                    .filter(t -> t.getText().equals("Ranges"))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            PauseTransition wait = new PauseTransition(Duration.millis(1500));
            wait.setOnFinished(e -> {
                RangeSlider resolution = window.pareto().ranges().slider("resolution");
                resolution.setLowValue(192);
                PauseTransition shot = new PauseTransition(Duration.millis(1500));
                shot.setOnFinished(f -> {
                    try {
                        Files.createDirectories(out.toAbsolutePath().getParent());
                        ImageIO.write(SwingFXUtils.fromFXImage(tabs.snapshot(null, null), null), "png", out.toFile());
                        System.out.println("wrote " + out);
                    } catch (java.io.IOException x) {
                        System.err.println("cannot write " + out + ": " + x.getMessage());
                        System.exit(1);
                    }
                    Platform.exit();
                    System.exit(0);
                });
                shot.play();
            });
            wait.play();
        });
    }
}
