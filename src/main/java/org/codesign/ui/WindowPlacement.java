package org.codesign.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: where the user left it (size, position, maximized), or on first
 * start at a working size. Set explicitly, because a plain window manager does not size a window
 * by its scene and opened it at 200 × 200 px.
 */
final class WindowPlacement {
    static final double FIRST_WIDTH = 1400;
    static final double FIRST_HEIGHT = 880;

    private final Preferences node;

    /** @param node where the placement is kept (tests pass a node of their own) */
    WindowPlacement(Preferences node) {
        this.node = node;
    }

    /** Places the stage before it is shown and keeps its placement from then on. */
    void manage(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D saved = saved();
        if (saved != null && !Screen.getScreensForRectangle(saved).isEmpty()) {
            stage.setX(saved.getMinX());
            stage.setY(saved.getMinY());
            stage.setWidth(saved.getWidth());
            stage.setHeight(saved.getHeight());
        } else {
            Rectangle2D first = firstBounds(screen);
            stage.setWidth(first.getWidth());
            stage.setHeight(first.getHeight());
            stage.setX(first.getMinX());
            stage.setY(first.getMinY());
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        stage.xProperty().addListener((o, a, b) -> remember(stage));
        stage.yProperty().addListener((o, a, b) -> remember(stage));
        stage.widthProperty().addListener((o, a, b) -> remember(stage));
        stage.heightProperty().addListener((o, a, b) -> remember(stage));
        stage.maximizedProperty().addListener((o, a, b) -> node.putBoolean("maximized", b));
    }

    /** At least 1280 × 800 (the layout's working size) unless the screen is smaller; centred. */
    static Rectangle2D firstBounds(Rectangle2D screen) {
        double w = Math.min(FIRST_WIDTH, screen.getWidth());
        double h = Math.min(FIRST_HEIGHT, screen.getHeight());
        return new Rectangle2D(
                screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** The bounds last remembered, or null before the first start. */
    Rectangle2D saved() {
        double w = node.getDouble("width", -1);
        double h = node.getDouble("height", -1);
        return w <= 0 || h <= 0 ? null : new Rectangle2D(node.getDouble("x", 0), node.getDouble("y", 0), w, h);
    }

    /** A maximized window keeps the size it had before, to return to it. */
    private void remember(Stage stage) {
        if (stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getX()) || stage.getWidth() <= 0) {
            return;
        }
        node.putDouble("x", stage.getX());
        node.putDouble("y", stage.getY());
        node.putDouble("width", stage.getWidth());
        node.putDouble("height", stage.getHeight());
    }
}
