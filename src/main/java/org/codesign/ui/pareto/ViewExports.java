package org.codesign.ui.pareto;

import org.codesign.figure.ScatterChart;
import org.codesign.ui.kit.FigureMenu;

/** Gives the Pareto views their "Save as PNG / SVG / PDF" context menus. */
final class ViewExports {
    private ViewExports() {}

    static void attach(ParetoArea area) {
        PlotModel model = area.model();
        for (ScatterView view : area.projections()) {
            int a = view.axisA();
            int b = view.axisB();
            FigureMenu.attach(
                    view,
                    () -> "projection-" + model.axes().quantity(a).id() + "-"
                            + model.axes().quantity(b).id(),
                    (w, h) -> ScatterChart.of(ProjectionFigure.of(model, a, b)));
        }
    }
}
