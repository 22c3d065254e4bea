package org.codesign.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene once it has been laid out and drawn. */
final class Screenshots {
    private Screenshots() {}

    /** Waits {@code settle} for layout, charts and animations, then snapshots and runs {@code after}. */
    static void afterRendering(Scene scene, Path file, Duration settle, Runnable after) {
        PauseTransition wait = new PauseTransition(settle);
        wait.setOnFinished(e -> {
            try {
                write(scene, file);
                System.out.println("wrote " + file.toAbsolutePath());
            } catch (IOException ex) {
                System.err.println("codesign: cannot write the screenshot " + file + ": " + ex.getMessage());
            }
            after.run();
        });
        wait.play();
    }

    static void write(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
