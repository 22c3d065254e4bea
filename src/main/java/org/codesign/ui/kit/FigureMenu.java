package org.codesign.ui.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import org.codesign.figure.FigureDrawing;
import org.codesign.figure.FigureFormat;
import org.codesign.figure.FigureWriter;

/**
 * The "Save as PNG / SVG / PDF" context menu of a view. PNG is a snapshot of the view as shown,
 * at {@link FigureFormat#PNG_SCALE}× its size; SVG and PDF are vector figures drawn by {@code
 * org.codesign.figure} from the view's current state (the same drawing as {@code codesign plot}).
 * The state is read on the FX thread when the user chooses; the file is written on a background
 * thread, so a large figure never freezes the window.
 */
public final class FigureMenu {
    /** Vector figures are at least this many points wide and high, even from a small view. */
    static final int MIN_WIDTH = 560;

    static final int MIN_HEIGHT = 400;

    /** What a view offers for export: its vector figure now, at a size in points. */
    @FunctionalInterface
    public interface VectorFigure {
        FigureDrawing draw(int width, int height);

        /** The narrowest the figure reads well at (parallel coordinates need room per axis). */
        default int minWidth() {
            return MIN_WIDTH;
        }
    }

    private FigureMenu() {}

    /**
     * Gives {@code view} a context menu that saves it as a figure; {@code name} proposes the file
     * name ("projection-latency-accuracy"). Items come before {@code extra} ones of the view.
     */
    public static ContextMenu attach(Node view, Supplier<String> name, VectorFigure vector, MenuItem... extra) {
        ContextMenu menu = new ContextMenu();
        for (FigureFormat f : List.of(FigureFormat.SVG, FigureFormat.PDF, FigureFormat.PNG)) {
            MenuItem item = new MenuItem("Save as " + f.name() + (f == FigureFormat.PNG ? " (2×)" : "") + "…");
            item.setId("save-figure-" + f.extension());
            item.setOnAction(e -> save(view, name.get(), vector, f));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(extra);
        // A right click that did not drag (the 3D view pans with a right drag), or the menu key.
        // A filter: charts consume the clicks on their plot area before a handler would see them.
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()) {
                menu.show(view, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                menu.show(view, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        return menu;
    }

    private static void save(Node view, String name, VectorFigure vector, FigureFormat format) {
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        FileChoosers.Filter filter = new FileChoosers.Filter(format.description(), "*." + format.extension());
        FileChoosers.of(owner)
                .save(
                        owner,
                        new FileChoosers.Request("Save the figure", List.of(filter), name + "." + format.extension()))
                .ifPresent(choice -> {
                    Path file = withExtension(choice.file(), format);
                    write(owner, view, vector, format, file);
                });
    }

    /** The chosen file, with the format's extension added when the user typed none. */
    static Path withExtension(Path file, FigureFormat format) {
        return FigureFormat.of(file).isPresent()
                ? file
                : file.resolveSibling(file.getFileName() + "." + format.extension());
    }

    private static void write(Window owner, Node view, VectorFigure vector, FigureFormat format, Path file) {
        Task task;
        if (format == FigureFormat.PNG) {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(FigureFormat.PNG_SCALE, FigureFormat.PNG_SCALE));
            WritableImage image = view.snapshot(params, null);
            task = () -> FigureWriter.writePng(SwingFXUtils.fromFXImage(image, null), file);
        } else {
            int w = (int) Math.max(
                    vector.minWidth(), Math.round(view.getLayoutBounds().getWidth()));
            int h = (int) Math.max(MIN_HEIGHT, Math.round(view.getLayoutBounds().getHeight()));
            FigureDrawing drawing = vector.draw(w, h);
            task = () -> FigureWriter.write(drawing, w, h, file);
        }
        Thread writer = new Thread(
                () -> {
                    try {
                        task.run();
                    } catch (IOException | RuntimeException e) {
                        Platform.runLater(() -> Dialogs.error(
                                owner,
                                "Could not save the figure",
                                file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage())));
                    }
                },
                "figure-" + format.name().toLowerCase(Locale.ROOT));
        writer.setDaemon(true);
        writer.start();
    }

    private interface Task {
        void run() throws IOException;
    }
}
