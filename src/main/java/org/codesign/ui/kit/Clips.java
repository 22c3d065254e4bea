package org.codesign.ui.kit;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/** Keeps a region's drawing and its clicks inside its own area. */
public final class Clips {
    private Clips() {}

    /**
     * Clips {@code region} to its size. A region grows with children that stick out of it (a
     * zoomed plot's guides, say) and then draws over, and takes the clicks of, whatever lies
     * beside it; a clip confines both painting and picking to the area the layout gave it.
     */
    public static <R extends Region> R toOwnArea(R region) {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(region.widthProperty());
        clip.heightProperty().bind(region.heightProperty());
        region.setClip(clip);
        return region;
    }
}
