package org.codesign.ui.kit;

import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;

/**
 * Room for the first item of a vertical split. SplitPane keeps its divider where it was set
 * (0.55 of the height) even when that leaves the first item less than it needs: at 1000×650 the
 * Pareto views overflowed their part of the window and the last projection lost its x title.
 */
public final class SplitRoom {
    /** Leaves the divider at least this far from the second item's minimum (its own thickness). */
    private static final double DIVIDER = 8;

    private SplitRoom() {}

    /**
     * Whenever the split's height changes, moves the divider down so that the first item gets
     * {@code wanted} pixels, as far as the second item's minimum height allows; never up, so a
     * larger window keeps the proportions the user set.
     */
    public static void giveFirst(SplitPane split, DoubleSupplier wanted) {
        split.heightProperty()
                .addListener((o, a, b) -> Platform.runLater(() -> {
                    double h = split.getHeight();
                    if (h <= 0 || split.getItems().size() < 2) {
                        return;
                    }
                    double most = (h - DIVIDER - split.getItems().get(1).minHeight(split.getWidth())) / h;
                    double to = Math.min(most, (wanted.getAsDouble() + DIVIDER) / h);
                    if (to > split.getDividerPositions()[0] + 0.005) {
                        split.setDividerPositions(to);
                    }
                }));
    }
}
