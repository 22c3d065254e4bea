package org.codesign.ui.pareto;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * View ▸ Layout: which of the Pareto views is the main one, Shortcut+1 … 5. The choice (also
 * made by a double click on a view) is kept in the preferences and comes back with the window.
 */
public final class LayoutMenu {
    static final String KEY = "layout";

    private LayoutMenu() {}

    /** The View menu; the layout starts as the preferences node remembers it. */
    public static Menu create(ParetoViewModel vm, Preferences node) {
        vm.layoutProperty().set(PlotLayout.parse(node.get(KEY, PlotLayout.CUBE.key())));
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = List.of(
                item("3D and Projections", PlotLayout.CUBE, "Shortcut+1", vm, group),
                item("Large x–y", PlotLayout.large(0), "Shortcut+2", vm, group),
                item("Large x–z", PlotLayout.large(1), "Shortcut+3", vm, group),
                item("Large z–y", PlotLayout.large(2), "Shortcut+4", vm, group),
                item("Scatter-Plot Matrix", PlotLayout.MATRIX, "Shortcut+5", vm, group));
        Runnable tick = () -> items.forEach(
                i -> i.setSelected(i.getUserData().equals(vm.layoutProperty().get())));
        vm.layoutProperty().addListener((o, a, b) -> {
            tick.run();
            node.put(KEY, b.key());
        });
        tick.run();
        Menu layout = new Menu("Layout");
        layout.setId("menu-layout");
        layout.getItems().addAll(items);
        Menu view = new Menu("View", null, layout);
        view.setId("menu-view");
        return view;
    }

    private static RadioMenuItem item(
            String text, PlotLayout layout, String shortcut, ParetoViewModel vm, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("menu-layout-" + layout.key());
        item.setUserData(layout);
        item.setToggleGroup(group);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> vm.layoutProperty().set(layout));
        return item;
    }
}
