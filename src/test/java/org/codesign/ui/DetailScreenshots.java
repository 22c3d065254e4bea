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
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;

/**
 * Screenshots of the window with a point in the Detail tab (hardware labels with units) and of
 * the projections' axis titles, at a given window size. Under Xvfb:
 * {@code DetailScreenshots OUT_DIR [WIDTH HEIGHT [SAMPLE]]}.
 */
public final class DetailScreenshots {
    private DetailScreenshots() {}

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 1500;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 950;
        String sample = args.length > 3 ? args[3] : Samples.DEFAULT;
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                StudyDocument document = new StudyDocument(Samples.load(sample), null);
                MainWindow window = new MainWindow(
                        stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                later(2500, () -> {
                    write(stage.getScene().getRoot(), out.resolve("window-" + width + "x" + height + ".png"));
                    window.selection()
                            .focusedProperty()
                            .set(window.store().entries().get(0));
                    later(1500, () -> {
                        write(window.detail(), out.resolve("detail-" + width + "x" + height + ".png"));
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
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (java.io.IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
