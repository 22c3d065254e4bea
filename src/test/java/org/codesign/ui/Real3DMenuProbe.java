package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;

/**
 * Child process of {@link Pareto3DRenderTest}: the main window with real 3D on classroom-small;
 * the OS-level robot right-clicks the 3D view, clicks "Save as SVG…" in its context menu, and
 * the file dialog (answered as a user would, {@link AnsweringChoosers}) names {@code cube}; then
 * the same for "Save as PNG (2×)…". Writes to {@code result.txt} "view W H" (the 3D view's
 * size), "points N" (the feasible points it shows) and "asked NAME" for each dialog's proposed
 * name; exit code 3: this display has no 3D.
 */
public final class Real3DMenuProbe {
    private Real3DMenuProbe() {}

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        Platform.startup(() -> {
            try {
                run(out);
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            }
        });
    }

    private static void run(Path out) throws Exception {
        Stage stage = new Stage();
        AnsweringChoosers choosers = new AnsweringChoosers();
        MainWindow window = new MainWindow(
                stage,
                new StudyDocument(Samples.load("classroom-small.codesign.json"), null),
                new MemoryPreferences(),
                choosers);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
        Node view = window.pareto().view3d();
        if (view == null) {
            System.exit(3);
        }
        Robot robot = new Robot();
        List<String> lines = new ArrayList<>();
        choosers.answer(out.resolve("cube"), "SVG");
        choosers.answer(out.resolve("cube"), "PNG");
        after(() -> !window.store().entries().isEmpty(), () -> {
            lines.add("view " + view.getLayoutBounds().getWidth() + " "
                    + view.getLayoutBounds().getHeight());
            lines.add("points "
                    + window.store().entries().stream()
                            .filter(e -> e.feasible())
                            .count());
            choose(robot, view, "Save as SVG…");
            after(() -> written(out.resolve("cube.svg")), () -> {
                choose(robot, view, "Save as PNG (2×)…");
                after(() -> written(out.resolve("cube.png")), () -> {
                    choosers.asked.forEach(r -> lines.add("asked " + r.initialName()));
                    try {
                        Files.write(out.resolve("result.txt"), lines);
                    } catch (Exception e) {
                        e.printStackTrace();
                        System.exit(2);
                    }
                    System.exit(0);
                });
            });
        });
    }

    /** A right click on the view's centre, then a click on the menu item named {@code item}. */
    private static void choose(Robot robot, Node view, String item) {
        Bounds b = view.localToScreen(view.getLayoutBounds());
        robot.mouseMove(b.getCenterX(), b.getCenterY());
        robot.mouseClick(MouseButton.SECONDARY);
        after(() -> menuItem(item) != null, () -> {
            Node label = menuItem(item);
            Bounds at = label.localToScreen(label.getLayoutBounds());
            robot.mouseMove(at.getCenterX(), at.getCenterY());
            robot.mouseClick(MouseButton.PRIMARY);
        });
    }

    /** The label of a showing context menu's item, or null. */
    private static Node menuItem(String text) {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.isShowing() && menu.getScene() != null) {
                for (Node n : menu.getScene().getRoot().lookupAll(".label")) {
                    if (n instanceof Labeled l && text.equals(l.getText())) {
                        return n;
                    }
                }
            }
        }
        return null;
    }

    /** A file the background writer has finished: it exists and has not grown for a moment. */
    private static boolean written(Path file) {
        try {
            if (!Files.exists(file)) {
                return false;
            }
            long size = Files.size(file);
            Thread.sleep(200);
            return size > 0 && size == Files.size(file);
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs {@code then} on the FX thread once {@code ready} holds (checked every 200 ms, 60 s at most). */
    private static void after(BooleanSupplier ready, Runnable then) {
        poll(ready, then, 300);
    }

    private static void poll(BooleanSupplier ready, Runnable then, int triesLeft) {
        PauseTransition wait = new PauseTransition(Duration.millis(200));
        wait.setOnFinished(e -> {
            if (ready.getAsBoolean()) {
                then.run();
            } else if (triesLeft == 0) {
                System.err.println("gave up waiting");
                System.exit(4);
            } else {
                poll(ready, then, triesLeft - 1);
            }
        });
        wait.play();
    }
}
