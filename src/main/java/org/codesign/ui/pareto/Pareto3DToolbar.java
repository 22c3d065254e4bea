package org.codesign.ui.pareto;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.codesign.ui.pareto.plot.OrbitCamera;

/**
 * The 3D view's toolbar: the drag tool (rotate, box, lasso), camera presets, and the
 * perspective, fast-rotation and drop-line switches, all bound to the {@link ParetoViewModel}.
 */
final class Pareto3DToolbar extends FlowPane {
    private final ParetoViewModel vm;

    Pareto3DToolbar(ParetoViewModel vm) {
        super(4, 2);
        this.vm = vm;
        ToggleGroup tools = new ToggleGroup();
        ToggleButton rotate = toolButton("Rotate", PlotTool.ROTATE, tools);
        ToggleButton box = toolButton("Box", PlotTool.BOX, tools);
        ToggleButton lasso = toolButton("Lasso", PlotTool.LASSO, tools);
        rotate.setSelected(true);
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one tool is always on
            } else {
                vm.toolProperty().set((PlotTool) b.getUserData());
            }
        });
        vm.toolProperty()
                .addListener((o, a, b) -> tools.getToggles().forEach(t -> t.setSelected(t.getUserData() == b)));
        Button reset = viewButton("Reset", "view-reset", OrbitCamera.initial(), "the initial view");
        Button front = viewButton("x–y", "view-front", OrbitCamera.front(), "front view: the x–y projection");
        Button top = viewButton("x–z", "view-top", OrbitCamera.top(), "top view: the x–z projection");
        Button side = viewButton("z–y", "view-side", OrbitCamera.side(), "side view: the z–y projection");
        CheckBox perspective = new CheckBox("Perspective");
        perspective.setId("perspective");
        perspective.setSelected(vm.orbitProperty().get().perspective());
        perspective.selectedProperty().addListener((o, a, b) -> vm.setPerspective(b));
        vm.orbitProperty().addListener((o, a, b) -> perspective.setSelected(b.perspective()));
        CheckBox fast = new CheckBox("Fast rotation");
        fast.setId("fast-rotation");
        fast.selectedProperty().bindBidirectional(vm.fastRotationProperty());
        fast.setTooltip(new Tooltip(String.format(
                Locale.ROOT,
                "While the view moves, draw %,d points (every "
                        + "Pareto-optimal and selected one first) instead of all of them; all are drawn again when it stops",
                Pareto3DView.MOVING_BUDGET)));
        CheckBox drops = new CheckBox("Drop lines");
        drops.setId("drop-lines");
        drops.selectedProperty().bindBidirectional(vm.dropLinesProperty());
        getChildren().addAll(rotate, box, lasso, gap(), reset, front, top, side, gap(), perspective, fast, drops);
        getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        getStyleClass().add("plot-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 4, 2, 4));
    }

    private static ToggleButton toolButton(String text, PlotTool tool, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId("tool-" + text.toLowerCase(Locale.ROOT));
        b.setUserData(tool);
        b.setToggleGroup(group);
        return b;
    }

    private Button viewButton(String text, String id, OrbitCamera preset, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.setOnAction(e -> vm.orbitProperty().set(preset));
        return b;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(10);
        return r;
    }
}
