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
        // ChartFX draws its canvases after a pulse's layout: a pause that ends in the first pulse after
        // a long busy spell (a large study's points arriving) would snapshot charts not yet drawn
        wait.setOnFinished(e -> afterNextPulse(scene, () -> {
            try {
                write(scene, file);
                System.out.println("wrote " + file.toAbsolutePath());
            } catch (IOException ex) {
                System.err.println("codesign: cannot write the screenshot " + file + ": " + ex.getMessage());
            }
            after.run();
        }));
        wait.play();
    }

    private static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
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
