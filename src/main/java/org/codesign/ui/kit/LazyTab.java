package org.codesign.ui.kit;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content joins the window when the tab is first selected. A tab pane keeps every
 * tab's content in the scene, styled and laid out even while hidden: at start-up the tabs not
 * shown cost CSS and layout, and the parallel coordinates of a large study seconds of building.
 */
public final class LazyTab {
    private LazyTab() {}

    public static Tab of(String title, Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
