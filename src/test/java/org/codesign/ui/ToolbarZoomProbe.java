package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.codesign.study.Samples;
import org.codesign.ui.pareto.ParetoViewModel;
import org.codesign.ui.study.StudyDocument;

/**
 * Child process of {@link Pareto3DRenderTest}: the main window with real 3D; the OS-level robot
 * turns the mouse wheel {@link #NOTCHES} notches over the 3D view, then clicks the toolbar's
 * "x–z" and "Box" buttons. Writes "zoom Z", "after-click PITCH TOOL" to {@code result.txt} and
 * a PNG of the zoomed window; exit code 3: this display has no 3D.
 */
public final class ToolbarZoomProbe {
    static final int NOTCHES = 12;

    private ToolbarZoomProbe() {}

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
        MainWindow window =
                new MainWindow(stage, new StudyDocument(Samples.load(Samples.DEFAULT), null), new MemoryPreferences());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
        if (window.pareto().view3d() == null) {
            System.exit(3);
        }
        ParetoViewModel vm = window.pareto().viewModel();
        Robot robot = new Robot();
        List<String> lines = new ArrayList<>();
        later(() -> {
            Node view = window.pareto().view3d();
            Bounds b = view.localToScreen(view.getBoundsInLocal());
            robot.mouseMove(b.getCenterX(), b.getCenterY());
            for (int i = 0; i < NOTCHES; i++) {
                robot.mouseWheel(-1); // towards the user: zoom in
            }
            later(() -> {
                lines.add("zoom " + vm.orbitProperty().get().zoom());
                snapshot(window, out.resolve("zoomed.png"));
                click(robot, stage, "#view-top");
                click(robot, stage, "#tool-box");
                later(() -> {
                    lines.add("after-click " + vm.orbitProperty().get().pitch() + " "
                            + vm.toolProperty().get());
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

    private static void click(Robot robot, Stage stage, String id) {
        Node button = stage.getScene().lookup(id);
        Bounds b = button.localToScreen(button.getBoundsInLocal());
        robot.mouseMove(b.getCenterX(), b.getCenterY());
        robot.mouseClick(MouseButton.PRIMARY);
    }

    private static void snapshot(MainWindow window, Path file) {
        try {
            Screenshots.write(window.scene(), file);
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    /** Runs {@code r} on the FX thread after a second: events delivered, the scene laid out and drawn. */
    private static void later(Runnable r) {
        PauseTransition wait = new PauseTransition(Duration.seconds(1));
        wait.setOnFinished(e -> r.run());
        wait.play();
    }
}
