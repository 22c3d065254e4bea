package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.codesign.eval.Metric;
import org.codesign.study.Samples;
import org.codesign.ui.pareto.ParallelCoordinatesView;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * The README's screenshot of the parallel coordinates on classroom-small: latency moved first and
 * inverted, two intervals brushed on it, one point outlined, a line hovered with its card.
 * {@code xvfb-run -a -s "-screen 0 2400x1200x24" … org.codesign.ui.ParallelScreenshots OUT.png}
 * (see README, "The 3D Pareto view").
 */
public final class ParallelScreenshots {
    private ParallelScreenshots() {}

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                StudyDocument document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
                MainWindow window = new MainWindow(
                        stage, document, Preferences.userRoot().node("codesign-screenshots-" + System.nanoTime()));
                stage.setWidth(2300);
                stage.setHeight(1150);
                stage.show();
                later(1500, () -> {
                    TabPane tabs = (TabPane) stage.getScene().lookup("#lower-tabs");
                    ((SplitPane) tabs.getParent().getParent()).setDividerPositions(0.35);
                    tabs.getSelectionModel().select(3);
                    later(800, () -> arrange(window, tabs, out));
                });
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
    }

    private static void arrange(MainWindow window, TabPane tabs, Path out) {
        ParallelCoordinatesView view = window.pareto().parallel();
        window.pareto().model().colorModeProperty().set(ColorMode.METRIC); // energy, a ramp
        int latency = view.axisKeys().indexOf(Metric.LATENCY.key());
        view.moveAxis(latency, 0);
        view.invertAxis(0);
        view.brushInterval(0, 0.05, 0.22, Selection.Combine.REPLACE);
        view.brushInterval(0, 0.55, 0.7, Selection.Combine.ADD);
        PointColumns c = window.pareto().model().columns();
        int focus = window.selection().positions().nextSetBit(0);
        for (int i = focus; i >= 0; i = window.selection().positions().nextSetBit(i + 1)) {
            if (c.pareto(i)) {
                focus = i;
                break;
            }
        }
        PointEntry entry = window.store().entries().get(focus);
        window.selection().focusedProperty().set(entry); // the window turns to its detail…
        later(600, () -> {
            tabs.getSelectionModel().select(3); // …and back to the parallel coordinates
            later(800, () -> {
                hoverSomeLine(view, c);
                later(500, () -> {
                    try {
                        Files.createDirectories(out.toAbsolutePath().getParent());
                        ImageIO.write(SwingFXUtils.fromFXImage(view.snapshot(null, null), null), "png", out.toFile());
                    } catch (Exception e) {
                        e.printStackTrace();
                        System.exit(1);
                    }
                    Platform.exit();
                    System.exit(0);
                });
            });
        });
    }

    /** Moves the mouse (as an event) onto an unselected line between the 3rd and 4th axes. */
    private static void hoverSomeLine(ParallelCoordinatesView view, PointColumns c) {
        double x = view.axisX(2) + 0.3 * (view.axisX(3) - view.axisX(2));
        double y = view.axisY(0.5);
        Point2D scene = view.marks().localToScene(x, y);
        Point2D screen = view.marks().localToScreen(x, y);
        MouseEvent move = new MouseEvent(
                MouseEvent.MOUSE_MOVED,
                scene.getX(),
                scene.getY(),
                screen.getX(),
                screen.getY(),
                MouseButton.NONE,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                null);
        javafx.event.Event.fireEvent(view.marks(), move);
    }

    private static void later(int millis, Runnable action) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> action.run());
        p.play();
    }
}
