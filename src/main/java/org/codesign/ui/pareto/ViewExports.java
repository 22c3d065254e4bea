package org.codesign.ui.pareto;

import org.codesign.figure.CubePlot;
import org.codesign.figure.FigureDrawing;
import org.codesign.figure.ParallelChart;
import org.codesign.figure.ScatterChart;
import org.codesign.ui.kit.FigureMenu;

/** Gives the Pareto views their "Save as PNG / SVG / PDF" context menus. */
final class ViewExports {
    private ViewExports() {}

    static void attach(ParetoArea area) {
        PlotModel model = area.model();
        for (ScatterView view : area.projections()) {
            attach(view, model);
        }
        if (area.view3d() != null) {
            FigureMenu.attach(
                    area.view3d(),
                    () -> "cube-" + model.axes().quantity(0).id() + "-"
                            + model.axes().quantity(1).id() + "-"
                            + model.axes().quantity(2).id(),
                    (w, h) -> CubePlot.of(ViewFigures.cube(
                            model, area.viewModel().orbitProperty().get())));
        }
    }

    /** A 2D view's menu: a projection, or a cell of the scatter-plot matrix (on its own pair of axes). */
    static void attach(ScatterView view, PlotModel model) {
        int a = view.axisA();
        int b = view.axisB();
        FigureMenu.attach(
                view,
                () -> "projection-" + view.xQuantity().id() + "-"
                        + view.yQuantity().id(),
                (w, h) -> ScatterChart.of(ViewFigures.projection(model, view.axes(), a, b)));
    }

    /** The parallel coordinates' menu, when the view is made (lazily: see ParetoArea.parallel()). */
    static void attach(ParallelCoordinatesView parallel) {
        FigureMenu.attach(
                parallel,
                () -> "parallel-coordinates",
                new FigureMenu.VectorFigure() {
                    @Override
                    public FigureDrawing draw(int width, int height) {
                        return ParallelChart.of(parallel.figure());
                    }

                    @Override
                    public int minWidth() {
                        return ParallelChart.minWidth(parallel.figure().axes().size());
                    }
                },
                parallel.axisMenuItems().toArray(javafx.scene.control.MenuItem[]::new));
    }
}
